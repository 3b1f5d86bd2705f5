import { describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { anonymous, loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp();

describe('login and sessions', () => {
  it('logs in with the right password and returns the user and a CSRF token', async () => {
    const user = await buildUser(t.ctx.db, { role: 'talent', email: 'Kim@Example.test' });
    const response = await anonymous(t.app).post('/api/auth/login', {
      email: 'kim@example.test',
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ id: user.id, role: 'talent', company: null });
    expect(body.csrfToken).toMatch(/.{20,}/);
    const cookie = response.cookies.find((c) => c.name === 'parley_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('sets a hint cookie scripts can read beside the session cookie, and removes both on logout', async () => {
    const user = await buildUser(t.ctx.db);
    const login = await anonymous(t.app).post('/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    const hint = login.cookies.find((c) => c.name === 'parley_signed_in');
    expect(hint).toMatchObject({ value: '1', sameSite: 'Lax', path: '/' });
    expect(hint?.httpOnly).toBeFalsy();

    const client = await loginAs(t.app, user.email);
    const logout = await client.post('/api/auth/logout');
    const cleared = logout.cookies.filter(
      (c) => c.name === 'parley_session' || c.name === 'parley_signed_in',
    );
    expect(cleared.map((c) => [c.name, c.value]).sort()).toEqual([
      ['parley_session', ''],
      ['parley_signed_in', ''],
    ]);
  });

  it('keeps the hint with the session: removed once the session is gone, given back to a session without it', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await loginAs(t.app, user.email);
    const withoutHint = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: client.cookie },
    });
    expect(withoutHint.cookies.find((c) => c.name === 'parley_signed_in')?.value).toBe('1');

    const hinted = `${client.cookie}; parley_signed_in=1`;
    const kept = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: hinted } });
    expect(kept.cookies).toEqual([]);

    await client.post('/api/auth/logout');
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: hinted },
    });
    expect(stale.statusCode).toBe(401);
    expect(stale.cookies.find((c) => c.name === 'parley_signed_in')?.value).toBe('');
  });

  it('refuses a wrong password with 401 and a message, without saying whether the email exists', async () => {
    const user = await buildUser(t.ctx.db);
    const wrong = await anonymous(t.app).post('/api/auth/login', {
      email: user.email,
      password: 'not-the-password',
    });
    const unknown = await anonymous(t.app).post('/api/auth/login', {
      email: 'nobody@example.test',
      password: 'x',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
    expect(wrong.json().error.code).toBe('auth.invalid_credentials');
  });

  it('gives an account with no language the one chosen on the login page, never over one chosen on the account', async () => {
    const newcomer = await buildUser(t.ctx.db);
    const login = (email: string) =>
      anonymous(t.app).post('/api/auth/login', { email, password: TEST_PASSWORD, language: 'de' });
    expect((await login(newcomer.email)).statusCode).toBe(200);
    const asNewcomer = await loginAs(t.app, newcomer.email);
    expect((await asNewcomer.get('/api/me/language')).json()).toEqual({ language: 'de', clock: '24h' });

    const settled = await buildUser(t.ctx.db);
    await (await loginAs(t.app, settled.email)).put('/api/me/language', { language: 'en' });
    expect((await login(settled.email)).statusCode).toBe(200);
    const asSettled = await loginAs(t.app, settled.email);
    expect((await asSettled.get('/api/me/language')).json()).toEqual({ language: 'en', clock: '24h' });
  });

  it('answers 400 with a message per field for malformed input', async () => {
    const response = await anonymous(t.app).post('/api/auth/login', { email: 'not-an-email' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('email');
    expect(response.json().error.fields).toHaveProperty('password');
  });

  it('makes an account wait after repeated failures from one address, even with the right password', async () => {
    const user = await buildUser(t.ctx.db);
    for (let i = 0; i < 8; i++) {
      await anonymous(t.app).post('/api/auth/login', { email: user.email, password: `guess-${i}` });
    }
    const response = await anonymous(t.app).post('/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(429);
    t.clock.advance(16 * 60_000);
    const later = await anonymous(t.app).post('/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(later.statusCode).toBe(200);
  });

  it('revokes the session on logout', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await loginAs(t.app, user.email);
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await loginAs(t.app, user.email);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: client.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('auth.csrf_mismatch');
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('refuses a write with the right CSRF token sent from another site, and changes nothing', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await loginAs(t.app, user.email);
    const logout = (headers: Record<string, string | undefined>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, ...headers },
      });
    for (const headers of [
      { origin: 'https://evil.test' },
      { origin: 'null' },
      { origin: 'http://parley.test.evil.test' },
      { referer: 'https://evil.test/page' },
    ]) {
      const response = await logout(headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().error.code).toBe('auth.foreign_origin');
    }
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('accepts a write from its own origin, from the Host it was sent to, or with neither Origin nor Referer', async () => {
    const user = await buildUser(t.ctx.db);
    for (const headers of [
      { origin: 'http://parley.test' },
      { referer: 'http://parley.test/events/1' },
      { origin: 'http://localhost:5173', host: 'localhost:5173' },
      {},
    ]) {
      const client = await loginAs(t.app, user.email);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, ...headers },
      });
      expect(response.statusCode, JSON.stringify(headers)).toBe(200);
      expect((await client.get('/api/auth/session')).statusCode).toBe(401);
    }
  });

  it('ignores a tampered session cookie', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await loginAs(t.app, user.email);
    const tampered = client.cookie.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: tampered },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('changing the password signs out other sessions but keeps this one', async () => {
    const user = await buildUser(t.ctx.db);
    const laptop = await loginAs(t.app, user.email);
    const phone = await loginAs(t.app, user.email);
    const response = await laptop.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-brand-new-password',
    });
    expect(response.statusCode).toBe(200);
    expect((await laptop.get('/api/auth/session')).statusCode).toBe(200);
    expect((await phone.get('/api/auth/session')).statusCode).toBe(401);
    await expect(loginAs(t.app, user.email, 'a-brand-new-password')).resolves.toBeTruthy();
  });

  it('refuses a password change with a wrong current password', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await loginAs(t.app, user.email);
    const response = await client.post('/api/auth/password', {
      currentPassword: 'wrong-password',
      newPassword: 'a-brand-new-password',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('auth.wrong_password');
  });

  it('resets a password through the emailed link, once', async () => {
    const user = await buildUser(t.ctx.db);
    const old = await loginAs(t.app, user.email);
    const asked = await anonymous(t.app).post('/api/auth/password-reset', { email: user.email });
    expect(asked.statusCode).toBe(202);
    await t.ctx.background.settled();
    const mailbox = await anonymous(t.app).get(`/api/dev/mailbox?to=${encodeURIComponent(user.email)}`);
    const mail = mailbox.json().messages[0];
    expect(mail.subject).toBe('Reset your Parley password');
    const token = /reset-password\?token=([\w-]+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();

    const info = await anonymous(t.app).get(`/api/auth/tokens/${token}`);
    expect(info.json()).toMatchObject({ email: user.email, purpose: 'password_reset' });
    const used = await anonymous(t.app).post('/api/auth/tokens/use', {
      token,
      password: 'reset-password-123',
      language: 'de',
    });
    expect(used.statusCode).toBe(200);
    expect((await old.get('/api/auth/session')).statusCode).toBe(401);
    const again = await anonymous(t.app).post('/api/auth/tokens/use', {
      token,
      password: 'another-password-1',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('auth.token_invalid');
    const renewed = await loginAs(t.app, user.email, 'reset-password-123');
    // The language chosen on the link's page became the account's, which had none.
    expect((await renewed.get('/api/me/language')).json()).toEqual({ language: 'de', clock: '24h' });
  });

  it('answers a reset request for an unknown email byte for byte like a known one, and sends nothing', async () => {
    const user = await buildUser(t.ctx.db);
    const ask = (email: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
    const known = await ask(user.email);
    const unknown = await ask('ghost@example.test');
    await t.ctx.background.settled();
    expect(unknown.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.rawPayload.equals(known.rawPayload)).toBe(true);
    // The date and the request's own id differ between any two answers.
    const { date: _knownDate, 'x-request-id': _knownId, ...knownHeaders } = known.headers;
    const { date: _unknownDate, 'x-request-id': _unknownId, ...unknownHeaders } = unknown.headers;
    expect(unknownHeaders).toEqual(knownHeaders);
    const mailbox = await anonymous(t.app).get('/api/dev/mailbox?to=ghost@example.test');
    expect(mailbox.json().messages).toHaveLength(0);
    const sent = await anonymous(t.app).get(`/api/dev/mailbox?to=${encodeURIComponent(user.email)}`);
    expect(sent.json().messages).toHaveLength(1);
  });

  it('expires a reset link after two hours', async () => {
    const user = await buildUser(t.ctx.db);
    await anonymous(t.app).post('/api/auth/password-reset', { email: user.email });
    await t.ctx.background.settled();
    const mail = (await anonymous(t.app).get(`/api/dev/mailbox?to=${encodeURIComponent(user.email)}`)).json()
      .messages[0];
    const token = /token=([\w-]+)/.exec(mail.text)?.[1];
    t.clock.advance(2 * 3_600_000 + 1000);
    const used = await anonymous(t.app).post('/api/auth/tokens/use', {
      token,
      password: 'reset-password-123',
    });
    expect(used.statusCode).toBe(400);
  });
});
