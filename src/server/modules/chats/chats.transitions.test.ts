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
