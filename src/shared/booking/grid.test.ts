import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcToZoned } from '../time/zoned.js';
import { dayHours, durations, rangeNear, zones } from './arbitraries.js';
import {
  countFreeSlots,
  type DayHours,
  defaultDuration,
  firstFreeIndex,
  freeSlotsFor,
  type GridInput,
  isEditable,
  isFree,
  slotGrid,
  slotStartMinutes,
  slotStarts,
  unheldSlotStarts,
  validSlotStarts,
} from './grid.js';
import { overlaps, type TimeRange } from './overlap.js';

const workday = { date: '2030-01-15', opensAtMinute: 9 * 60, closesAtMinute: 17 * 60 };

describe('slot starts', () => {
  it('steps from opening by the duration while the chat still ends by closing time', () => {
    const starts = slotStartMinutes(workday, 20);
    expect(starts).toHaveLength(24);
    expect(starts[0]).toBe(9 * 60);
    expect(starts.at(-1)).toBe(16 * 60 + 40);
    expect(slotStartMinutes({ ...workday, closesAtMinute: 9 * 60 + 50 }, 20)).toEqual([540, 560]);
  });

  it('gives the UTC instants of the wall-clock starts in the event zone', () => {
    const starts = slotStarts(workday, 30, 'Europe/Berlin');
    expect(starts[0]!.toISOString()).toBe('2030-01-15T08:00:00.000Z');
    expect(starts.at(-1)!.toISOString()).toBe('2030-01-15T15:30:00.000Z');
  });

  it('leaves out starts inside the gap of a night when the clocks go forward', () => {
    const day = { date: '2030-03-31', opensAtMinute: 0, closesAtMinute: 1440 };
    const starts = slotStarts(day, 30, 'Europe/Berlin');
    expect(starts).toHaveLength(46);
    expect(new Set(starts.map((s: Date) => s.getTime())).size).toBe(46);
    expect(starts[3]!.toISOString()).toBe('2030-03-31T00:30:00.000Z'); // 01:30 winter time
    expect(starts[4]!.toISOString()).toBe('2030-03-31T01:00:00.000Z'); // 03:00 summer time
  });

  it('keeps one slot per wall time on a night when the clocks go back', () => {
    const day = { date: '2030-11-03', opensAtMinute: 0, closesAtMinute: 1440 };
    const starts = slotStarts(day, 60, 'America/New_York');
    expect(starts).toHaveLength(24);
    expect(starts[1]!.toISOString()).toBe('2030-11-03T05:00:00.000Z'); // 01:00 daylight time
    expect(starts[2]!.toISOString()).toBe('2030-11-03T07:00:00.000Z'); // 02:00 standard time
  });

  it('refuses a duration that is not a positive whole number of minutes', () => {
    expect(() => slotStartMinutes(workday, 0)).toThrow(RangeError);
    expect(() => slotStartMinutes(workday, 7.5)).toThrow(RangeError);
  });
});

const day = { date: '2030-06-10', opensAtMinute: 9 * 60, closesAtMinute: 11 * 60 };
const at = (iso: string) => new Date(iso);
const longAgo = at('2030-01-01T00:00:00Z');
/** A Berlin day's grid, 09:00–11:00 at 30 minutes, nothing opened or booked, long before the day. */
const gridOfDay = (input: Partial<GridInput<TimeRange & { chatId?: string }>>) =>
  slotGrid({
    day,
    timeZone: 'Europe/Berlin',
    durationMinutes: 30,
    openStarts: [],
    bookings: [],
    now: longAgo,
    ...input,
  });

describe('the slot grid', () => {
  it('marks opened slots available, others off, with HH:MM labels in the event zone', () => {
    const grid = gridOfDay({ openStarts: [at('2030-06-10T07:00:00Z'), at('2030-06-10T08:00:00Z')] });
    expect(grid.map((s) => [s.label, s.status])).toEqual([
      ['09:00', 'available'],
      ['09:30', 'off'],
      ['10:00', 'available'],
      ['10:30', 'off'],
    ]);
    expect(grid[0]).toMatchObject({
      startsAt: at('2030-06-10T07:00:00Z'),
      endsAt: at('2030-06-10T07:30:00Z'),
    });
  });

  it('marks a slot booked, with the chat holding it, whether or not it is still opened', () => {
    const booking = {
      chatId: 'c1',
      startsAt: at('2030-06-10T07:30:00Z'),
      endsAt: at('2030-06-10T08:00:00Z'),
    };
    const grid = gridOfDay({ bookings: [booking] });
    expect(grid[1]).toMatchObject({ label: '09:30', status: 'booked', booking });
    expect(grid.filter((s) => s.status === 'booked')).toHaveLength(1);
  });

  it('leaves started and booked slots out of the free ones; a slot starting now is still free', () => {
    const grid = gridOfDay({
      durationMinutes: 60,
      openStarts: [at('2030-06-10T07:00:00Z'), at('2030-06-10T08:00:00Z')],
      now: at('2030-06-10T07:10:00Z'),
    });
    expect(grid[0]!.past).toBe(true);
    expect(grid.filter(isFree).map((s) => s.label)).toEqual(['10:00']);
    const atStart = gridOfDay({
      durationMinutes: 60,
      openStarts: [at('2030-06-10T08:00:00Z')],
      now: at('2030-06-10T08:00:00Z'),
    });
    expect(atStart.filter(isFree).map((s) => s.label)).toEqual(['10:00']);
  });

  it('names slots by the wall clock of the event, not of the machine', () => {
    const grid = gridOfDay({
      day: { date: '2030-11-03', opensAtMinute: 0, closesAtMinute: 4 * 60 },
      timeZone: 'America/New_York',
      durationMinutes: 60,
    });
    // The clocks go back at 02:00: one slot per wall time, the repeated hour counted once.
    expect(grid.map((s) => s.label)).toEqual(['00:00', '01:00', '02:00', '03:00']);
  });

  it('knows the valid starts of a day at a duration', () => {
    const valid = validSlotStarts(day, 20, 'Europe/Berlin');
    expect(valid.size).toBe(6);
    expect(valid.has(at('2030-06-10T07:20:00Z').getTime())).toBe(true);
    expect(valid.has(at('2030-06-10T07:15:00Z').getTime())).toBe(false);
  });

  it('lets the recruiter change only slots that are neither started nor booked', () => {
    expect(isEditable({ status: 'available', past: false })).toBe(true);
    expect(isEditable({ status: 'off', past: false })).toBe(true);
    expect(isEditable({ status: 'booked', past: false })).toBe(false);
    expect(isEditable({ status: 'off', past: true })).toBe(false);
  });

  it('draws a day not set up yet at the shortest duration the organizer allows', () => {
    expect(defaultDuration([30, 15, 45])).toBe(15);
  });
});

/** A day, a duration, a zone, some opened slots of its grid, chats of the recruiter and the talent, and a `now`. */
const scenes = durations.chain((duration) =>
  fc
    .record({ duration: fc.constant(duration), hours: dayHours(duration), zone: zones })
    .chain(({ hours, zone }) => {
      const starts = slotStarts(hours, duration, zone);
      const first = starts[0] ?? new Date(`${hours.date}T12:00:00Z`);
      const span = Math.max(
        60,
        Math.round(((starts.at(-1) ?? first).getTime() - first.getTime()) / 60_000) + 60,
      );
      return fc.record({
        duration: fc.constant(duration),
        hours: fc.constant(hours),
        zone: fc.constant(zone),
        open: fc.subarray(starts),
        bookings: fc.array(rangeNear(first, span), { maxLength: 4 }),
        talentBookings: fc.array(rangeNear(first, span), { maxLength: 3 }),
        // Often exactly on a slot's start or end, where off-by-one mistakes hide.
        now: fc.oneof(
          rangeNear(first, span).map((r) => r.startsAt),
          fc.constantFrom(...starts, first),
          fc.constantFrom(...starts, first).map((s) => new Date(s.getTime() + duration * 60_000)),
        ),
      });
    }),
);

const inputOf = (scene: Scene): GridInput<TimeRange> => ({
  day: scene.hours,
  timeZone: scene.zone,
  durationMinutes: scene.duration,
  openStarts: scene.open,
  bookings: scene.bookings,
  now: scene.now,
});
const gridOf = (scene: Scene) => slotGrid(inputOf(scene));
type Scene = {
  duration: number;
  hours: DayHours;
  zone: string;
  open: Date[];
  bookings: TimeRange[];
  talentBookings: TimeRange[];
  now: Date;
};

describe('the slot grid, on generated days', () => {
  it('follows the wall clock across DST changes: real starts, in order, within the hours', () => {
    fc.assert(
      fc.property(
        durations.chain((duration) => fc.tuple(fc.constant(duration), dayHours(duration), zones)),
        ([duration, hours, zone]) => {
          const starts = slotStarts(hours, duration, zone);
          const minutes = slotStartMinutes(hours, duration);
          expect(starts.length).toBeLessThanOrEqual(minutes.length);
          // Only a DST gap (at most an hour) loses starts.
          expect(minutes.length - starts.length).toBeLessThanOrEqual(Math.ceil(60 / duration));
          for (const [i, start] of starts.entries()) {
            const local = utcToZoned(start, zone);
            expect(local.date).toBe(hours.date);
            expect(minutes).toContain(local.minute);
            if (i > 0) expect(start.getTime()).toBeGreaterThan(starts[i - 1]!.getTime());
          }
        },
      ),
    );
  });

  it('marks every slot a chat overlaps booked, and a free slot overlaps no chat', () => {
    fc.assert(
      fc.property(scenes, (scene) => {
        for (const slot of gridOf(scene)) {
          const held = scene.bookings.some((b) => overlaps(slot, b));
          expect(slot.status === 'booked').toBe(held);
          if (isFree(slot)) expect(held || slot.startsAt < scene.now).toBe(false);
        }
      }),
    );
  });

  it('counts the free slots as the grid shows them', () => {
    fc.assert(
      fc.property(scenes, (scene) => {
        expect(countFreeSlots(inputOf(scene))).toBe(gridOf(scene).filter(isFree).length);
      }),
    );
  });

  it('finds the free slots from the unheld starts kept earlier, at any later instant', () => {
    fc.assert(
      fc.property(scenes, fc.integer({ min: 0, max: 24 * 60 }), (scene, laterMinutes) => {
        const kept = unheldSlotStarts(inputOf(scene));
        const later = new Date(scene.now.getTime() + laterMinutes * 60_000);
        const free = gridOf({ ...scene, now: later }).filter(isFree);
        expect(kept.slice(firstFreeIndex(kept, later.getTime()))).toEqual(
          free.map((s) => s.startsAt.getTime()),
        );
      }),
    );
  });

  it('offers a talent exactly the free slots that overlap none of their own chats', () => {
    fc.assert(
      fc.property(scenes, (scene) => {
        const grid = gridOf(scene);
        const offered = new Set(freeSlotsFor(grid, scene.talentBookings));
        for (const slot of grid) {
          const busy = scene.talentBookings.some((b) => overlaps(slot, b));
          expect(offered.has(slot)).toBe(isFree(slot) && !busy);
        }
      }),
    );
  });

  it('takes a booked slot and every slot overlapping it out of the free ones, whatever the duration', () => {
    fc.assert(
      fc.property(scenes, fc.nat(), (scene, pick) => {
        const free = gridOf(scene).filter(isFree);
        fc.pre(free.length > 0);
        const booked = free[pick % free.length]!;
        const after = gridOf({ ...scene, bookings: [...scene.bookings, booked] }).filter(isFree);
        expect(after.some((slot) => overlaps(slot, booked))).toBe(false);
        expect(after.length).toBeLessThan(free.length);
      }),
    );
  });
});
