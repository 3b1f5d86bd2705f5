import { describe, expect, it } from 'vitest';
import type { ChatState } from '../../../shared/schemas/chats.schemas.js';
import {
  allActions,
  allActors,
  allStates,
  type ChatAction,
  type ChatActor,
  transition,
} from './chats.transitions.js';

/** Every allowed move, written out by hand from docs/DOMAIN.md; everything else must be refused. */
const allowed: [ChatState, ChatActor, ChatAction, ChatState][] = [
  ['requested', 'recruiter', 'approve', 'in_scheduling'],
  ['requested', 'recruiter', 'decline', 'declined'],
  ['invited', 'talent', 'decline', 'declined'],
  ['in_scheduling', 'talent', 'pick_slot', 'confirmed'],
  ['invited', 'talent', 'pick_slot', 'confirmed'],
  ['requested', 'talent', 'withdraw', 'cancelled'],
  ['requested', 'talent', 'cancel', 'cancelled'],
  ['requested', 'recruiter', 'cancel', 'cancelled'],
  ['invited', 'talent', 'cancel', 'cancelled'],
  ['invited', 'recruiter', 'cancel', 'cancelled'],
  ['in_scheduling', 'talent', 'cancel', 'cancelled'],
  ['in_scheduling', 'recruiter', 'cancel', 'cancelled'],
  ['confirmed', 'talent', 'cancel', 'cancelled'],
  ['confirmed', 'recruiter', 'cancel', 'cancelled'],
  ['confirmed', 'talent', 'reschedule', 'in_scheduling'],
  ['confirmed', 'recruiter', 'reschedule', 'in_scheduling'],
  ['confirmed', 'recruiter', 'move', 'confirmed'],
  ['confirmed', 'system', 'complete', 'completed'],
  ['confirmed', 'recruiter', 'mark_no_show', 'no_show'],
  ['confirmed', 'system', 'mark_no_show', 'no_show'],
  ['in_scheduling', 'system', 'offer', 'offered'],
  ['invited', 'system', 'offer', 'offered'],
  ['offered', 'talent', 'accept_offer', 'confirmed'],
  // An offer that created the chat (no state to return to) ends it.
  ['offered', 'talent', 'decline_offer', 'cancelled'],
  ['offered', 'system', 'lapse_offer', 'cancelled'],
];

/** An offered chat that waited for a time before goes back to waiting when its offer is declined or lapses. */
const offeredFromWaiting: [ChatState, ChatAction, ChatState][] = [
  ['in_scheduling', 'decline_offer', 'in_scheduling'],
  ['in_scheduling', 'lapse_offer', 'in_scheduling'],
  ['invited', 'decline_offer', 'invited'],
  ['invited', 'lapse_offer', 'invited'],
  ['in_scheduling', 'accept_offer', 'confirmed'],
  ['invited', 'accept_offer', 'confirmed'],
];

const key = (state: ChatState, actor: ChatActor, action: ChatAction) => `${state}/${actor}/${action}`;
const allowedByKey = new Map(allowed.map(([s, a, act, next]) => [key(s, a, act), next]));

describe('chat transitions', () => {
  const cases = allStates.flatMap((state) =>
    allActors.flatMap((actor) => allActions.map((action) => [state, actor, action] as const)),
  );

  it.each(cases)('%s + %s + %s', (state, actor, action) => {
    const result = transition(state, actor, action);
    const expected = allowedByKey.get(key(state, actor, action));
    if (expected) {
      expect(result).toEqual({ ok: true, next: expected, holdsSlot: expected === 'confirmed' });
    } else {
      expect(result.ok).toBe(false);
    }
  });

  it.each(offeredFromWaiting)('an offer from %s: %s leads to %s', (offeredFrom, action, next) => {
    const actor = action === 'lapse_offer' ? 'system' : 'talent';
    expect(transition({ state: 'offered', offeredFrom }, actor, action)).toEqual({
      ok: true,
      next,
      holdsSlot: next === 'confirmed',
    });
  });

  it('lets only the talent answer an offer and only the clock lapse it', () => {
    expect(transition('offered', 'recruiter', 'accept_offer')).toMatchObject({ reason: 'not_your_turn' });
    expect(transition('offered', 'recruiter', 'decline_offer')).toMatchObject({ reason: 'not_your_turn' });
    expect(transition('offered', 'talent', 'lapse_offer')).toMatchObject({ reason: 'not_your_turn' });
    expect(transition('in_scheduling', 'talent', 'accept_offer')).toMatchObject({ reason: 'wrong_state' });
  });

  it('says a move is out of turn when the state is right but the actor is not', () => {
    expect(transition('requested', 'talent', 'approve')).toMatchObject({
      ok: false,
      reason: 'not_your_turn',
    });
    expect(transition('invited', 'recruiter', 'decline')).toMatchObject({
      ok: false,
      reason: 'not_your_turn',
    });
    expect(transition('in_scheduling', 'recruiter', 'pick_slot')).toMatchObject({
      ok: false,
      reason: 'not_your_turn',
    });
    expect(transition('confirmed', 'talent', 'mark_no_show')).toMatchObject({
      ok: false,
      reason: 'not_your_turn',
    });
  });

  it('says a move comes too late when the chat has moved on', () => {
    expect(transition('declined', 'recruiter', 'approve')).toMatchObject({
      ok: false,
      reason: 'wrong_state',
    });
    expect(transition('cancelled', 'talent', 'pick_slot')).toMatchObject({
      ok: false,
      reason: 'wrong_state',
    });
    expect(transition('completed', 'talent', 'cancel')).toMatchObject({ ok: false, reason: 'wrong_state' });
  });

  it('never revives a chat that ended', () => {
    for (const ended of ['declined', 'cancelled', 'completed', 'no_show'] as const) {
      for (const actor of allActors) {
        for (const action of allActions) expect(transition(ended, actor, action).ok).toBe(false);
      }
    }
  });
});
