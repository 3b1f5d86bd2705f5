import { translatorFor } from '../../i18n/index.js';
import { describe, expect, it } from 'vitest';
import type { NotificationLogEntry } from '../../../shared/schemas/notification-log.schemas.js';
import { enqueueMail } from '../../infra/mail/mail.repository.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import {
  deliverDueMail,
  GIVE_UP_AFTER_MS,
  type MailTransport,
  MAX_BACKOFF_MS,
} from '../../infra/mail/mail.worker.js';
import { withChatScene } from '../../test/chat-scene.js';
import {
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { anonymous, type Client, loginAs, withTestApp } from '../../test/test-app.js';

/** Mails here are written in English, as to a recipient who chose no language. */
const english = translatorFor('en');

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);

const serverDown: MailTransport = {
  async send() {
    throw new Error('connect ECONNREFUSED 127.0.0.1:25');
  },
  close() {},
};
const serverUp: MailTransport = { async send() {}, close() {} };

/** A worker whose clock starts after the database stamped the messages so far, which it does by the real clock. */
function worker() {
  const start = Date.now() + 1000;
  return (offset: number, transport: MailTransport) =>
    deliverDueMail({ db: t.ctx.db, transport, now: () => new Date(start + offset) });
}

async function organizerOf(event: { organizerId: string }) {
  const organizer = await t.ctx.db.query.users.findFirst({
    where: (u, { eq }) => eq(u.id, event.organizerId),
  });
  return loginAs(t.app, organizer!.email);
}

type Page = { entries: NotificationLogEntry[]; nextCursor: string | null };
async function logOf(client: Client, eventId: string, query = ''): Promise<Page> {
  const response = await client.get(`/api/events/${eventId}/notification-log${query}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

const mail = (to: string, subject: string) =>
  renderMail(english, to, subject, { heading: subject, paragraphs: [] });

describe('the notification log', () => {
  it('lists the emails and in-app notifications of a chat request, linked to the person, the kind and the chat', async () => {
    const talent = await stage.talentAtEvent();
    const recruiter = await stage.bookableRecruiter();
    const asTalent = await loginAs(t.app, talent.email);
    const chat = (
      await asTalent.post(`/api/events/${stage.scene.event.id}/chats`, { recruiterId: recruiter.id })
    ).json();
    const organizer = await organizerOf(stage.scene.event);
    const { entries } = await logOf(
      organizer,
      stage.scene.event.id,
      `?person=${encodeURIComponent(recruiter.email)}`,
    );
    expect(entries).toHaveLength(2);
    const email = entries.find((e) => e.channel === 'email')!;
    const inApp = entries.find((e) => e.channel === 'in_app')!;
    expect(email).toMatchObject({
      recipient: { id: recruiter.id, name: recruiter.name, email: recruiter.email, role: 'recruiter' },
      subject: `New 1-1 chat request from ${talent.name}`,
      kind: 'chat_requested',
      chatId: chat.id,
      status: 'queued',
      attempts: 0,
      resentBy: null,
    });
    expect(inApp).toMatchObject({
      recipient: { id: recruiter.id, role: 'recruiter' },
      subject: null,
      kind: 'chat_requested',
      params: expect.objectContaining({ otherName: talent.name }),
      chatId: chat.id,
      status: 'delivered',
      readAt: null,
    });
    // The person's name finds them as well as their address.
    const byName = await logOf(
      organizer,
      stage.scene.event.id,
      `?person=${encodeURIComponent(recruiter.name)}`,
    );
    expect(byName.entries.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('shows each email queued, retrying with its error, sent or failed, older mail by its address, and counts them', async () => {
    const event = await buildEvent(t.ctx.db);
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    const company = await buildCompany(t.ctx.db);
    await registerCompany(t.ctx.db, event.id, company.id);
    const recruiter = await buildUser(t.ctx.db, { role: 'recruiter', companyId: company.id });
    const otherEvent = await buildEvent(t.ctx.db);
    const otherTalent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, otherEvent.id, otherTalent.id);
    const about = (recipientId: string, eventId: string) => ({
      recipientId,
      eventId,
      kind: 'account_invitation' as const,
    });

    const deliverAt = worker();
    // Mail of the event (named so), mail from before mail named anything, and mail of another event.
    await enqueueMail(t.ctx.db, [
      { ...mail(talent.email, 'Given up'), about: about(talent.id, event.id) },
      mail(otherTalent.email, 'Elsewhere'),
    ]);
    for (let at = 0; at <= GIVE_UP_AFTER_MS; at += MAX_BACKOFF_MS) await deliverAt(at, serverDown);
    await enqueueMail(t.ctx.db, { ...mail(talent.email, 'Delivered'), about: about(talent.id, event.id) });
    await deliverAt(GIVE_UP_AFTER_MS + MAX_BACKOFF_MS, serverUp);
    await enqueueMail(t.ctx.db, [
      mail(recruiter.email.toUpperCase(), 'Old mail, refused once'),
      mail('stranger@example.test', 'Not of this event'),
      { ...mail(otherTalent.email, 'Other event'), about: about(otherTalent.id, otherEvent.id) },
    ]);
    await deliverAt(GIVE_UP_AFTER_MS + 2 * MAX_BACKOFF_MS, serverDown);
    await enqueueMail(t.ctx.db, {
      ...mail(talent.email, 'Not tried yet'),
      about: about(talent.id, event.id),
    });

    const organizer = await organizerOf(event);
    const { entries, nextCursor } = await logOf(organizer, event.id);
    expect(nextCursor).toBeNull();
    expect(entries.map((e) => [e.subject, e.status])).toEqual([
      ['Not tried yet', 'queued'],
      ['Old mail, refused once', 'retrying'],
      ['Delivered', 'sent'],
      ['Given up', 'failed'],
    ]);
    const [, retrying, sent, failed] = entries;
    expect(retrying).toMatchObject({
      recipient: { id: recruiter.id, name: recruiter.name, role: 'recruiter' },
      kind: null,
      attempts: 1,
      lastError: 'connect ECONNREFUSED 127.0.0.1:25',
      nextAttemptAt: expect.any(String),
    });
    expect(sent!.sentAt).toEqual(expect.any(String));
    expect(failed).toMatchObject({ lastError: 'connect ECONNREFUSED 127.0.0.1:25', nextAttemptAt: null });
    expect(failed!.attempts).toBeGreaterThan(90);

    const summary = await organizer.get(`/api/events/${event.id}/notification-log/summary`);
    expect(summary.json()).toEqual({ queued: 1, retrying: 1, sent: 1, failed: 1, delivered: 0 });

    const filtered = await logOf(organizer, event.id, '?status=retrying');
    expect(filtered.entries.map((e) => e.subject)).toEqual(['Old mail, refused once']);
    const byKind = await logOf(organizer, event.id, '?kind=account_invitation&status=queued');
    expect(byKind.entries.map((e) => e.subject)).toEqual(['Not tried yet']);

    const otherOrganizer = await organizerOf(otherEvent);
    expect((await otherOrganizer.get(`/api/events/${event.id}/notification-log`)).statusCode).toBe(404);
    const theirs = await logOf(otherOrganizer, otherEvent.id);
    expect(theirs.entries.map((e) => e.subject)).toEqual(['Other event', 'Elsewhere']);
  });

  it('pages newest first without repeating or skipping rows written at one instant', async () => {
    const event = await buildEvent(t.ctx.db);
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    await enqueueMail(
      t.ctx.db,
      Array.from({ length: 7 }, (_, i) => ({
        ...mail(talent.email, `Message ${i}`),
        about: { recipientId: talent.id, eventId: event.id, kind: 'account_invitation' as const },
      })),
    );
    const organizer = await organizerOf(event);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await logOf(organizer, event.id, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.entries.map((e) => e.subject!));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `Message ${i}`));
    const bad = await organizer.get(`/api/events/${event.id}/notification-log?cursor=nonsense`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('notification_log.bad_cursor');
  });

  it('resends an email as a new copy, once per click, and leaves the original as it was', async () => {
    const event = await buildEvent(t.ctx.db);
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    await enqueueMail(t.ctx.db, mail(talent.email, 'Your invitation'));
    const organizer = await organizerOf(event);
    const [original] = (await logOf(organizer, event.id)).entries;

    const resent = await organizer.post(`/api/events/${event.id}/notification-log/${original!.id}/resend`);
    expect(resent.statusCode).toBe(201);
    // A double click: the first copy still waits, so no second one.
    const again = await organizer.post(`/api/events/${event.id}/notification-log/${original!.id}/resend`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('notification_log.resend_queued');

    const { entries } = await logOf(organizer, event.id);
    expect(entries).toHaveLength(2);
    const copy = entries.find((e) => e.id === resent.json().id)!;
    const organizerRow = await t.ctx.db.query.users.findFirst({
      where: (u, { eq }) => eq(u.id, event.organizerId),
    });
    expect(copy).toMatchObject({
      subject: 'Your invitation',
      status: 'queued',
      resentFrom: original!.id,
      resentBy: { id: event.organizerId, name: organizerRow!.name },
      // The copy of older mail names its person and event.
      recipient: { id: talent.id, email: talent.email },
    });
    expect(entries.find((e) => e.id === original!.id)).toEqual(original);

    // Once the copy left the queue, another resend is a new decision and allowed.
    await worker()(0, serverUp);
    const later = await organizer.post(`/api/events/${event.id}/notification-log/${original!.id}/resend`);
    expect(later.statusCode).toBe(201);

    const otherEvent = await buildEvent(t.ctx.db);
    const otherOrganizer = await organizerOf(otherEvent);
    const foreign = await otherOrganizer.post(
      `/api/events/${otherEvent.id}/notification-log/${original!.id}/resend`,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('notification_log.mail_not_found');
  });

  it('is for the event organizer only', async () => {
    const event = await buildEvent(t.ctx.db);
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    const refused = await (await loginAs(t.app, talent.email)).get(
      `/api/events/${event.id}/notification-log`,
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('events.not_organizer');
    expect((await anonymous(t.app).get(`/api/events/${event.id}/notification-log/summary`)).statusCode).toBe(
      401,
    );
  });
});
