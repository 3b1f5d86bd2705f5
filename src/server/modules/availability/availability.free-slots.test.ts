import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayHours, durations, rangeNear, zones } from '../../../shared/booking/arbitraries.js';
import { countFreeSlots, slotStarts } from '../../../shared/booking/grid.js';
import { overlaps, type TimeRange } from '../../../shared/booking/overlap.js';
import { chats } from '../chats/chats.table.js';
import { buildBookableRecruiter, buildEvent, buildTalents } from '../../test/factories.js';
import { openTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { listConfirmedRecruiters } from './availability.repository.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

/** A day with some of its slots opened, chats holding the recruiter's time (none overlapping another), and a now. */
const scenes = durations.chain((duration) =>
  fc.record({ hours: dayHours(duration), zone: zones }).chain(({ hours, zone }) => {
    const starts = slotStarts(hours, duration, zone);
    const first = starts[0] ?? new Date(`${hours.date}T12:00:00Z`);
    const span = Math.round(((starts.at(-1) ?? first).getTime() - first.getTime()) / 60_000) + 60;
    return fc.record({
      duration: fc.constant(duration),
      hours: fc.constant(hours),
      zone: fc.constant(zone),
      open: fc.subarray(starts, { maxLength: Math.min(40, starts.length) }),
      bookings: fc
        .array(
          fc.record({ range: rangeNear(first, span), state: fc.constantFrom('confirmed', 'completed') }),
          { maxLength: 4 },
        )
        .map((held) =>
          held.filter(
            (booking, i) => !held.slice(0, i).some((earlier) => overlaps(earlier.range, booking.range)),
          ),
        ),
      now: fc.oneof(
        rangeNear(first, span).map((r) => r.startsAt),
        fc.constantFrom(...starts, first),
      ),
    });
  }),
);

describe('hasFreeSlotSql agrees with countFreeSlots', () => {
  it('on generated days, durations, zones and bookings of other durations', async () => {
    const { db } = database;
    await fc.assert(
      fc.asyncProperty(scenes, async (scene) => {
        const event = await buildEvent(db, {
          timeZone: scene.zone,
          days: [
            {
              date: scene.hours.date,
              opens: scene.hours.opensAtMinute,
              closes: scene.hours.closesAtMinute,
              durations: [scene.duration],
            },
          ],
        });
        const day = event.days[0]!;
        const recruiter = await buildBookableRecruiter(db, {
          eventId: event.id,
          eventDayId: day.id,
          durationMinutes: scene.duration,
          openSlotStarts: scene.open,
        });
        const bookings: TimeRange[] = scene.bookings.map((booking) => booking.range);
        if (scene.bookings.length > 0) {
          const talents = await buildTalents(db, event.id, scene.bookings.length);
          await db.insert(chats).values(
            scene.bookings.map((booking, i) => ({
              eventId: event.id,
              talentId: talents[i]!.id,
              recruiterId: recruiter.id,
              initiatedBy: 'talent' as const,
              createdById: talents[i]!.id,
              state: booking.state,
              eventDayId: day.id,
              ...booking.range,
            })),
          );
        }
        const listed = await listConfirmedRecruiters(db, event.id, {
          dayId: day.id,
          freeFrom: scene.now,
          limit: 10,
        });
        const free = countFreeSlots({
          day: scene.hours,
          timeZone: scene.zone,
          durationMinutes: scene.duration,
          openStarts: scene.open,
          bookings,
          now: scene.now,
        });
        expect(listed.map((r) => r.id)).toEqual(free > 0 ? [recruiter.id] : []);
      }),
      { numRuns: 25 },
    );
  });
});
