import { describe, expect, it } from 'vitest';
import { mergeWaitlists, offerExpiry, offerRoute, restOfSlot, wholeSlot } from './waitlist.js';

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
    expect(offerExpiry({ holds, onEventDay: false, now, takeBy: later })).toEqual(
      new Date('2026-03-04T09:15:00Z'),
    );
    expect(offerExpiry({ holds, onEventDay: true, now, takeBy: later })).toEqual(
      new Date('2026-03-04T09:05:00Z'),
    );
  });

  it('never holds past the moment the time can still be taken', () => {
    const soon = new Date('2026-03-04T09:03:00Z');
    expect(offerExpiry({ holds, onEventDay: true, now, takeBy: soon })).toEqual(soon);
  });
});

describe('wholeSlot', () => {
  it('is taken by its start', () => {
    const slot = { startsAt: new Date('2026-03-04T10:00:00Z'), endsAt: new Date('2026-03-04T10:30:00Z') };
    expect(wholeSlot(slot)).toEqual({ ...slot, takeBy: slot.startsAt });
  });
});

describe('restOfSlot', () => {
  const slot = {
    startsAt: new Date('2026-03-04T10:00:00Z'),
    endsAt: new Date('2026-03-04T10:30:00Z'),
    status: 'available' as const,
  };
  const at = (clock: string) => new Date(`2026-03-04T${clock}Z`);

  it('offers a virtual slot under way from the minute now, until its end, while a chat still fits', () => {
    expect(restOfSlot(slot, 'virtual', at('10:12:40'))).toEqual({
      startsAt: at('10:12:00'),
      endsAt: slot.endsAt,
      takeBy: at('10:25:00'),
    });
  });

  it('has no rest before the slot started, nor once less than the shortest chat is left', () => {
    expect(restOfSlot(slot, 'virtual', at('10:00:00'))).toBeNull();
    expect(restOfSlot(slot, 'virtual', at('09:59:00'))).toBeNull();
    expect(restOfSlot(slot, 'virtual', at('10:24:59'))).not.toBeNull();
    expect(restOfSlot(slot, 'virtual', at('10:25:00'))).toBeNull();
    expect(restOfSlot(slot, 'virtual', at('10:31:00'))).toBeNull();
  });

  it('leaves in-person slots to the walk-in queue, and slots held or never opened alone', () => {
    expect(restOfSlot(slot, 'in_person', at('10:10:00'))).toBeNull();
    expect(restOfSlot({ ...slot, status: 'booked' }, 'virtual', at('10:10:00'))).toBeNull();
    expect(restOfSlot({ ...slot, status: 'off' }, 'virtual', at('10:10:00'))).toBeNull();
  });

  it('takes an offer made earlier from its own start, and only one within the slot', () => {
    const offered = at('10:06:00');
    expect(restOfSlot(slot, 'virtual', at('10:09:30'), offered)?.startsAt).toEqual(offered);
    expect(restOfSlot(slot, 'virtual', at('10:09:30'), at('10:30:00'))).toBeNull();
    expect(restOfSlot(slot, 'virtual', at('10:09:30'), at('09:50:00'))).toBeNull();
  });
});

describe('mergeWaitlists', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 4, 9, minute));
  const place = (talentId: string, minute: number, list: 'recruiter' | 'company') => ({
    talentId,
    joinedAt: at(minute),
    list,
  });

  it("interleaves the recruiter's own list and the company's by the time of joining", () => {
    const own = [place('a', 1, 'recruiter'), place('c', 5, 'recruiter')];
    const company = [place('b', 3, 'company'), place('d', 7, 'company')];
    expect(mergeWaitlists(own, company).map((p) => p.talentId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('orders talents who joined at the same instant by id, whichever list they are on', () => {
    const own = [place('b', 2, 'recruiter')];
    const company = [place('a', 2, 'company'), place('c', 2, 'company')];
    expect(mergeWaitlists(own, company).map((p) => p.talentId)).toEqual(['a', 'b', 'c']);
  });

  it('lists a talent on both lists once, at their earlier place', () => {
    const own = [place('a', 4, 'recruiter'), place('b', 5, 'recruiter')];
    const company = [place('b', 1, 'company'), place('c', 2, 'company')];
    expect(mergeWaitlists(own, company)).toEqual([
      place('b', 1, 'company'),
      place('c', 2, 'company'),
      place('a', 4, 'recruiter'),
    ]);
  });

  it('keeps an empty list empty', () => {
    expect(mergeWaitlists([], [])).toEqual([]);
  });
});
