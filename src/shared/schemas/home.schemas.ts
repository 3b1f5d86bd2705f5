import { z } from 'zod';
import { Chat } from './chats.schemas.js';

/**
 * What needs the viewer at one event, counted for its card on the home. Talents and recruiters count their own
 * chats; organizers count the whole event's.
 */
export const HomeEventCounts = z.object({
  eventId: z.uuid(),
  /** Chats whose room is open now. */
  live: z.number().int(),
  /** Booked chats still to come, today and later. */
  upcoming: z.number().int(),
  /** Booked chats of today (the event's calendar day). */
  today: z.number().int(),
  /** Requests and invitations waiting for an answer. */
  waitingForAnswer: z.number().int(),
  /** Approved chats whose talent has not picked a time yet. */
  toPick: z.number().int(),
  /** Organizers: recruiters of attending companies who have not confirmed their availability; others: null. */
  recruitersWithoutAvailability: z.number().int().nullable(),
});
export type HomeEventCounts = z.infer<typeof HomeEventCounts>;

/** The first screen's answer to "what do I do now?". Lists are short: each links to where the rest is. */
export const HomeResponse = z.object({
  /** Chats whose room is open now: `Join` (or where to meet, in person). */
  live: z.array(Chat),
  /** The next booked chats, soonest first. */
  upcoming: z.array(Chat),
  /** Recruiters: requests to them; talents: invitations to them. Oldest first. */
  waitingForMe: z.array(Chat),
  /** Recruiters: requests to their colleagues that nobody answered yet, oldest first, and how many there are. */
  waitingForColleagues: z.object({ chats: z.array(Chat), total: z.number().int() }),
  /** Talents: approved requests and accepted invitations whose time they still have to pick. */
  toPick: z.array(Chat),
  /** Recruiters: events at which they have not confirmed their availability yet. */
  availabilityToConfirm: z.array(z.object({ eventId: z.uuid(), eventName: z.string() })),
  events: z.array(HomeEventCounts),
});
export type HomeResponse = z.infer<typeof HomeResponse>;
