import { describe, expect, it } from 'vitest';
import {
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { anonymous, loginAs, withTestApp } from '../../test/test-app.js';
import { enqueueMail } from '../../infra/mail/mail.repository.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import {
  deliverDueMail,
  GIVE_UP_AFTER_MS,
  type MailTransport,
  MAX_BACKOFF_MS,
} from '../../infra/mail/mail.worker.js';

const t = withTestApp();

const serverDown: MailTransport = {
  async send() {
    throw new Error('connect ECONNREFUSED 127.0.0.1:25');
  },
  close() {},
};
const serverUp: MailTransport = { async send() {}, close() {} };

describe('undelivered mail for the organizer', () => {
  it('lists mail given up or still retried to the people of their own event only', async () => {
    const event = await buildEvent(t.ctx.db);
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    const company = await buildCompany(t.ctx.db);
    await registerCompany(t.ctx.db, event.id, company.id);
    const recruiter = await buildUser(t.ctx.db, { role: 'recruiter', companyId: company.id });
    const otherEvent = await buildEvent(t.ctx.db);
    const otherTalent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, otherEvent.id, otherTalent.id);
    const mail = (to: string, subject: string) =>
      renderMail(to, subject, { heading: subject, paragraphs: [] });

    // The worker's clock starts after the database stamped the messages.
    const start = Date.now() + 1000;
    const deliverAt = (offset: number, transport: MailTransport) =>
      deliverDueMail({ db: t.ctx.db, transport, now: () => new Date(start + offset) });
    await enqueueMail(t.ctx.db, [
      mail(talent.email, 'Pick a time slot'),
      mail(otherTalent.email, 'Elsewhere'),
    ]);
    for (let at = 0; at <= GIVE_UP_AFTER_MS; at += MAX_BACKOFF_MS) await deliverAt(at, serverDown);
    // Later mail: one delivered, one refused once and still retried, one to a stranger, one not tried yet.
    await enqueueMail(t.ctx.db, mail(talent.email, 'Delivered'));
    await deliverAt(GIVE_UP_AFTER_MS + MAX_BACKOFF_MS, serverUp);
    await enqueueMail(t.ctx.db, [
      mail(recruiter.email.toUpperCase(), 'New 1-1 chat request'),
      mail('stranger@example.test', 'Not of this event'),
    ]);
    await deliverAt(GIVE_UP_AFTER_MS + 2 * MAX_BACKOFF_MS, serverDown);
    await enqueueMail(t.ctx.db, mail(talent.email, 'Not tried yet'));

    const organizer = await loginAs(t.app, (await organizerOf(event.organizerId)).email);
    const response = await organizer.get(`/api/events/${event.id}/undelivered-mail`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.count).toBe(2);
    expect(body.messages).toEqual([
      expect.objectContaining({
        to: recruiter.email.toUpperCase(),
        subject: 'New 1-1 chat request',
        status: 'pending',
        attempts: 1,
        lastError: 'connect ECONNREFUSED 127.0.0.1:25',
        nextAttemptAt: expect.any(String),
      }),
      expect.objectContaining({
        to: talent.email,
        subject: 'Pick a time slot',
        status: 'failed',
        lastError: 'connect ECONNREFUSED 127.0.0.1:25',
        nextAttemptAt: null,
      }),
    ]);
    expect(body.messages[1].attempts).toBeGreaterThan(90);

    const otherOrganizer = await loginAs(t.app, (await organizerOf(otherEvent.organizerId)).email);
    expect((await otherOrganizer.get(`/api/events/${event.id}/undelivered-mail`)).statusCode).toBe(404);
    const theirs = (await otherOrganizer.get(`/api/events/${otherEvent.id}/undelivered-mail`)).json();
    expect(theirs.messages.map((m: { subject: string }) => m.subject)).toEqual(['Elsewhere']);
  });

  it('is for the event organizer only', async () => {
    const event = await buildEvent(t.ctx.db);
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    const refused = await (await loginAs(t.app, talent.email)).get(
      `/api/events/${event.id}/undelivered-mail`,
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('events.not_organizer');
    expect((await anonymous(t.app).get(`/api/events/${event.id}/undelivered-mail`)).statusCode).toBe(401);
  });
});

async function organizerOf(id: string) {
  return (await t.ctx.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, id) }))!;
}
