import { beforeAll, expect } from 'vitest';
import {
  buildBookableRecruiter,
  buildChat,
  buildCompany,
  buildEvent,
  buildUser,
  registerTalent,
} from './factories.js';
import { loginAs, type TestApp } from './test-app.js';

/** Someone the scene made: enough to sign in and to find them in mails and lists. */
type Person = { id: string; email: string; name: string };

export interface Mail {
  subject: string;
  text: string;
  calendar: { method: string; content: string } | null;
}

/**
 * The stage of the chat tests: an event on 2030-03-04 in Berlin (UTC+1), open 09:00–12:00 local (08:00–11:00 UTC)
 * with 30-minute chats, and the company Acme Robotics; plus helpers that add talents and bookable recruiters to it.
 */
export function withChatScene(t: TestApp) {
  const scene = {} as { event: Awaited<ReturnType<typeof buildEvent>>; companyId: string };
  beforeAll(async () => {
    scene.event = await buildEvent(t.ctx.db, {
      days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
    });
    scene.companyId = (await buildCompany(t.ctx.db, { name: 'Acme Robotics' })).id;
  });
  /** A slot start given as UTC `HH:MM` of the event day. */
  const slot = (hhmm: string) => new Date(`2030-03-04T${hhmm}:00Z`);
  const scenes = {
    scene,
    slot,
    async talentAtEvent(eventId = scene.event.id) {
      const talent = await buildUser(t.ctx.db, { role: 'talent' });
      await registerTalent(t.ctx.db, eventId, talent.id);
      return talent;
    },
    bookableRecruiter(
      input: {
        openSlotStarts?: Date[];
        customQuestion?: string;
        eventId?: string;
        eventDayId?: string;
        companyId?: string;
      } = {},
    ) {
      return buildBookableRecruiter(t.ctx.db, {
        eventId: input.eventId ?? scene.event.id,
        eventDayId: input.eventDayId ?? scene.event.days[0]!.id,
        companyId: input.companyId ?? scene.companyId,
        durationMinutes: 30,
        openSlotStarts: input.openSlotStarts ?? [slot('08:00'), slot('08:30'), slot('09:00')],
        customQuestion: input.customQuestion,
      });
    },
    /**
     * A chat its talent confirmed through the API (so its emails, live messages and calendar SEQUENCE are the real
     * ones), by default between a new talent and a new bookable recruiter at 08:00 UTC; both sides signed in.
     */
    async confirmedChat(
      input: { startsAt?: Date; eventId?: string; talent?: Person; recruiter?: Person } = {},
    ) {
      const eventId = input.eventId ?? scene.event.id;
      const recruiter = input.recruiter ?? (await scenes.bookableRecruiter());
      const talent = input.talent ?? (await scenes.talentAtEvent(eventId));
      const chat = await buildChat(t.ctx.db, {
        eventId,
        talentId: talent.id,
        recruiterId: recruiter.id,
        state: 'in_scheduling',
      });
      const asTalent = await loginAs(t.app, talent.email);
      const asRecruiter = await loginAs(t.app, recruiter.email);
      const confirmed = await asTalent.post(`/api/chats/${chat.id}/confirm`, {
        startsAt: (input.startsAt ?? slot('08:00')).toISOString(),
      });
      expect(confirmed.json().state).toBe('confirmed');
      return { recruiter, talent, chat, asTalent, asRecruiter };
    },
    /** A chat written straight into an unbooked state, between a new talent and a new bookable recruiter. */
    async chatInState(state: 'requested' | 'invited' | 'in_scheduling') {
      const talent = await scenes.talentAtEvent();
      const recruiter = await scenes.bookableRecruiter();
      const chat = await buildChat(t.ctx.db, {
        eventId: scene.event.id,
        talentId: talent.id,
        recruiterId: recruiter.id,
        state,
      });
      return { talent, recruiter, chat };
    },
    /**
     * A chat written straight as confirmed for 08:00–08:30 UTC, between a new talent and a new recruiter of Acme,
     * for tests of what happens around its time (a time the API would refuse to book once it has passed).
     * `inPerson`: on the same date and hours, but at an event of its own whose day is in person.
     */
    async bookedChat(input: { inPerson?: boolean } = {}) {
      const event = input.inPerson
        ? await buildEvent(t.ctx.db, {
            days: [
              { date: '2030-03-04', mode: 'in_person', opens: 9 * 60, closes: 12 * 60, durations: [30] },
            ],
          })
        : scene.event;
      const eventDayId = event.days[0]!.id;
      const talent = await scenes.talentAtEvent(event.id);
      const recruiter = await scenes.bookableRecruiter({ eventId: event.id, eventDayId });
      const chat = await buildChat(t.ctx.db, {
        eventId: event.id,
        talentId: talent.id,
        recruiterId: recruiter.id,
        state: 'confirmed',
        booked: { eventDayId, startsAt: slot('08:00'), endsAt: slot('08:30') },
      });
      return { talent, recruiter, chat };
    },
    async mailsTo(email: string): Promise<Mail[]> {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/dev/mailbox?to=${encodeURIComponent(email)}`,
      });
      return response.json().messages;
    },
  };
  return scenes;
}
