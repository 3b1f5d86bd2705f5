import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import {
  buildChat,
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);

/** An event on the scene's date with its own organizer and company, in the given booking mode. */
async function eventWith(bookingMode: 'approval' | 'direct' = 'approval') {
  const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
  const event = await buildEvent(t.ctx.db, {
    organizerId: organizer.id,
    bookingMode,
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
  });
  const company = await buildCompany(t.ctx.db, { name: `Company of ${event.name}` });
  const recruiter = await stage.bookableRecruiter({
    eventId: event.id,
    eventDayId: event.days[0]!.id,
    companyId: company.id,
  });
  const talent = await stage.talentAtEvent(event.id);
  return { organizer, event, recruiter, talent };
}

const invite = (eventId: string, talentId: string, recruiterId: string) => ({
  path: `/api/events/${eventId}/invitations`,
  body: { talentId, recruiterId },
});

describe('invitation opt-outs', () => {
  it("refuses a recruiter's invitation at the event the talent opted out of, and says so on the profile", async () => {
    const { event, recruiter, talent } = await eventWith();
    const other = await eventWith();
    await registerTalent(t.ctx.db, other.event.id, talent.id);
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);

    const optedOut = await asTalent.put(`/api/events/${event.id}/invitations-opt-out`);
    expect(optedOut.json()).toEqual({ here: true, everywhere: false });
    const contact = await asRecruiter.get(`/api/events/${event.id}/talent-profiles/${talent.id}/contact`);
    expect(contact.json()).toEqual({
      refusal: `${talent.name} does not accept invitations at this event.`,
      blockedByYou: false,
    });
    const { path, body } = invite(event.id, talent.id, recruiter.id);
    const refused = await asRecruiter.post(path, body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({
      code: 'safety.invitations_off',
      message: `${talent.name} does not accept invitations at this event.`,
    });
    // The talent may still ask the recruiter, and the other event is untouched.
    const asked = await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: recruiter.id });
    expect(asked.statusCode).toBe(201);
    const elsewhere = invite(other.event.id, talent.id, other.recruiter.id);
    const asOther = await loginAs(t.app, other.recruiter.email);
    expect((await asOther.post(elsewhere.path, elsewhere.body)).statusCode).toBe(201);

    expect((await asTalent.delete(`/api/events/${event.id}/invitations-opt-out`)).json()).toEqual({
      here: false,
      everywhere: false,
    });
  });

  it('refuses invitations at every event after the overall opt-out, until it is switched back', async () => {
    const { event, recruiter, talent } = await eventWith();
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asTalent.put('/api/me/invitations-opt-out')).statusCode).toBe(204);
    expect((await asTalent.get('/api/me/safety')).json()).toEqual({
      invitationsOffEverywhere: true,
      blocked: [],
    });
    expect((await asTalent.get(`/api/events/${event.id}/invitations-opt-out`)).json()).toEqual({
      here: false,
      everywhere: true,
    });
    const { path, body } = invite(event.id, talent.id, recruiter.id);
    const refused = await asRecruiter.post(path, body);
    expect(refused.json().error).toEqual({
      code: 'safety.invitations_off',
      message: `${talent.name} does not accept invitations from recruiters.`,
    });
    await asTalent.delete('/api/me/invitations-opt-out');
    expect((await asRecruiter.post(path, body)).statusCode).toBe(201);
  });

  it('is for talents only', async () => {
    const { event, recruiter } = await eventWith();
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const refused = await asRecruiter.put(`/api/events/${event.id}/invitations-opt-out`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('safety.talents_only');
  });
});

describe('blocks', () => {
  it("stops the blocked recruiter's invitations and the talent's own requests, and unblocking lifts it", async () => {
    const { event, recruiter, talent } = await eventWith();
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asTalent.put(`/api/events/${event.id}/blocks/${recruiter.id}`)).statusCode).toBe(204);
    expect((await asTalent.put(`/api/events/${event.id}/blocks/${recruiter.id}`)).statusCode).toBe(204);

    const { path, body } = invite(event.id, talent.id, recruiter.id);
    const refused = await asRecruiter.post(path, body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({
      code: 'safety.blocked',
      message: `${talent.name} does not accept 1-1 chats with you.`,
    });
    const contact = await asRecruiter.get(`/api/events/${event.id}/talent-profiles/${talent.id}/contact`);
    expect(contact.json().refusal).toBe(`${talent.name} does not accept 1-1 chats with you.`);
    const own = await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: recruiter.id });
    expect(own.json().error.code).toBe('safety.blocked_by_you');

    const mine = (await asTalent.get('/api/me/safety')).json();
    expect(mine.blocked).toEqual([
      { userId: recruiter.id, name: recruiter.name, blockedAt: expect.any(String) },
    ]);
    // The recruiter never learns they are on the list.
    expect((await asRecruiter.get('/api/me/safety')).json().blocked).toEqual([]);

    expect((await asTalent.delete(`/api/me/blocks/${recruiter.id}`)).statusCode).toBe(204);
    expect((await asRecruiter.post(path, body)).statusCode).toBe(201);
  });

  it("stops a talent's request and direct booking after a recruiter blocked them, for that recruiter only", async () => {
    const { event, recruiter, talent } = await eventWith('direct');
    const colleague = await stage.bookableRecruiter({
      eventId: event.id,
      eventDayId: event.days[0]!.id,
      companyId: recruiter.companyId!,
    });
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asRecruiter.put(`/api/events/${event.id}/blocks/${talent.id}`)).statusCode).toBe(204);

    const booked = await asTalent.post(`/api/events/${event.id}/recruiters/${recruiter.id}/book`, {
      startsAt: '2030-03-04T09:30:00+01:00',
    });
    expect(booked.statusCode).toBe(409);
    expect(booked.json().error).toEqual({
      code: 'safety.blocked',
      message: `${recruiter.name} does not accept 1-1 chats with you.`,
    });
    const invited = await asRecruiter.post(invite(event.id, talent.id, recruiter.id).path, {
      talentId: talent.id,
      recruiterId: recruiter.id,
    });
    expect(invited.json().error.code).toBe('safety.blocked_by_you');
    // A colleague is not bound by the recruiter's own block.
    const withColleague = await asTalent.post(`/api/events/${event.id}/recruiters/${colleague.id}/book`, {
      startsAt: '2030-03-04T09:30:00+01:00',
    });
    expect(withColleague.statusCode).toBe(201);
  });

  it('keeps chats already open between the two', async () => {
    const { event, recruiter, talent } = await eventWith();
    const chat = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    const asTalent = await loginAs(t.app, talent.email);
    await asTalent.put(`/api/events/${event.id}/blocks/${recruiter.id}`);
    const chats = (await asTalent.get(`/api/events/${event.id}/chats`)).json().chats;
    expect(chats.map((c: { id: string; state: string }) => [c.id, c.state])).toEqual([
      [chat.id, 'in_scheduling'],
    ]);
  });

  it('blocks only people of the other side taking part in the event', async () => {
    const { event, talent } = await eventWith();
    const stranger = await eventWith();
    const asTalent = await loginAs(t.app, talent.email);
    const refused = await asTalent.put(`/api/events/${event.id}/blocks/${stranger.recruiter.id}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe('safety.person_not_found');
    const another = await stage.talentAtEvent(event.id);
    expect((await asTalent.put(`/api/events/${event.id}/blocks/${another.id}`)).statusCode).toBe(404);
  });
});

describe('reports', () => {
  const reportBody = (reportedId: string) => ({
    reportedId,
    reason: 'harassment',
    message: 'Kept messaging me after I declined.',
  });

  it('reach the organizers of events both take part in, never other organizers or the reported person', async () => {
    const { organizer, event, recruiter, talent } = await eventWith();
    // A second event both take part in, and a third only the talent takes part in.
    const shared = await eventWith();
    await registerTalent(t.ctx.db, shared.event.id, talent.id);
    await registerCompany(t.ctx.db, shared.event.id, recruiter.companyId!);
    const apart = await eventWith();
    await registerTalent(t.ctx.db, apart.event.id, talent.id);

    const asTalent = await loginAs(t.app, talent.email);
    const created = await asTalent.post(`/api/events/${event.id}/reports`, reportBody(recruiter.id));
    expect(created.statusCode).toBe(201);
    const listed = {
      id: created.json().id,
      reporter: { id: talent.id, name: talent.name },
      reported: { id: recruiter.id, name: recruiter.name },
      reason: 'harassment',
      message: 'Kept messaging me after I declined.',
      createdAt: '2030-03-01T12:00:00.000Z',
      handledAt: null,
    };
    const asOrganizer = await loginAs(t.app, organizer.email);
    expect((await asOrganizer.get(`/api/events/${event.id}/reports`)).json()).toEqual({ reports: [listed] });
    const asShared = await loginAs(t.app, shared.organizer.email);
    expect((await asShared.get(`/api/events/${shared.event.id}/reports`)).json().reports).toHaveLength(1);
    const asApart = await loginAs(t.app, apart.organizer.email);
    expect((await asApart.get(`/api/events/${apart.event.id}/reports`)).json()).toEqual({ reports: [] });
    const handledElsewhere = await asApart.post(`/api/events/${apart.event.id}/reports/${listed.id}/handled`);
    expect(handledElsewhere.statusCode).toBe(404);
    // The reported recruiter reads no report.
    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asRecruiter.get(`/api/events/${event.id}/reports`)).statusCode).toBe(403);

    const handled = await asOrganizer.post(`/api/events/${event.id}/reports/${listed.id}/handled`);
    expect(handled.json()).toEqual({ ...listed, handledAt: '2030-03-01T12:00:00.000Z' });
  });

  it('need a reason and a description of at most 1000 characters', async () => {
    const { event, recruiter, talent } = await eventWith();
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const empty = await asRecruiter.post(`/api/events/${event.id}/reports`, {
      ...reportBody(talent.id),
      message: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ message: 'Say what happened.' });
    const long = await asRecruiter.post(`/api/events/${event.id}/reports`, {
      ...reportBody(talent.id),
      message: 'x'.repeat(1001),
    });
    expect(long.json().error.fields).toEqual({ message: 'The description can be at most 1000 characters.' });
    const wrongReason = await asRecruiter.post(`/api/events/${event.id}/reports`, {
      ...reportBody(talent.id),
      reason: 'rudeness',
    });
    expect(wrongReason.statusCode).toBe(400);
  });
});
