import { z } from 'zod';

/**
 * The walk-in queue at companies' booths on an in-person day (`src/shared/booking/walk-in.ts` holds its rules):
 * talents queue from their phone, the booth's recruiters call the next one when they have a gap.
 */

/** An entry waits, is called, and ends served (a walk-in chat), left (by the talent) or no answer (not there). */
export const boothQueueStates = ['waiting', 'called', 'served', 'left', 'no_answer'] as const;
const Instant = z.iso.datetime({ offset: true });

/** Whether queues are open now: an in-person day of the event is under way (from its opening to its close). */
const QueueOpening = z.object({
  open: z.boolean(),
  /** The close of the in-person day under way, while open. */
  closesAt: Instant.nullable(),
});

/** A talent's place at one booth, while they wait or are called. */
export const TalentQueueEntry = z.object({
  id: z.uuid(),
  state: z.enum(['waiting', 'called']),
  /** 1 is next; null once called. */
  position: z.number().int().positive().nullable(),
  /** The estimated wait in minutes (`estimatedWaitMinutes`); null once called. */
  waitMinutes: z.number().int().nonnegative().nullable(),
  joinedAt: Instant,
  calledAt: Instant.nullable(),
});
export type TalentQueueEntry = z.infer<typeof TalentQueueEntry>;

export const Booth = z.object({
  companyId: z.uuid(),
  companyName: z.string(),
  /** Where the booth is at the venue, as the organizer named it (may be empty). */
  location: z.string(),
  /** How many talents wait there now. */
  waiting: z.number().int().nonnegative(),
  /** The talent's own entry there, if they queue. */
  entry: TalentQueueEntry.nullable(),
});
export type Booth = z.infer<typeof Booth>;

/** For a talent: the booths of the event (companies with recruiters) and their own place at each. */
export const BoothsResponse = QueueOpening.extend({ booths: z.array(Booth) });
export type BoothsResponse = z.infer<typeof BoothsResponse>;

const QueueTalent = z.object({ id: z.uuid(), name: z.string(), headline: z.string() });

export const RecruiterQueueEntry = z.object({
  id: z.uuid(),
  state: z.enum(['waiting', 'called']),
  talent: QueueTalent,
  joinedAt: Instant,
  calledAt: Instant.nullable(),
  /** Who called them, for a called entry (null once that account is gone). */
  calledBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type RecruiterQueueEntry = z.infer<typeof RecruiterQueueEntry>;

/** Whether the recruiter is in a gap now (`recruiterGapAt`), so they know whether to call. */
export const RecruiterGap = z.discriminatedUnion('free', [
  z.object({ free: z.literal(true), until: Instant, nextChatAt: Instant.nullable() }),
  z.object({ free: z.literal(false), busyUntil: Instant.nullable(), nextChatAt: Instant.nullable() }),
]);
export type RecruiterGap = z.infer<typeof RecruiterGap>;

/** For a recruiter: their company's queue, called talents first, then those waiting in order. */
export const BoothQueueResponse = QueueOpening.extend({
  companyName: z.string(),
  location: z.string(),
  /** The recruiter's own gap while the queue is open. */
  gap: RecruiterGap.nullable(),
  called: z.array(RecruiterQueueEntry),
  waiting: z.array(RecruiterQueueEntry),
});
export type BoothQueueResponse = z.infer<typeof BoothQueueResponse>;
