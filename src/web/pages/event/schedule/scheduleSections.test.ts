import { describe, expect, it } from 'vitest';
import type { Chat } from '../../../../shared/schemas/chats.schemas';
import { scheduleSections } from './scheduleSections';

let counter = 0;
function chat(state: Chat['state'], startsAt: string | null, minutes = 30): Chat {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    state,
    startsAt,
    endsAt: startsAt ? new Date(Date.parse(startsAt) + minutes * 60_000).toISOString() : null,
  } as Chat;
}

const now = Date.parse('2030-03-04T12:00:00Z');
const ids = (days: { chats: Chat[] }[]) => days.map((day) => day.chats.map((c) => c.id));

describe('scheduleSections', () => {
  it('keeps only booked chats, in time order', () => {
    const late = chat('confirmed', '2030-03-04T16:00:00Z');
    const early = chat('confirmed', '2030-03-04T13:00:00Z');
    const chats = [late, chat('in_scheduling', null), chat('cancelled', '2030-03-04T14:00:00Z'), early];
    expect(ids(scheduleSections(chats, now, 'UTC').upcoming)).toEqual([[early.id, late.id]]);
  });

  it('moves a chat to Earlier once it has ended, not when it starts', () => {
    const underWay = chat('confirmed', '2030-03-04T11:45:00Z');
    const over = chat('confirmed', '2030-03-04T11:00:00Z');
    const completed = chat('completed', '2030-03-03T09:00:00Z');
    const sections = scheduleSections([underWay, over, completed], now, 'UTC');
    expect(ids(sections.upcoming)).toEqual([[underWay.id]]);
    expect(ids(sections.earlier)).toEqual([[completed.id], [over.id]]);
  });

  it('groups by the day of the viewer’s zone', () => {
    // 23:30 UTC on the 4th is already the 5th in Kolkata (UTC+5:30), and still the 4th in New York.
    const lateUtc = chat('confirmed', '2030-03-04T23:30:00Z');
    const morningUtc = chat('confirmed', '2030-03-04T13:00:00Z');
    expect(scheduleSections([lateUtc, morningUtc], now, 'Asia/Kolkata').upcoming).toEqual([
      { day: 'Mon, 4 Mar 2030', chats: [morningUtc] },
      { day: 'Tue, 5 Mar 2030', chats: [lateUtc] },
    ]);
    expect(scheduleSections([lateUtc, morningUtc], now, 'America/New_York').upcoming).toEqual([
      { day: 'Mon, 4 Mar 2030', chats: [morningUtc, lateUtc] },
    ]);
  });
});
