import { z } from 'zod';
import { chatStates } from '../booking/chat-phase.js';
import { MAX_CHAT_MINUTES, MIN_CHAT_MINUTES } from '../booking/limits.js';
import { singleLineText, multiLineText } from './text.schemas.js';
import { BookingMode, DayMode, EventInstant } from './events.schemas.js';
import { ExperienceLevel, TAG_MAX } from './talents.schemas.js';
import { say } from './schema-messages.js';

const Tag = singleLineText().min(1).max(TAG_MAX);
const TagList = z
  .array(Tag)
  .max(30)
  .transform((list) => [...new Set(list)]);

export const RecruiterDetailsInput = z.object({
  backgrounds: TagList.default([]),
  levels: z
    .array(ExperienceLevel)
    .max(5)
    .transform((list) => [...new Set(list)])
    .default([]),
  languages: TagList.default([]),
  topics: TagList.default([]),
  /** Talents answer it when they request a chat; it never filters anyone out. */
  customQuestion: multiLineText()
    .max(300, { error: say('availability.questionMax') })
    .transform((q) => q || null)
    .nullable()
    .default(null),
  /**
   * Talents send a request instead of booking a free slot directly, at a direct-booking event that lets recruiters
   * ask for approval. Left out, the recruiter's choice stays as it is (forms show the switch only where it applies).
   */
  requiresApproval: z.boolean().optional(),
});
export type RecruiterDetailsInput = z.infer<typeof RecruiterDetailsInput>;

export const RecruiterDetails = z.object({
  backgrounds: z.array(z.string()),
  levels: z.array(ExperienceLevel),
  languages: z.array(z.string()),
  topics: z.array(z.string()),
  customQuestion: z.string().nullable(),
  requiresApproval: z.boolean(),
  confirmedAt: z.iso.datetime().nullable(),
});
export type RecruiterDetails = z.infer<typeof RecruiterDetails>;

export const DayAvailabilityInput = z.object({
  durationMinutes: z.number().int().min(MIN_CHAT_MINUTES).max(MAX_CHAT_MINUTES),
  /** UTC instants of the slots opened; each must be a slot start of that day and duration. */
  openSlotStarts: z.array(EventInstant).max(300),
});
export type DayAvailabilityInput = z.infer<typeof DayAvailabilityInput>;

export const SlotStatus = z.enum(['available', 'off', 'booked']);
export type SlotStatus = z.infer<typeof SlotStatus>;

export const Slot = z.object({
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  /** `HH:MM` in the event's zone: the slot's name on the screen. */
  label: z.string(),
  status: SlotStatus,
  /** Whom a booked slot is with (only shown to the recruiter's company). */
  bookedWith: z.object({ chatId: z.uuid(), talentName: z.string() }).nullable(),
  past: z.boolean(),
});
export type Slot = z.infer<typeof Slot>;

export const DayAvailability = z.object({
  dayId: z.uuid(),
  date: z.string(),
  mode: DayMode,
  allowedDurations: z.array(z.number().int()),
  /** Null until the recruiter sets the day up; the grid then shows the first allowed duration. */
  durationMinutes: z.number().int().nullable(),
  /** Booked chats lock the duration of their day. */
  durationLocked: z.boolean(),
  slots: z.array(Slot),
});
export type DayAvailability = z.infer<typeof DayAvailability>;

export const PersonRef = z.object({ id: z.uuid(), name: z.string() });

export const RecruiterAvailability = z.object({
  recruiter: PersonRef.extend({ email: z.string() }),
  details: RecruiterDetails,
  days: z.array(DayAvailability),
});
export type RecruiterAvailability = z.infer<typeof RecruiterAvailability>;

export const ChatCounts = z.object({
  requested: z.number().int(),
  invited: z.number().int(),
  in_scheduling: z.number().int(),
  confirmed: z.number().int(),
  declined: z.number().int(),
  completed: z.number().int(),
});
export type ChatCounts = z.infer<typeof ChatCounts>;

export const DaySlotCounts = z.object({
  dayId: z.uuid(),
  date: z.string(),
  mode: DayMode,
  durationMinutes: z.number().int().nullable(),
  free: z.number().int(),
  booked: z.number().int(),
});

export type DaySlotCounts = z.infer<typeof DaySlotCounts>;

export const TeamMember = z.object({
  recruiter: PersonRef.extend({ email: z.string() }),
  isMe: z.boolean(),
  setUp: z.boolean(),
  confirmed: z.boolean(),
  days: z.array(DaySlotCounts),
  counts: ChatCounts,
});
export type TeamMember = z.infer<typeof TeamMember>;
export const TeamOverviewResponse = z.object({
  company: PersonRef.extend({ booth: z.string() }),
  members: z.array(TeamMember),
});
export type TeamOverviewResponse = z.infer<typeof TeamOverviewResponse>;

/** A recruiter as talents see them on the event's 1-1 Chats tab. */
export const BookableRecruiter = z.object({
  id: z.uuid(),
  name: z.string(),
  company: PersonRef.extend({ booth: z.string() }),
  /** How talents get a chat with this recruiter (`recruiterBookingMode`): a direct event's recruiter may approve. */
  bookingMode: BookingMode,
  details: RecruiterDetails.omit({ confirmedAt: true, requiresApproval: true }),
  /** Per day the recruiter set up, the slots a talent could book now (opened, not booked, ahead by the notice). */
  days: z.array(DaySlotCounts.omit({ booked: true })),
  /** The earliest of those slots, or null when none is left. */
  nextFreeSlot: z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime() }).nullable(),
  /** How many of them are on today's day of the event (the event's date in its zone); 0 on a day without one. */
  freeSlotsToday: z.number().int(),
  /** The viewer's open chat with this recruiter, if any: one at a time per pair. */
  openChat: z.object({ id: z.uuid(), state: z.enum(chatStates) }).nullable(),
  /** Whether the viewing talent marked this recruiter as a favourite (their own mark, seen by no one else). */
  favourite: z.boolean(),
});
export type BookableRecruiter = z.infer<typeof BookableRecruiter>;

export const BookableRecruitersQuery = z.object({
  language: singleLineText().max(60).optional(),
  topic: singleLineText().max(60).optional(),
  dayId: z.uuid().optional(),
  mode: DayMode.optional(),
  q: singleLineText().max(100).optional(),
  /** Only this recruiter, if bookable (a colleague another recruiter suggested). */
  recruiterId: z.uuid().optional(),
  /** `true`: only the recruiters the viewing talent marked as favourites. */
  favourites: z.stringbool({ error: say('availability.favourites') }).optional(),
  /** The `nextCursor` of the previous page; the first page without it. */
  cursor: z.string().max(1000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).default(30),
});
export type BookableRecruitersQuery = z.infer<typeof BookableRecruitersQuery>;
export const BookableRecruitersResponse = z.object({
  recruiters: z.array(BookableRecruiter),
  /** Asks for the page after this one; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Every recruiter bookable at the event, whatever the filters (counting only the matching ones costs too much). */
  bookableCount: z.number().int(),
  facets: z.object({ languages: z.array(z.string()), topics: z.array(z.string()) }),
});
export type BookableRecruitersResponse = z.infer<typeof BookableRecruitersResponse>;
