import { beforeAll, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildCompany, buildEvent, buildUser } from '../../test/factories.js';
import { loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const { scene, talentAtEvent: talentAt, mailsTo, bookableRecruiter } = withChatScene(t);
const recruiterAt = (eventId?: string, eventDayId?: string, companyId?: string) =>
  bookableRecruiter({ eventId, eventDayId, companyId });

let event: typeof scene.event;
let companyId: string;
beforeAll(() => {
  ({ event, companyId } = scene);
});

describe('a recruiter invites a talent to a 1-1 chat', () => {
  it('invites for oneself and emails the talent with the message and a link to their requests', async () => {
    const recruiter = await recruiterAt();
    const talent = await talentAt();
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const response = await asRecruiter.post(`/api/events/${event.id}/invitations`, {
      talentId: talent.id,
      recruiterId: recruiter.id,
      message: 'Your line follower caught our eye.',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      state: 'invited',
      tab: 'requests',
      initiatedBy: 'recruiter',
      recruiter: { id: recruiter.id },
      createdBy: { id: recruiter.id },
      requestMessage: 'Your line follower caught our eye.',
    });
    const mail = (await mailsTo(talent.email))[0]!;
    expect(mail.subject).toBe(`${recruiter.name} invites you to a 1-1 chat`);
    expect(mail.text).toContain(`${recruiter.name} (Acme Robotics) invites you`);
    expect(mail.text).toContain('Your line follower caught our eye.');
    expect(mail.text).toContain(`http://parley.test/events/${event.id}/chats?tab=requests`);
    expect(mail.text).not.toContain('behalf');
  });

  it('lets the talent pick one of the colleague’s free slots after a colleague invited on their behalf', async () => {
    const colleague = await recruiterAt();
    const sender = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
    const talent = await talentAt();
    const asSender = await loginAs(t.app, sender.email);
    const invited = await asSender.post(`/api/events/${event.id}/invitations`, {
      talentId: talent.id,
      recruiterId: colleague.id,
    });
    expect(invited.statusCode).toBe(201);
    const chat = invited.json();
    expect(chat).toMatchObject({ recruiter: { id: colleague.id }, createdBy: { id: sender.id } });
    const mail = (await mailsTo(talent.email))[0]!;
    expect(mail.text).toContain(`${colleague.name} (Acme Robotics) invites you`);
    expect(mail.text).toContain(
      `${sender.name}, a colleague, sent this invitation on ${colleague.name}'s behalf.`,
    );
    const told = (await mailsTo(colleague.email))[0]!;
    expect(told.subject).toBe(`${sender.name} invited ${talent.name} to a 1-1 chat with you`);
    expect(told.text).toContain(`${talent.name} picks one of your free time slots`);
    expect(await mailsTo(sender.email)).toEqual([]);

    const asTalent = await loginAs(t.app, talent.email);
    const mine = (await asTalent.get(`/api/events/${event.id}/chats`)).json().chats;
    expect(mine.find((c: { id: string }) => c.id === chat.id)).toMatchObject({ state: 'invited' });
    const slots = (await asTalent.get(`/api/chats/${chat.id}/slots`)).json();
    expect(slots.days[0].slots.map((s: { label: string }) => s.label)).toEqual(['09:00', '09:30', '10:00']);
    const confirmed = await asTalent.post(`/api/chats/${chat.id}/confirm`, {
      startsAt: '2030-03-04T09:30:00+01:00',
    });
    expect(confirmed.json()).toMatchObject({
      state: 'confirmed',
      recruiter: { id: colleague.id },
      startsAt: '2030-03-04T08:30:00.000Z',
    });
  });

  it('lets the talent decline an invitation with a message', async () => {
    const recruiter = await recruiterAt();
    const talent = await talentAt();
    const chat = (
      await (
        await loginAs(t.app, recruiter.email)
      ).post(`/api/events/${event.id}/invitations`, {
        talentId: talent.id,
        recruiterId: recruiter.id,
      })
    ).json();
    const declined = await (await loginAs(t.app, talent.email)).post(`/api/chats/${chat.id}/decline`, {
      message: 'I already accepted an offer.',
    });
    expect(declined.json()).toMatchObject({
      state: 'declined',
      declineMessage: 'I already accepted an offer.',
    });
    const told = (await mailsTo(recruiter.email))[0]!;
    expect(told.subject).toBe(`${talent.name} declined the 1-1 chat invitation`);
    expect(told.text).toContain('Their message: I already accepted an offer.');
  });

  it('tells both the invited recruiter and the colleague who sent the invitation when the talent declines', async () => {
    const colleague = await recruiterAt();
    const sender = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
    const talent = await talentAt();
    const chat = (
      await (
        await loginAs(t.app, sender.email)
      ).post(`/api/events/${event.id}/invitations`, { talentId: talent.id, recruiterId: colleague.id })
    ).json();
    await (await loginAs(t.app, talent.email)).post(`/api/chats/${chat.id}/decline`, {
      message: 'No, thanks.',
    });
    const withWhom = [
      [colleague.email, 'you'],
      [sender.email, colleague.name],
    ];
    for (const [email, whom] of withWhom) {
      const told = (await mailsTo(email!))[0]!;
      expect(told.subject).toBe(`${talent.name} declined the 1-1 chat invitation`);
      expect(told.text).toContain(`${talent.name} declined the invitation to a 1-1 chat with ${whom} at`);
    }
  });

  it('refuses a second open chat between the same talent and recruiter', async () => {
    const recruiter = await recruiterAt();
    const talent = await talentAt();
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const body = { talentId: talent.id, recruiterId: recruiter.id };
    expect((await asRecruiter.post(`/api/events/${event.id}/invitations`, body)).statusCode).toBe(201);
    const again = await asRecruiter.post(`/api/events/${event.id}/invitations`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('chats.already_open');
  });

  it('refuses to invite on behalf of a recruiter of another company', async () => {
    const recruiter = await recruiterAt();
    const otherCompany = (await buildCompany(t.ctx.db, { name: 'Globex' })).id;
    const stranger = await recruiterAt(event.id, event.days[0]!.id, otherCompany);
    const talent = await talentAt();
    const response = await (await loginAs(t.app, recruiter.email)).post(
      `/api/events/${event.id}/invitations`,
      { talentId: talent.id, recruiterId: stranger.id },
    );
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('availability.not_colleague');
  });

  it('refuses a talent who is not registered for the event', async () => {
    const recruiter = await recruiterAt();
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    const response = await (await loginAs(t.app, recruiter.email)).post(
      `/api/events/${event.id}/invitations`,
      { talentId: talent.id, recruiterId: recruiter.id },
    );
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({
      code: 'chats.talent_not_registered',
      message: 'This talent is not registered for this event.',
    });
  });

  it('refuses invitations at an event where only talents may send requests', async () => {
    const closed = await buildEvent(t.ctx.db, {
      requestPolicy: 'talents',
      days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
    });
    const recruiter = await recruiterAt(closed.id, closed.days[0]!.id);
    const talent = await talentAt(closed.id);
    const response = await (await loginAs(t.app, recruiter.email)).post(
      `/api/events/${closed.id}/invitations`,
      { talentId: talent.id, recruiterId: recruiter.id },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('chats.invitations_closed');
  });
});
