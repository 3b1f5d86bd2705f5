import { describe, expect, it } from 'vitest';
import { offerExpiry, offerRoute } from './waitlist.js';

describe('offerRoute', () => {
  it('offers the time to a chat waiting for one, in either booking mode', () => {
    for (const mode of ['direct', 'approval'] as const) {
      expect(offerRoute(mode, 'in_scheduling')).toBe('offer_chat');
      expect(offerRoute(mode, 'invited')).toBe('offer_chat');
    }
  });

  it('creates the chat only where the talent could book directly', () => {
    expect(offerRoute('direct', null)).toBe('new_chat');
    expect(offerRoute('approval', null)).toBeNull();
  });

  it('passes over a talent whose chat is not waiting for a time', () => {
    for (const state of ['requested', 'offered', 'confirmed'] as const) {
      expect(offerRoute('direct', state)).toBeNull();
    }
  });
});

describe('offerExpiry', () => {
  const holds = { offerHoldMinutes: 15, offerHoldMinutesOnEventDays: 5 };
  const now = new Date('2026-03-04T09:00:00Z');
  const later = new Date('2026-03-05T09:00:00Z');

  it('holds for the event hold, shorter on its days', () => {
    expect(offerExpiry({ holds, onEventDay: false, now, slotStartsAt: later })).toEqual(
      new Date('2026-03-04T09:15:00Z'),
    );
    expect(offerExpiry({ holds, onEventDay: true, now, slotStartsAt: later })).toEqual(
      new Date('2026-03-04T09:05:00Z'),
    );
  });

  it('never holds past the start of the slot', () => {
    const soon = new Date('2026-03-04T09:03:00Z');
    expect(offerExpiry({ holds, onEventDay: true, now, slotStartsAt: soon })).toEqual(soon);
  });
});
