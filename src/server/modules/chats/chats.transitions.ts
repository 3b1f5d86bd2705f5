import { ChatState } from '../../../shared/schemas/chats.schemas.js';

/*
 * The life of a 1-1 chat as a pure function: (state, actor, action) → next state, or the reason it is refused.
 * The service applies the result in one transaction with its side effects; the database constraints settle races.
 */

/** `recruiter` is the recruiter's side: the recruiter or a colleague of the same company acting for them. */
export type ChatActor = 'talent' | 'recruiter' | 'system';

export type ChatAction =
  | 'approve'
  | 'decline'
  | 'pick_slot'
  | 'withdraw'
  | 'cancel'
  | 'reschedule'
  | 'move'
  | 'complete'
  | 'mark_no_show'
  | 'offer'
  | 'accept_offer'
  | 'decline_offer'
  | 'lapse_offer';

/** What a chat is as far as its next state goes: its state and, while offered, the state it was offered from. */
export interface ChatAt {
  state: ChatState;
  offeredFrom?: ChatState | null;
}

interface Rule {
  from: readonly ChatState[];
  actors: readonly ChatActor[];
  /** The next state, or how it follows from the chat (an offer ends where it was offered from). */
  to: ChatState | ((chat: ChatAt) => ChatState);
}

/** A declined or lapsed offer: back to waiting for a time, or over when the offer itself created the chat. */
const backFromOffer = (chat: ChatAt): ChatState => chat.offeredFrom ?? 'cancelled';

const rules: Record<ChatAction, Rule> = {
  approve: { from: ['requested'], actors: ['recruiter'], to: 'in_scheduling' },
  // A recruiter declines a talent's request; a talent declines a recruiter's invitation.
  decline: { from: ['requested', 'invited'], actors: ['recruiter', 'talent'], to: 'declined' },
  pick_slot: { from: ['in_scheduling', 'invited'], actors: ['talent'], to: 'confirmed' },
  withdraw: { from: ['requested'], actors: ['talent'], to: 'cancelled' },
  cancel: {
    from: ['requested', 'invited', 'in_scheduling', 'confirmed'],
    actors: ['talent', 'recruiter'],
    to: 'cancelled',
  },
  // The slot is freed and the talent picks again.
  reschedule: { from: ['confirmed'], actors: ['talent', 'recruiter'], to: 'in_scheduling' },
  // The recruiter's side moves a confirmed chat straight to another free slot.
  move: { from: ['confirmed'], actors: ['recruiter'], to: 'confirmed' },
  complete: { from: ['confirmed'], actors: ['system'], to: 'completed' },
  // The talent did not come: the recruiter's side says so, or the clock where the organizer lets it. When it may be
  // marked (the start plus the event's minutes, and no check-in of the talent) is `noShowRefusal`'s.
  mark_no_show: { from: ['confirmed'], actors: ['recruiter', 'system'], to: 'no_show' },
  // The waitlist offers a freed time to a talent whose chat waits for one (a new chat is inserted offered).
  offer: { from: ['in_scheduling', 'invited'], actors: ['system'], to: 'offered' },
  accept_offer: { from: ['offered'], actors: ['talent'], to: 'confirmed' },
  decline_offer: { from: ['offered'], actors: ['talent'], to: backFromOffer },
  lapse_offer: { from: ['offered'], actors: ['system'], to: backFromOffer },
};

/** Declines depend on who asked: only the side that received the request or invitation may decline it. */
const declinerOf: Partial<Record<ChatState, ChatActor>> = { requested: 'recruiter', invited: 'talent' };

type TransitionRefusal = 'not_your_turn' | 'wrong_state';

export type Transition =
  | { ok: true; next: ChatState; holdsSlot: boolean }
  | { ok: false; reason: TransitionRefusal; allowedFrom: readonly ChatState[] };

/** The next state of `chat` (a state alone, or with the state it was offered from) when `actor` does `action`. */
export function transition(chat: ChatState | ChatAt, actor: ChatActor, action: ChatAction): Transition {
  const at = typeof chat === 'string' ? { state: chat } : chat;
  const { state } = at;
  const rule = rules[action];
  if (!rule.from.includes(state)) return { ok: false, reason: 'wrong_state', allowedFrom: rule.from };
  const allowedActor = action === 'decline' ? declinerOf[state] === actor : rule.actors.includes(actor);
  if (!allowedActor) return { ok: false, reason: 'not_your_turn', allowedFrom: rule.from };
  const next = typeof rule.to === 'function' ? rule.to(at) : rule.to;
  return { ok: true, next, holdsSlot: next === 'confirmed' };
}

export const allStates: readonly ChatState[] = ChatState.options;
export const allActors: readonly ChatActor[] = ['talent', 'recruiter', 'system'];
export const allActions = Object.keys(rules) as ChatAction[];
