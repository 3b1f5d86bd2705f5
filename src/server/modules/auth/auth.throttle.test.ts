import { describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { anonymous, withTestApp } from '../../test/test-app.js';

const t = withTestApp();

const logIn = (email: string, password: string, from: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: from });

const codes = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode);
const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe('login throttling', () => {
  it('lets at most five of 200 parallel wrong passwords from one address reach the password check', async () => {
    const user = await buildUser(t.ctx.db);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => logIn(user.email, `guess-${i}`, '10.0.0.1')),
    );
    const statuses = codes(responses);
    expect(count(statuses, 401)).toBe(5);
    expect(count(statuses, 429)).toBe(195);
    const refused = responses.find((r) => r.statusCode === 429)!;
    expect(refused.json().error.code).toBe('auth.too_many_attempts');
    expect(refused.json().error.message).toMatch(/Try again in \d+ seconds?, or reset your password/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('refuses the right password sent inside a burst of 30 wrong ones from the same address', async () => {
    const user = await buildUser(t.ctx.db);
    const wrong = (i: number) => logIn(user.email, `guess-${i}`, '10.0.0.2');
    const burst = [
      ...Array.from({ length: 15 }, (_, i) => wrong(i)),
      logIn(user.email, TEST_PASSWORD, '10.0.0.2'),
      ...Array.from({ length: 15 }, (_, i) => wrong(15 + i)),
    ];
    const statuses = codes(await Promise.all(burst));
    expect(statuses[15]).toBe(429);
    expect(count(statuses, 200)).toBe(0);
  });

  it('lets the owner log in from another address while a stranger hammers the account', async () => {
    const user = await buildUser(t.ctx.db);
    const hammering = Promise.all(
      Array.from({ length: 40 }, (_, i) => logIn(user.email, `guess-${i}`, '10.0.0.3')),
    );
    const owner = await logIn(user.email, TEST_PASSWORD, '10.0.0.4');
    expect(count(codes(await hammering), 429)).toBeGreaterThan(0);
    expect(owner.statusCode).toBe(200);
    expect((await logIn(user.email, TEST_PASSWORD, '10.0.0.4')).statusCode).toBe(200);
  });

  it('makes the wait double with each further failure, and ends it after its time', async () => {
    const user = await buildUser(t.ctx.db);
    for (let i = 0; i < 5; i++)
      expect((await logIn(user.email, `guess-${i}`, '10.0.0.5')).statusCode).toBe(401);
    const waiting = await logIn(user.email, TEST_PASSWORD, '10.0.0.5');
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('1');
    expect(waiting.json().error.message).toMatch(/Try again in 1 second,/);
    t.clock.advance(1000);
    expect((await logIn(user.email, 'guess-5', '10.0.0.5')).statusCode).toBe(401);
    expect((await logIn(user.email, TEST_PASSWORD, '10.0.0.5')).headers['retry-after']).toBe('2');
    t.clock.advance(2000);
    expect((await logIn(user.email, TEST_PASSWORD, '10.0.0.5')).statusCode).toBe(200);
    // A success starts the count over: five free attempts again.
    for (let i = 0; i < 5; i++)
      expect((await logIn(user.email, `again-${i}`, '10.0.0.5')).statusCode).toBe(401);
  });

  it('caps the wait at 15 minutes', async () => {
    const user = await buildUser(t.ctx.db);
    for (let i = 0; i < 16; i++) {
      await logIn(user.email, `guess-${i}`, '10.0.0.6');
      t.clock.advance(15 * 60_000);
    }
    await logIn(user.email, 'one-more', '10.0.0.6');
    const waiting = await logIn(user.email, TEST_PASSWORD, '10.0.0.6');
    expect(waiting.headers['retry-after']).toBe('900');
    expect(waiting.json().error.message).toMatch(/Try again in 15 minutes,/);
  });

  it('stops one address from trying more than 100 failed logins across accounts', async () => {
    const statuses = codes(
      await Promise.all(
        Array.from({ length: 110 }, (_, i) => logIn(`sprayed-${i}@example.test`, 'Summer2024!', '10.0.0.7')),
      ),
    );
    expect(count(statuses, 401)).toBe(100);
    expect(count(statuses, 429)).toBe(10);
    const user = await buildUser(t.ctx.db);
    expect((await logIn(user.email, TEST_PASSWORD, '10.0.0.8')).statusCode).toBe(200);
  });
});

describe('password reset throttling', () => {
  it('sends at most three links for one email, answering all 30 requests alike', async () => {
    const user = await buildUser(t.ctx.db);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/password-reset',
          payload: { email: user.email },
          remoteAddress: `10.1.0.${i}`,
        }),
      ),
    );
    await t.ctx.background.settled();
    expect(new Set(responses.map((r) => `${r.statusCode} ${r.body}`))).toEqual(new Set(['202 {"ok":true}']));
    const mailbox = await anonymous(t.app).get(`/api/dev/mailbox?to=${encodeURIComponent(user.email)}`);
    expect(mailbox.json().messages).toHaveLength(3);
  });

  it('sends at most 20 links asked from one address', async () => {
    const users = await Promise.all(Array.from({ length: 25 }, () => buildUser(t.ctx.db)));
    for (const user of users) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: user.email },
        remoteAddress: '10.2.0.1',
      });
      expect(response.statusCode).toBe(202);
    }
    await t.ctx.background.settled();
    const mailbox = await anonymous(t.app).get('/api/dev/mailbox?limit=500');
    const sent = mailbox.json().messages.filter((m: { to: string }) => users.some((u) => u.email === m.to));
    expect(sent).toHaveLength(20);
  });
});
