import { beforeAll } from 'vitest';
import { buildBookableRecruiter, buildCompany, buildEvent, buildUser, registerTalent } from './factories.js';
import type { TestApp } from './test-app.js';

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
  return {
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
    async mailsTo(email: string): Promise<Mail[]> {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/dev/mailbox?to=${encodeURIComponent(email)}`,
      });
      return response.json().messages;
    },
  };
}
