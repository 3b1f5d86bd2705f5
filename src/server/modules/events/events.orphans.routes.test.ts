import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Event, type EventInput, inputOfEvent } from '../../../shared/schemas/events.schemas.js';
import { buildUser } from '../../test/factories.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { availabilityDays } from '../availability/availability.table.js';
import { chats } from '../chats/chats.table.js';

const t = withTestApp();

type ChatState = typeof chats.$inferInsert.state;

/**
 * An event in Berlin with two days and a recruiter who chose 30-minute chats on the first day, where a chat is
 * booked 10:00–10:30 local time (09:00Z, before the March DST change).
 */
async function eventWithBookedChat(state: ChatState = 'confirmed') {
  const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
  const client = await loginAs(t.app, organizer.email);
  const created: Event = (
    await client.post('/api/events', {
      name: 'Fair',
      timeZone: 'Europe/Berlin',
      requestPolicy: 'both',
      days: [
        { date: '2030-03-04', mode: 'virtual', opensAt: '09:00', closesAt: '17:00', durations: [15, 30] },
        { date: '2030-03-05', mode: 'in_person', opensAt: '09:00', closesAt: '17:00', durations: [20] },
      ],
    })
  ).json();
  const day = created.days[0]!;
  const recruiter = await buildUser(t.ctx.db, { role: 'recruiter', name: 'Alex Morgan' });
  const talent = await buildUser(t.ctx.db, { role: 'talent' });
  await t.ctx.db
    .insert(availabilityDays)
    .values({ eventDayId: day.id, recruiterId: recruiter.id, durationMinutes: 30 });
  const [chat] = await t.ctx.db
    .insert(chats)
    .values({
      eventId: created.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      createdById: talent.id,
      initiatedBy: 'talent',
      state,
      eventDayId: day.id,
      startsAt: new Date('2030-03-04T09:00:00Z'),
      endsAt: new Date('2030-03-04T09:30:00Z'),
    })
    .returning();
  const body = inputOfEvent(created);
  const put = (change: (draft: EventInput) => void) => {
    const draft = structuredClone(body);
    change(draft);
    return client.put(`/api/events/${created.id}`, draft);
  };
  return { client, created, chat: chat!, recruiter, put };
}

describe('edits that would orphan a booked chat', () => {
  it.each<[string, (draft: EventInput) => void, RegExp]>([
    [
      'removing its day',
      (d) => void d.days.shift(),
      /Monday 4 March has 1 booked chat and cannot be removed/,
    ],
    [
      'moving its day to another date',
      (d) => {
        d.days[0]!.date = '2030-03-06';
      },
      /Monday 4 March has 1 booked chat, so its date cannot change to Wednesday 6 March/,
    ],
    [
      'opening after it starts',
      (d) => {
        d.days[0]!.opensAt = '10:15';
      },
      /The hours 10:15–17:00 on Monday 4 March would leave out 1 booked chat \(10:00–10:30\)/,
    ],
    [
      'closing before it ends',
      (d) => {
        d.days[0]!.closesAt = '10:20';
      },
      /on Monday 4 March would leave out/,
    ],
    [
      'a time zone that moves it',
      (d) => {
        d.timeZone = 'Asia/Kathmandu';
      },
      /would move 1 booked chat on Monday 4 March \(10:00–10:30 would become 14:45–15:15\)/,
    ],
    [
      'removing the duration its recruiter chose that day',
      (d) => {
        d.days[0]!.durations = [15];
      },
      /30-minute chats on Monday 4 March are in use by Alex Morgan/,
    ],
  ])('refuses %s with 409, names the day, and changes nothing', async (_label, change, message) => {
    const { client, created, put } = await eventWithBookedChat();
    const response = await put(change);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('events.would_orphan_chats');
    expect(response.json().error.message).toMatch(message);
    expect((await client.get(`/api/events/${created.id}`)).json()).toEqual(created);
  });

  it('allows an edit that keeps the chat where it is', async () => {
    const { put, created } = await eventWithBookedChat();
    const response = await put((d) => {
      d.name = 'Renamed';
      d.timeZone = 'Europe/Paris'; // the same offset as Berlin on that day
      d.days[0] = { ...d.days[0]!, opensAt: '10:00', closesAt: '10:30', durations: [30], mode: 'in_person' };
      d.days.pop();
      d.days.push({
        date: '2030-03-07',
        mode: 'virtual',
        opensAt: '08:00',
        closesAt: '09:00',
        durations: [5],
      });
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().days[0]).toEqual({
      id: created.days[0]!.id,
      date: '2030-03-04',
      mode: 'in_person',
      opensAt: '10:00',
      closesAt: '10:30',
      durations: [30],
    });
  });

  it('lets a chat that is not booked stay out of the way', async () => {
    const { put, chat } = await eventWithBookedChat('cancelled');
    const response = await put((d) => {
      d.days.shift();
      d.timeZone = 'Asia/Kathmandu';
    });
    expect(response.statusCode).toBe(200);
    const [kept] = await t.ctx.db.select().from(chats).where(eq(chats.id, chat.id));
    expect(kept).toMatchObject({ state: 'cancelled', eventDayId: null, startsAt: chat.startsAt });
  });

  it('keeps a day on which a chat was held', async () => {
    const { put } = await eventWithBookedChat('completed');
    const response = await put((d) => void d.days.shift());
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'events.day_has_history' });
    expect(response.json().error.message).toContain('Monday 4 March');
  });

  it('clears a duration choice that the day no longer offers when its recruiter has no booked chat', async () => {
    const { put, recruiter, created } = await eventWithBookedChat('requested');
    const response = await put((d) => {
      d.days[0]!.durations = [15];
    });
    expect(response.statusCode).toBe(200);
    const left = await t.ctx.db
      .select()
      .from(availabilityDays)
      .where(eq(availabilityDays.recruiterId, recruiter.id));
    expect(left).toEqual([]);
    expect(response.json().days[0]).toMatchObject({ id: created.days[0]!.id, durations: [15] });
  });

  it('keeps a choice whose duration the day still offers', async () => {
    const { put, recruiter } = await eventWithBookedChat();
    expect(
      (
        await put((d) => {
          d.days[0]!.durations = [30, 45];
        })
      ).statusCode,
    ).toBe(200);
    const left = await t.ctx.db
      .select()
      .from(availabilityDays)
      .where(eq(availabilityDays.recruiterId, recruiter.id));
    expect(left).toHaveLength(1);
  });
});
