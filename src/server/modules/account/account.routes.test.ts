import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import {
  buildBookableRecruiter,
  buildChat,
  buildEvent,
  buildUser,
  registerTalent,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { anonymous, loginAs, withTestApp } from '../../test/test-app.js';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';
import { roomMessages } from '../rooms/rooms.table.js';
import { dataSharingConsents } from '../handoff/handoff.table.js';
import { talentCvs } from '../talents/talents.table.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);

const pdf = Buffer.from('%PDF-1.4\n% my CV\n%%EOF\n');

/** A chat that took place a week before the scene's event, at an event of its own, with the talent's words on it. */
async function pastChat(talentId: string) {
  const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
  const event = await buildEvent(t.ctx.db, {
    organizerId: organizer.id,
    days: [{ date: '2030-02-20', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
  });
  const day = event.days[0]!;
  const recruiter = await buildBookableRecruiter(t.ctx.db, {
    eventId: event.id,
    eventDayId: day.id,
    companyId: stage.scene.companyId,
    durationMinutes: 30,
    openSlotStarts: [new Date('2030-02-20T08:00:00Z')],
  });
  await registerTalent(t.ctx.db, event.id, talentId);
  const chat = await buildChat(t.ctx.db, {
    eventId: event.id,
    talentId,
    recruiterId: recruiter.id,
    state: 'confirmed',
    booked: {
      eventDayId: day.id,
      startsAt: new Date('2030-02-20T08:00:00Z'),
      endsAt: new Date('2030-02-20T08:30:00Z'),
    },
  });
  await t.ctx.db.update(chats).set({ talentAnswer: 'I build robot arms.' }).where(eq(chats.id, chat.id));
  await t.ctx.db
    .insert(roomMessages)
    .values({ chatId: chat.id, authorId: talentId, body: 'Thanks, see you!' });
  return { organizer, event, recruiter, chat };
}

describe('data export', () => {
  it("gives the person their own data as a JSON attachment, never another talent's or the recruiters' notes", async () => {
    const { talent, recruiter, chat, asTalent, asRecruiter } = await stage.confirmedChat();
    const other = await stage.confirmedChat({ startsAt: stage.slot('08:30') });
    const note = await asRecruiter.post(`/api/chats/${chat.id}/notes`, { body: 'Strong in kinematics.' });
    expect(note.statusCode).toBe(201);
    expect((await asTalent.put('/api/me/cv', pdf)).statusCode).toBe(200);
    expect((await asTalent.put(`/api/me/data-sharing/${stage.scene.companyId}`)).statusCode).toBe(200);

    const response = await asTalent.get('/api/me/data-export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="parley-data-2030-03-01.json"',
    );
    const data = response.json();
    expect(data.format).toBe(1);
    expect(data.account).toMatchObject({ id: talent.id, email: talent.email, role: 'talent' });
    expect(data.cv).toMatchObject({ size: pdf.length, download: expect.stringContaining('/api/me/cv') });
    expect(data.chats).toHaveLength(1);
    expect(data.chats[0]).toMatchObject({ id: chat.id, state: 'confirmed', recruiter: { id: recruiter.id } });
    expect(data.chats[0].history.map((entry: { kind: string }) => entry.kind)).toContain('booked');
    expect(data.registrations).toEqual([
      expect.objectContaining({ eventId: stage.scene.event.id, as: 'talent' }),
    ]);
    expect(data.notes.join(' ')).toMatch(/notes.*not in this file/);
    expect(data.dataSharingConsents).toEqual([
      expect.objectContaining({ companyId: stage.scene.companyId, revokedAt: null }),
    ]);
    expect(response.body).not.toContain(other.talent.email);
    expect(response.body).not.toContain(other.talent.id);
    expect(response.body).not.toContain('Strong in kinematics.');
    expect(response.body).not.toContain('%PDF');

    const theirs = (await asRecruiter.get('/api/me/data-export')).json();
    expect(theirs.account).toMatchObject({ id: recruiter.id, role: 'recruiter' });
    expect(theirs.chats.map((c: { id: string }) => c.id)).toEqual([chat.id]);
    expect(theirs.recruiterDetails).toHaveLength(1);
  });
});

describe('account deletion', () => {
  it('cancels what is to come, keeps past chats under "Deleted talent", and leaves nothing to sign in with', async () => {
    const { talent, recruiter, chat: future, asTalent } = await stage.confirmedChat();
    const past = await pastChat(talent.id);
    expect((await asTalent.put('/api/me/cv', pdf)).statusCode).toBe(200);

    const wrong = await asTalent.post('/api/me/account-deletion', { password: 'not-my-password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ password: 'The password is not correct.' });
    const german = await asTalent
      .inLanguage('de')
      .post('/api/me/account-deletion', { password: 'not-my-password' });
    expect(german.json().error.fields).toEqual({ password: 'Das Passwort ist nicht korrekt.' });

    expect((await asTalent.put(`/api/me/data-sharing/${stage.scene.companyId}`)).statusCode).toBe(200);
    const deleted = await asTalent.post('/api/me/account-deletion', { password: TEST_PASSWORD });
    expect(deleted.statusCode).toBe(204);
    await t.ctx.background.settled();
    expect((await asTalent.get('/api/auth/session')).statusCode).toBe(401);

    // The future chat is cancelled, and its recruiter told as on any cancellation.
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const cancelled = (await asRecruiter.get(`/api/chats/${future.id}`)).json();
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.talent.name).toBe('Deleted talent');
    const mails = await stage.mailsTo(recruiter.email);
    expect(mails.some((mail) => /cancel/i.test(mail.subject))).toBe(true);
    expect(mails.some((mail) => mail.text.includes('The talent deleted their Parley account.'))).toBe(true);

    // The past chat stays on the recruiter's list, under the placeholder, the talent's words removed.
    const asPastRecruiter = await loginAs(t.app, past.recruiter.email);
    const list = (await asPastRecruiter.get(`/api/events/${past.event.id}/chats`)).json();
    expect(list.chats.map((c: { id: string; talent: { name: string } }) => [c.id, c.talent.name])).toEqual([
      [past.chat.id, 'Deleted talent'],
    ]);
    const [kept] = await t.ctx.db.select().from(chats).where(eq(chats.id, past.chat.id));
    expect(kept!.talentAnswer).toBe('(removed)');
    const [message] = await t.ctx.db.select().from(roomMessages).where(eq(roomMessages.chatId, past.chat.id));
    expect(message!.body).toBe('(removed)');

    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, talent.id));
    expect(row).toMatchObject({
      name: 'Deleted talent',
      email: `deleted-${talent.id}@invalid`,
      passwordHash: null,
      timeZone: null,
    });
    expect(row!.deletedAt).not.toBeNull();
    expect(await t.ctx.db.select().from(talentCvs).where(eq(talentCvs.talentId, talent.id))).toEqual([]);
    expect(
      await t.ctx.db.select().from(dataSharingConsents).where(eq(dataSharingConsents.talentId, talent.id)),
    ).toEqual([]);

    // Recruiters no longer find the talent, nor invite them.
    const talentsSeen = (await asPastRecruiter.get(`/api/events/${past.event.id}/talent-profiles`)).json();
    expect(JSON.stringify(talentsSeen)).not.toContain(talent.id);
    const profile = await asPastRecruiter.get(`/api/events/${past.event.id}/talent-profiles/${talent.id}`);
    expect(profile.statusCode).toBe(404);
    const invited = await asPastRecruiter.post(`/api/events/${past.event.id}/invitations`, {
      talentId: talent.id,
      recruiterId: past.recruiter.id,
    });
    expect(invited.json().error.code).toBe('chats.talent_not_registered');

    // Nobody signs in with the old address, and a reset sends nothing.
    const login = await anonymous(t.app).post('/api/auth/login', {
      email: talent.email,
      password: TEST_PASSWORD,
    });
    expect(login.statusCode).toBe(401);
    expect(
      (await anonymous(t.app).post('/api/auth/password-reset', { email: talent.email })).statusCode,
    ).toBe(202);
    await t.ctx.background.settled();
    expect(await stage.mailsTo(talent.email)).toEqual([]);

    // The address is free: an organizer registers it again as a new account.
    const asOrganizer = await loginAs(t.app, past.organizer.email);
    const again = await asOrganizer.post(`/api/events/${past.event.id}/talents`, {
      name: 'Back Again',
      email: talent.email,
    });
    expect(again.statusCode).toBe(201);
    const [fresh] = await t.ctx.db.select().from(users).where(eq(users.email, talent.email));
    expect(fresh!.id).not.toBe(talent.id);
  });

  it('is refused to recruiters, organizers and support staff, whose organisation manages their accounts', async () => {
    for (const role of ['recruiter', 'organizer', 'support'] as const) {
      const user = await buildUser(t.ctx.db, { role });
      const client = await loginAs(t.app, user.email);
      const refused = await client.post('/api/me/account-deletion', { password: TEST_PASSWORD });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('account.managed_by_organisation');
      expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    }
  });
});
