import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../../../shared/schemas/availability.schemas';
import { changeDuration, closeAll, type DayDraft, openAll, setSlots } from './dayDraft';

const zone = 'Europe/Berlin';
const day = { date: '2030-03-04', opensAt: '09:00', closesAt: '11:00' };
/** 2030-03-04 is in winter time: Berlin is UTC+1. */
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2030, 2, 4, h! - 1, m!)).toISOString();
};

function slot(label: string, change: Partial<Slot> = {}): Slot {
  const startsAt = at(label);
  return {
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 15 * 60_000).toISOString(),
    label,
    status: 'off',
    bookedWith: null,
    past: false,
    ...change,
  };
}

const draft = (durationMinutes: number, ...open: string[]): DayDraft => ({
  durationMinutes,
  open: open.map(at),
});

describe('editing a day of availability', () => {
  it('opens a closed slot and closes an open one', () => {
    const opened = setSlots(draft(15), [at('09:00')], true);
    expect(opened.open).toEqual([at('09:00')]);
    expect(setSlots(opened, [at('09:00')], false).open).toEqual([]);
  });

  it('gives a range one state, whatever each slot was, and leaves the others alone', () => {
    const range = [at('09:15'), at('09:30'), at('09:45')];
    expect(new Set(setSlots(draft(15, '09:00', '09:30'), range, true).open)).toEqual(
      new Set([at('09:00'), ...range]),
    );
    expect(setSlots(draft(15, '09:00', '09:30', '10:00'), range, false).open).toEqual([
      at('09:00'),
      at('10:00'),
    ]);
  });

  it('selects every future unbooked slot and leaves past and booked ones as they were', () => {
    const slots = [
      slot('09:00', { past: true }),
      slot('09:15', {
        status: 'booked',
        bookedWith: { chatId: crypto.randomUUID(), talentName: 'Taylor Kim' },
      }),
      slot('09:30'),
      slot('09:45', { status: 'available' }),
    ];
    const all = openAll(draft(15, '09:45'), slots);
    expect(new Set(all.open)).toEqual(new Set([at('09:30'), at('09:45')]));
  });

  it('clears the future slots but keeps a past open slot open', () => {
    const slots = [
      slot('09:00', { past: true, status: 'available' }),
      slot('09:15', { status: 'available' }),
    ];
    expect(closeAll(draft(15, '09:00', '09:15'), slots).open).toEqual([at('09:00')]);
  });

  it('keeps the opened time when the duration grows: only fully covered longer slots stay open', () => {
    const longer = changeDuration(draft(15, '09:00', '09:15', '09:30', '10:15'), day, zone, 30);
    expect(longer).toEqual(draft(30, '09:00'));
  });

  it('keeps the opened time when the duration shrinks', () => {
    expect(changeDuration(draft(30, '09:00', '10:30'), day, zone, 15)).toEqual(
      draft(15, '09:00', '09:15', '10:30', '10:45'),
    );
  });

  it('lays the new grid out from the opening time, not from the old slots', () => {
    expect(changeDuration(draft(15, '09:15', '09:30', '09:45', '10:00'), day, zone, 20)).toEqual(
      draft(20, '09:20', '09:40'),
    );
  });
});
