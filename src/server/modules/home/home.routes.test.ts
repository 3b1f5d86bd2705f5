import { beforeEach, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildChat, buildCompany, buildEvent, buildUser, registerCompany } from '../../test/factories.js';
import { anonymous, loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-04T07:00:00Z') });
const stage = withChatScene(t);
const { scene, slot, talentAtEvent, bookableRecruiter } = stage;

/** Day 2030-03-04 is the scene's event day; 07:00 UTC is 08:00 in Berlin, before its first slot. */
beforeEach(() => t.clock.set('2030-03-04T07:00:00Z'));

async function homeOf(email: string) {
  const response = await (await loginAs(t.app, email)).get('/api/home');
  expect(response.statusCode).toBe(200);
  return response.json();
}

const idsOf = (chats: { id: string }[]) => chats.map((chat) => chat.id);

/** A chat written straight into a state; confirmed ones at `at` (UTC) for 30 minutes. */
function chatBetween(
  talentId: string,
  recruiterId: string,
  state: 'requested' | 'invited' | 'in_scheduling' | 'confirmed',
  at = '08:00',
) {
  return buildChat(t.ctx.db, {
    eventId: scene.event.id,
    talentId,
    recruiterId,
    state,
    booked:
      state === 'confirmed'
        ? {
            eventDayId: scene.event.days[0]!.id,
            startsAt: slot(at),
            endsAt: new Date(slot(at).getTime() + 30 * 60_000),
          }
        : undefined,
  });
}

describe('the Today home', () => {
  it('shows a talent what waits for them: live and next chats, invitations to answer and times to pick', async () => {
    const talent = await talentAtEvent();
    const [alex, sam, jo, kim] = await Promise.all([1, 2, 3, 4].map(() => bookableRecruiter()));
    const later = await chatBetween(talent.id, alex!.id, 'confirmed', '10:00');
    const soon = await chatBetween(talent.id, sam!.id, 'confirmed', '08:00');
    const invitation = await chatBetween(talent.id, jo!.id, 'invited');
    const toPick = await chatBetween(talent.id, kim!.id, 'in_scheduling');

    let home = await homeOf(talent.email);
    expect(idsOf(home.live)).toEqual([]);
    expect(idsOf(home.upcoming)).toEqual([soon.id, later.id]);
    expect(idsOf(home.waitingForMe)).toEqual([invitation.id]);
    expect(idsOf(home.toPick)).toEqual([toPick.id]);
    expect(home.availabilityToConfirm).toEqual([]);
    expect(home.events).toEqual([
      {
        eventId: scene.event.id,
        live: 0,
        upcoming: 2,
        today: 2,
        waitingForAnswer: 1,
        toPick: 1,
        recruitersWithoutAvailability: null,
      },
    ]);

    // Ten minutes before 08:00 the first chat's room opens: it moves to "live".
    t.clock.set(new Date(slot('08:00').getTime() - 10 * 60_000));
    home = await homeOf(talent.email);
    expect(idsOf(home.live)).toEqual([soon.id]);
    expect(idsOf(home.upcoming)).toEqual([later.id]);
    expect(home.events[0]).toMatchObject({ live: 1, upcoming: 2 });

    // Once it ended it is gone from the home; it still counts for today.
    t.clock.set(slot('08:30'));
    home = await homeOf(talent.email);
    expect(idsOf(home.live)).toEqual([]);
    expect(idsOf(home.upcoming)).toEqual([later.id]);
    expect(home.events[0]).toMatchObject({ live: 0, upcoming: 1, today: 2 });
  });

  it("shows a recruiter requests to them, then their colleagues' requests, and availability still to confirm", async () => {
    const recruiter = await bookableRecruiter();
    const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId: recruiter.companyId! });
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => talentAtEvent()));
    const mine = await chatBetween(first!.id, recruiter.id, 'requested');
    const theirs = await chatBetween(second!.id, colleague.id, 'requested');
    await chatBetween(third!.id, colleague.id, 'invited');

    const other = await buildEvent(t.ctx.db, { name: 'Spring Fair', days: [{ date: '2030-03-10' }] });
    await registerCompany(t.ctx.db, other.id, recruiter.companyId!);
    const over = await buildEvent(t.ctx.db, { name: 'Last Year', days: [{ date: '2029-03-10' }] });
    await registerCompany(t.ctx.db, over.id, recruiter.companyId!);

    const home = await homeOf(recruiter.email);
    expect(idsOf(home.waitingForMe)).toEqual([mine.id]);
    expect(idsOf(home.waitingForColleagues.chats)).toEqual([theirs.id]);
    expect(home.waitingForColleagues.total).toBe(1);
    expect(home.availabilityToConfirm).toEqual([{ eventId: other.id, eventName: 'Spring Fair' }]);
    expect(home.events.find((e: { eventId: string }) => e.eventId === scene.event.id)).toMatchObject({
      waitingForAnswer: 1,
    });

    // The colleague sees the same request the other way round.
    const colleagueHome = await homeOf(colleague.email);
    expect(idsOf(colleagueHome.waitingForMe)).toEqual([theirs.id]);
    expect(idsOf(colleagueHome.waitingForColleagues.chats)).toEqual([mine.id]);
  });

  it("never shows another company's or talent's chats", async () => {
    const recruiter = await bookableRecruiter();
    const talent = await talentAtEvent();
    const rivalCompany = await buildCompany(t.ctx.db, { name: 'Globex' });
    const rival = await bookableRecruiter({ companyId: rivalCompany.id });
    const rivalsRequest = await chatBetween(talent.id, rival.id, 'requested');

    const home = await homeOf(recruiter.email);
    const everyChat = [
      ...home.live,
      ...home.upcoming,
      ...home.waitingForMe,
      ...home.waitingForColleagues.chats,
    ];
    expect(idsOf(everyChat)).not.toContain(rivalsRequest.id);

    const otherTalent = await talentAtEvent();
    const otherHome = await homeOf(otherTalent.email);
    expect(
      [...otherHome.upcoming, ...otherHome.waitingForMe, ...otherHome.toPick].map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([]);
  });

  it('counts the whole event for its organizer, with recruiters who have not confirmed availability', async () => {
    const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
    const event = await buildEvent(t.ctx.db, {
      organizerId: organizer.id,
      days: [{ date: '2030-03-04', durations: [30] }],
    });
    const recruiter = await bookableRecruiter({ eventId: event.id, eventDayId: event.days[0]!.id });
    await buildUser(t.ctx.db, { role: 'recruiter', companyId: recruiter.companyId! });
    const talent = await talentAtEvent(event.id);
    await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'confirmed',
      booked: { eventDayId: event.days[0]!.id, startsAt: slot('08:00'), endsAt: slot('08:30') },
    });
    const another = await talentAtEvent(event.id);
    await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: another.id,
      recruiterId: recruiter.id,
      state: 'requested',
    });

    const home = await homeOf(organizer.email);
    expect(home.events).toEqual([
      {
        eventId: event.id,
        live: 0,
        upcoming: 1,
        today: 1,
        waitingForAnswer: 1,
        toPick: 0,
        // Acme's other recruiters (the scene's and this test's colleague) have confirmed nothing at this event.
        recruitersWithoutAvailability: expect.any(Number),
      },
    ]);
    expect(home.events[0].recruitersWithoutAvailability).toBeGreaterThanOrEqual(1);
    expect(home.waitingForMe).toEqual([]);
  });

  it('needs a login', async () => {
    expect((await anonymous(t.app).get('/api/home')).statusCode).toBe(401);
  });
});
