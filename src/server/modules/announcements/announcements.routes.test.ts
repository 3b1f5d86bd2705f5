import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Announcement } from '../../../shared/schemas/announcements.schemas.js';
import { mailOutbox } from '../../infra/mail/mail.table.js';
import {
  buildCompany,
  buildEvent,
  buildTalents,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import type { TestDatabase } from '../../test/test-database.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { users } from '../auth/auth.table.js';
import { notifications } from '../notifications/notifications.table.js';
import { announcements } from './announcements.table.js';
import { BATCH_SIZE, sendDueAnnouncements } from './announcements.usecases.js';

const t = withTestApp();
const NOW = '2030-03-01T11:00:00Z';

/** An event on two days in Berlin with two companies of two recruiters, three talents (one deleted) and a stranger. */
async function fair() {
  t.clock.set(NOW);
  const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
  const event = await buildEvent(t.ctx.db, {
    organizerId: organizer.id,
    days: [{ date: '2030-03-04' }, { date: '2030-03-05' }],
  });
  const [acme, globex, absent] = [
    await buildCompany(t.ctx.db),
    await buildCompany(t.ctx.db),
    await buildCompany(t.ctx.db),
  ];
  await registerCompany(t.ctx.db, event.id, acme.id);
  await registerCompany(t.ctx.db, event.id, globex.id);
  const recruiter = (companyId: string) => buildUser(t.ctx.db, { role: 'recruiter', companyId });
  const acmeTeam = [await recruiter(acme.id), await recruiter(acme.id)];
  const globexTeam = [await recruiter(globex.id), await recruiter(globex.id)];
  await recruiter(absent.id);
  const talents = [await buildUser(t.ctx.db), await buildUser(t.ctx.db), await buildUser(t.ctx.db)];
  for (const talent of talents) await registerTalent(t.ctx.db, event.id, talent.id);
  const deleted = talents.pop()!;
  await t.ctx.db
    .update(users)
    .set({ deletedAt: new Date(NOW), email: `deleted-${deleted.id}@invalid`, passwordHash: null })
    .where(eq(users.id, deleted.id));
  // Registered elsewhere only.
  const stranger = await buildUser(t.ctx.db);
  const client = await loginAs(t.app, organizer.email);
  return { event, organizer, client, acme, globex, absent, acmeTeam, globexTeam, talents, deleted, stranger };
}

const path = (eventId: string) => `/api/events/${eventId}/announcements`;

async function sendNow(f: Awaited<ReturnType<typeof fair>>, body: Record<string, unknown>) {
  const response = await f.client.post(path(f.event.id), {
    subject: 'Doors open at 9',
    message: 'Welcome!',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  await t.ctx.background.settled();
  return response.json<Announcement>();
}

const notifiedIn = async (eventId: string) =>
  (
    await t.ctx.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.eventId, eventId), eq(notifications.kind, 'announcement')))
  ).map((row) => row.userId);

describe('announcements', () => {
  it('reaches exactly the people of its audience, deleted accounts and other companies left out', async () => {
    const f = await fair();
    const ids = (people: { id: string }[]) => people.map((p) => p.id).sort();
    const cases = [
      { body: { audience: 'talents' }, to: f.talents },
      { body: { audience: 'recruiters' }, to: [...f.acmeTeam, ...f.globexTeam] },
      { body: { audience: 'company', companyId: f.acme.id }, to: f.acmeTeam },
      { body: { audience: 'everyone' }, to: [...f.talents, ...f.acmeTeam, ...f.globexTeam] },
    ];
    for (const { body, to } of cases) {
      t.clock.advance(1000);
      await t.ctx.db.delete(notifications).where(eq(notifications.eventId, f.event.id));
      await t.ctx.db.delete(mailOutbox).where(eq(mailOutbox.eventId, f.event.id));
      const created = await sendNow(f, body);
      // The request returns before or after the job wrote it, whichever came first.
      expect(['sending', 'sent']).toContain(created.status);
      expect((await notifiedIn(f.event.id)).sort()).toEqual(ids(to));
      const mails = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.eventId, f.event.id));
      expect(mails.map((m) => m.recipientId).sort()).toEqual(ids(to));
      expect(mails.every((m) => m.kind === 'announcement' && m.notificationId !== null)).toBe(true);
      const listed = (await f.client.get(path(f.event.id))).json<{ announcements: Announcement[] }>();
      expect(listed.announcements[0]).toMatchObject({
        id: created.id,
        status: 'sent',
        recipients: to.length,
      });
    }
  });

  it('emails the message as written, never as HTML, and shows the subject under the bell', async () => {
    const f = await fair();
    await sendNow(f, {
      audience: 'talents',
      subject: 'Room <b>2</b>',
      message: 'Line one\n<script>x</script>',
    });
    const [mail] = await t.ctx.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.eventId, f.event.id), eq(mailOutbox.recipientId, f.talents[0]!.id)));
    expect(mail!.subject).toBe(`Room <b>2</b> — ${f.event.name}`);
    expect(mail!.text).toContain('Line one\n<script>x</script>');
    expect(mail!.html).toContain('Line one\n&lt;script&gt;x&lt;/script&gt;');
    expect(mail!.html).not.toContain('<script>');
    const talent = await loginAs(t.app, f.talents[0]!.email);
    const bell = (await talent.get('/api/me/notifications')).json();
    expect(bell.notifications[0]).toMatchObject({
      kind: 'announcement',
      eventId: f.event.id,
      params: { subject: 'Room <b>2</b>', eventName: f.event.name },
    });
  });

  it('refuses with a sentence on the field: length, schedule, company', async () => {
    const f = await fair();
    const refused = async (body: Record<string, unknown>, field: string, status = 400) => {
      const response = await f.client.post(path(f.event.id), {
        audience: 'talents',
        subject: 'Hello',
        message: 'Hi',
        ...body,
      });
      expect(response.statusCode, response.body).toBe(status);
      const fields = response.json().error.fields;
      expect(typeof fields[field]).toBe('string');
      return fields[field] as string;
    };
    expect(await refused({ subject: 'x'.repeat(121) }, 'subject')).toMatch(/120 characters/);
    expect(await refused({ message: 'x'.repeat(5001) }, 'message')).toMatch(/5000 characters/);
    expect(await refused({ audience: 'company' }, 'companyId')).toMatch(/Choose a company/);
    expect(await refused({ audience: 'company', companyId: f.absent.id }, 'companyId', 404)).toMatch(
      /does not attend/,
    );
    expect(await refused({ sendDate: '2030-03-01', sendTime: '11:00' }, 'sendTime')).toMatch(/future/);
    expect(await refused({ sendDate: '2030-03-06', sendTime: '00:00' }, 'sendDate')).toMatch(/last day/);
    expect(await refused({ sendDate: '2030-03-02' }, 'sendTime')).toMatch(/time/);
    expect(await t.ctx.db.select().from(announcements).where(eq(announcements.eventId, f.event.id))).toEqual(
      [],
    );
  });

  it('sends a scheduled one at its time in the event zone, and a cancelled one never', async () => {
    const f = await fair();
    const schedule = (sendTime: string) =>
      f.client.post(path(f.event.id), {
        audience: 'talents',
        subject: `At ${sendTime}`,
        message: 'Soon.',
        sendDate: '2030-03-05',
        sendTime,
      });
    const kept = (await schedule('23:30')).json<Announcement>();
    // 23:30 in Berlin (UTC+1 in March).
    expect(kept).toMatchObject({ status: 'scheduled', sendAt: '2030-03-05T22:30:00.000Z', sentAt: null });
    t.clock.advance(1000);
    const dropped = (await schedule('10:00')).json<Announcement>();
    const cancel = await f.client.post(`${path(f.event.id)}/${dropped.id}/cancel`);
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json()).toMatchObject({ status: 'cancelled' });
    expect((await f.client.post(`${path(f.event.id)}/${dropped.id}/cancel`)).statusCode).toBe(409);

    expect(await sendDueAnnouncements({ ctx: t.ctx })).toBe(0);
    t.clock.set('2030-03-05T22:30:00Z');
    expect(await sendDueAnnouncements({ ctx: t.ctx })).toBe(1);
    expect(await sendDueAnnouncements({ ctx: t.ctx })).toBe(0);
    const listed = (await f.client.get(path(f.event.id))).json<{ announcements: Announcement[] }>();
    expect(listed.announcements.map((a) => [a.id, a.status, a.recipients])).toEqual([
      [dropped.id, 'cancelled', null],
      [kept.id, 'sent', f.talents.length],
    ]);
    expect((await f.client.post(`${path(f.event.id)}/${kept.id}/cancel`)).statusCode).toBe(409);
    expect(await notifiedIn(f.event.id)).toHaveLength(f.talents.length);
  });

  it('is sent exactly once when the sweeps of several processes race, in batches for a big audience', {
    timeout: 120_000,
  }, async () => {
    const f = await fair();
    const crowd = await buildTalents(t.ctx.db, f.event.id, BATCH_SIZE * 2 + 7);
    const response = await f.client.post(path(f.event.id), {
      audience: 'talents',
      subject: 'Race',
      message: 'Once.',
      sendDate: '2030-03-04',
      sendTime: '08:00',
    });
    expect(response.statusCode, response.body).toBe(201);
    t.clock.set('2030-03-04T07:00:00Z');
    const database = t.database as TestDatabase;
    const others = database.kind === 'postgres' ? [await database.anotherProcess()] : [];
    try {
      const contexts = [t.ctx, ...others.map((other) => ({ ...t.ctx, db: other.db }))];
      const sweeps = await Promise.all(
        contexts.flatMap((ctx) => [1, 2, 3].map(() => sendDueAnnouncements({ ctx }))),
      );
      expect(sweeps.reduce((sum, n) => sum + n, 0)).toBe(1);
    } finally {
      for (const other of others) await other.close();
    }
    const expected = f.talents.length + crowd.length;
    expect(await notifiedIn(f.event.id)).toHaveLength(expected);
    const mails = await t.ctx.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(eq(mailOutbox.eventId, f.event.id));
    expect(mails).toHaveLength(expected);
  });

  it('lets only the event organizer list, send and cancel', async () => {
    const f = await fair();
    const scheduled = (
      await f.client.post(path(f.event.id), {
        audience: 'everyone',
        subject: 'Later',
        message: 'Later.',
        sendDate: '2030-03-04',
        sendTime: '12:00',
      })
    ).json<Announcement>();
    const otherOrganizer = await loginAs(t.app, (await buildUser(t.ctx.db, { role: 'organizer' })).email);
    const talent = await loginAs(t.app, f.talents[0]!.email);
    for (const caller of [otherOrganizer, talent]) {
      expect((await caller.get(path(f.event.id))).statusCode).toBeGreaterThanOrEqual(403);
      expect(
        (await caller.post(path(f.event.id), { audience: 'talents', subject: 'x', message: 'y' })).statusCode,
      ).toBeGreaterThanOrEqual(403);
      expect(
        (await caller.post(`${path(f.event.id)}/${scheduled.id}/cancel`)).statusCode,
      ).toBeGreaterThanOrEqual(403);
    }
    // Another event's announcement is not found under this one.
    const other = await buildEvent(t.ctx.db, { organizerId: f.organizer.id });
    expect((await f.client.post(`${path(other.id)}/${scheduled.id}/cancel`)).statusCode).toBe(404);
  });
});
