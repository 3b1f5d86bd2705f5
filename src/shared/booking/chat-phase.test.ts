import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChatStatus, ChatTab } from '../schemas/chats.schemas.js';
import {
  canJoin,
  chatStates,
  hasEnded,
  inStatus,
  isBooked,
  isCompleted,
  phaseChangesAt,
  roomStatus,
  roomWindow,
  stateAt,
  statesOfTab,
  tabOf,
} from './chat-phase.js';

const startsAt = new Date('2030-03-04T08:00:00Z');
const endsAt = new Date('2030-03-04T08:30:00Z');
const confirmed = { state: 'confirmed' as const, startsAt, endsAt };

describe('room window', () => {
  it.each([
    ['2030-03-04T07:49:59Z', 'waiting'],
    ['2030-03-04T07:50:00Z', 'open'],
    ['2030-03-04T08:29:59Z', 'open'],
    ['2030-03-04T08:30:00Z', 'ended'],
  ])('at %s the room is %s', (now, status) => {
    expect(roomStatus({ startsAt, endsAt }, new Date(now))).toBe(status);
  });

  it('exists only for a chat with a booked time', () => {
    expect(isBooked(confirmed)).toBe(true);
    expect(isBooked({ ...confirmed, state: 'completed' })).toBe(true);
    expect(isBooked({ state: 'in_scheduling', startsAt: null, endsAt: null })).toBe(false);
    expect(isBooked({ ...confirmed, state: 'cancelled' })).toBe(false);
  });

  it('lets people join a confirmed chat from ten minutes before its start until its end', () => {
    expect(canJoin(confirmed, new Date('2030-03-04T07:49:59Z'))).toBe(false);
    expect(canJoin(confirmed, new Date('2030-03-04T07:50:00Z'))).toBe(true);
    expect(canJoin(confirmed, new Date('2030-03-04T08:29:59Z'))).toBe(true);
    expect(canJoin({ ...confirmed, state: 'cancelled' }, new Date('2030-03-04T08:00:00Z'))).toBe(false);
    expect(canJoin({ state: 'confirmed', startsAt: null, endsAt: null }, startsAt)).toBe(false);
  });

  it('wakes a screen when the room opens and when the chat ends', () => {
    expect(phaseChangesAt(confirmed)).toEqual([roomWindow(confirmed).opensAt, endsAt]);
    expect(phaseChangesAt({ state: 'requested', startsAt: null, endsAt: null })).toEqual([]);
  });
});

describe('a chat ending exactly now', () => {
  it('has ended: it is completed, in the Completed tab, and its room can no longer be joined', () => {
    expect(hasEnded(confirmed, endsAt)).toBe(true);
    expect(isCompleted(confirmed, endsAt)).toBe(true);
    expect(tabOf(confirmed, endsAt)).toBe('completed');
    expect(roomStatus(confirmed, endsAt)).toBe('ended');
    expect(canJoin(confirmed, endsAt)).toBe(false);
  });

  it('a millisecond earlier is still confirmed and joinable', () => {
    const before = new Date(endsAt.getTime() - 1);
    expect(tabOf(confirmed, before)).toBe('confirmed');
    expect(canJoin(confirmed, before)).toBe(true);
  });
});

const MINUTE = 60_000;
const chats = fc
  .record({
    state: fc.constantFrom(...chatStates),
    start: fc.integer({ min: 0, max: 600 }),
    length: fc.integer({ min: 1, max: 120 }),
    timed: fc.boolean(),
  })
  .map(({ state, start, length, timed }) => ({
    state,
    startsAt: timed ? new Date(startsAt.getTime() + start * MINUTE) : null,
    endsAt: timed ? new Date(startsAt.getTime() + (start + length) * MINUTE) : null,
  }));
const instants = fc.integer({ min: -60, max: 800 }).map((m) => new Date(startsAt.getTime() + m * MINUTE));

describe('chat phases, on generated chats', () => {
  it('reads a confirmed chat as completed exactly from its end on, and no other state changes', () => {
    fc.assert(
      fc.property(chats, instants, (chat, now) => {
        const ended = chat.endsAt !== null && chat.endsAt.getTime() <= now.getTime();
        expect(stateAt(chat, now)).toBe(chat.state === 'confirmed' && ended ? 'completed' : chat.state);
      }),
    );
  });

  it('puts a chat in the tab whose states hold its state at now, a cancelled one under Declined', () => {
    fc.assert(
      fc.property(chats, instants, (chat, now) => {
        const tab = tabOf(chat, now);
        expect(statesOfTab(tab)).toContain(stateAt(chat, now));
        if (chat.state === 'cancelled') expect(tab).toBe('declined');
      }),
    );
  });

  it('gives every state exactly one tab', () => {
    const owners = chatStates.map((state) =>
      ChatTab.options.filter((tab) => statesOfTab(tab).includes(state)),
    );
    expect(owners.every((tabs) => tabs.length === 1)).toBe(true);
  });

  it('lists a chat under its tab, and under Cancelled only when it was called off', () => {
    fc.assert(
      fc.property(chats, instants, (chat, now) => {
        const statuses = ChatStatus.options.filter((status) => inStatus(chat, status, now));
        const calledOff = chat.state === 'cancelled';
        expect(statuses).toEqual(calledOff ? ['declined', 'cancelled'] : [tabOf(chat, now)]);
      }),
    );
  });

  it('never lets a chat be joined once its tab is Completed', () => {
    fc.assert(
      fc.property(chats, instants, (chat, now) => {
        if (tabOf(chat, now) === 'completed') expect(canJoin(chat, now)).toBe(false);
        if (canJoin(chat, now)) expect(tabOf(chat, now)).toBe('confirmed');
      }),
    );
  });
});
