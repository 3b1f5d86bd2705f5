import { z } from 'zod';
import { runningLateChoices } from '../booking/attendance.js';
import { chatStates, chatStatuses, chatTabs } from '../booking/chat-phase.js';
import { ShareWithCompany } from './handoff.schemas.js';
import { multiLineText } from './text.schemas.js';
import { PersonRef } from './availability.schemas.js';
import { DayMode, EventInstant } from './events.schemas.js';
import { say } from './schema-messages.js';

export const ChatState = z.enum(chatStates);
export type ChatState = z.infer<typeof ChatState>;

/** The request-list tabs, in order, and which states each shows (a confirmed chat whose end passed is completed). */
export const ChatTab = z.enum(chatTabs);
export type ChatTab = z.infer<typeof ChatTab>;

/**
 * Where a chat stands, for filtering every chat of a company (`All 1-1 Chats`): the request-list tabs plus
 * `cancelled`, which narrows Declined to the chats called off.
 */
export const ChatStatus = z.enum(chatStatuses);
export type ChatStatus = z.infer<typeof ChatStatus>;
/** The narrowest status of a chat: `cancelled` for one called off, otherwise its tab. */
export const chatStatusOf = (chat: { state: ChatState; tab: ChatTab }): ChatStatus =>
  chat.state === 'cancelled' ? 'cancelled' : chat.tab;

/** What a history entry records: the chat's creation, then each move of the people taking part. */
export const chatHistoryKinds = [
  'requested',
  'invited',
  'approved',
  'declined',
  'withdrawn',
  'cancelled',
  'rescheduled',
  'moved',
  'booked',
  'no_show',
  // The waitlist: a freed time offered to a waiting talent, and what became of the offer.
  'offered',
  'offer_accepted',
  'offer_declined',
  'offer_lapsed',
] as const;
export const ChatHistoryKind = z.enum(chatHistoryKinds);
export type ChatHistoryKind = z.infer<typeof ChatHistoryKind>;

export const ChatHistoryEntry = z.object({
  kind: ChatHistoryKind,
  /** Who acted; null once their account is gone. */
  actor: PersonRef.nullable(),
  side: z.enum(['talent', 'recruiter']),
  message: z.string().nullable(),
  /** The time the chat held before, when this entry released or replaced it. */
  fromStartsAt: z.iso.datetime().nullable(),
  /** The time the chat holds after, when this entry booked or moved it. */
  toStartsAt: z.iso.datetime().nullable(),
  at: z.iso.datetime(),
});
export type ChatHistoryEntry = z.infer<typeof ChatHistoryEntry>;

/** A side's `I'm here`: who of that side checked in (null once their account is gone), and when. */
const CheckIn = z.object({ by: PersonRef.nullable(), at: z.iso.datetime() });

/** Who came to a booked chat: each side's check-in, the talent's word that they run late, the event's no-show minutes. */
export const ChatAttendance = z.object({
  talent: CheckIn.nullable(),
  /** The recruiter, or the colleague who took the chat for them. */
  recruiter: CheckIn.nullable(),
  /** `Running 5 minutes late`: the minutes the talent said; null if they said nothing. */
  runningLateMinutes: z.number().int().nullable(),
  /** A talent not checked in this many minutes after the start may be marked a no-show (the event's setting). */
  noShowAfterMinutes: z.number().int(),
});
export type ChatAttendance = z.infer<typeof ChatAttendance>;

export const Chat = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  state: ChatState,
  tab: ChatTab,
  initiatedBy: z.enum(['talent', 'recruiter']),
  talent: PersonRef.extend({ headline: z.string() }),
  recruiter: PersonRef,
  company: PersonRef.extend({ booth: z.string() }),
  createdBy: PersonRef,
  requestMessage: z.string().nullable(),
  customQuestion: z.string().nullable(),
  talentAnswer: z.string().nullable(),
  declineMessage: z.string().nullable(),
  suggestedRecruiter: PersonRef.nullable(),
  day: z.object({ id: z.uuid(), date: z.string(), mode: DayMode }).nullable(),
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  /** Where to meet on an in-person day (the company's booth or table); null on virtual days. */
  location: z.string().nullable(),
  /** When the chat last went back from a confirmed time to In Scheduling; null if it never did. */
  rescheduledAt: z.iso.datetime().nullable(),
  /** While offered from a waitlist: until when the time is held for the talent to accept it. */
  offerExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Everything said and done about the chat, oldest first. */
  history: z.array(ChatHistoryEntry),
  attendance: ChatAttendance,
});
export type Chat = z.infer<typeof Chat>;

/** `Running 5 minutes late`, one tap. */
export const RunningLateInput = z.object({
  minutes: z.union(
    runningLateChoices.map((n) => z.literal(n)),
    {
      error: say('chats.runningLate', {
        choices: (locale) => runningLateChoices.join(locale === 'de' ? ' oder ' : ' or '),
      }),
    },
  ),
});
export type RunningLateInput = z.infer<typeof RunningLateInput>;

/** The organizer's view of an event's no-shows: who did not come to which chat. */
export const NoShowList = z.object({
  noShows: z.array(
    z.object({
      chatId: z.uuid(),
      talent: PersonRef,
      recruiter: PersonRef,
      company: PersonRef,
      startsAt: z.iso.datetime(),
    }),
  ),
});
export type NoShowList = z.infer<typeof NoShowList>;

/**
 * The orders a chat list can come in: `time` booked chats by their start, then the others latest change first;
 * `activity` latest change first; `talent` / `recruiter` by name (a recruiter's chats by time).
 */
export const chatListSorts = ['time', 'activity', 'talent', 'recruiter'] as const;
export const ChatListSort = z.enum(chatListSorts);
export type ChatListSort = z.infer<typeof ChatListSort>;

/** About 2 KB a chat with a short history: a page stays well under 100 KB. */
export const CHAT_PAGE_DEFAULT = 30;
export const CHAT_PAGE_MAX = 100;

export const ChatListQuery = z.object({
  /** Recruiters: `mine` (default), `team` (all colleagues) or one colleague's id. */
  recruiterId: z.union([z.literal('mine'), z.literal('team'), z.uuid()]).default('mine'),
  /** Only the chats of one status; all of them when left out. */
  status: ChatStatus.optional(),
  /** Recruiters: only the chats with this talent. */
  talentId: z.uuid().optional(),
  sort: ChatListSort.default('time'),
  limit: z.coerce.number().int().min(1).max(CHAT_PAGE_MAX).default(CHAT_PAGE_DEFAULT),
  /** The `nextCursor` of the page before, in the same order; the first page without it. */
  cursor: z.string().max(1000).optional(),
});
export type ChatListQuery = z.input<typeof ChatListQuery>;

/** How many chats of the list (whatever its `status`) are under each status: the tabs' counters. */
export const ChatStatusCounts = z.object({
  requests: z.number().int(),
  in_scheduling: z.number().int(),
  confirmed: z.number().int(),
  declined: z.number().int(),
  completed: z.number().int(),
  cancelled: z.number().int(),
}) satisfies z.ZodType<Record<ChatStatus, number>>;
export type ChatStatusCounts = z.infer<typeof ChatStatusCounts>;

export const ChatListResponse = z.object({
  chats: z.array(Chat),
  /** The cursor of the next page; null on the last one. */
  nextCursor: z.string().nullable(),
  counts: ChatStatusCounts,
});
export type ChatListResponse = z.infer<typeof ChatListResponse>;

export const ChatRequestInput = z.object({
  recruiterId: z.uuid(),
  answer: multiLineText().max(2000).optional(),
  message: multiLineText().max(2000).optional(),
  /** Ticked: the talent shares their profile and contact details with the recruiter's company (docs/HANDOFF.md). */
  shareWithCompany: ShareWithCompany.optional(),
});
export type ChatRequestInput = z.infer<typeof ChatRequestInput>;

/** A recruiter invites a talent, for themself or on behalf of a colleague (`recruiterId`). */
export const InvitationInput = z.object({
  talentId: z.uuid({ error: say('chats.pickTalent') }),
  recruiterId: z.uuid({ error: say('chats.pickRecruiter') }),
  message: multiLineText().max(2000).optional(),
});
export type InvitationInput = z.infer<typeof InvitationInput>;

export const DeclineInput = z.object({
  message: multiLineText().max(2000).default(''),
  suggestedRecruiterId: z.uuid().nullable().default(null),
});
export type DeclineInput = z.infer<typeof DeclineInput>;

const ConfirmSlotInput = z.object({ startsAt: EventInstant });

/** The talent's `Confirm Time Slot`, which may share their details with the chat's company. */
export const ConfirmChatInput = ConfirmSlotInput.extend({ shareWithCompany: ShareWithCompany.optional() });

/** Direct booking: the slot and, if the recruiter asks a question, the talent's answer. */
export const DirectBookingInput = ConfirmSlotInput.extend({
  answer: multiLineText().max(2000).optional(),
  shareWithCompany: ShareWithCompany.optional(),
});
export type DirectBookingInput = z.infer<typeof DirectBookingInput>;

/** The recruiter's side moves a chat to another slot, with an optional word to the talent. */
export const MoveInput = ConfirmSlotInput.extend({ message: multiLineText().max(2000).optional() });

const FreeSlot = z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), label: z.string() });
export const FreeSlotsResponse = z.object({
  timeZone: z.string(),
  days: z.array(
    z.object({
      dayId: z.uuid(),
      date: z.string(),
      mode: DayMode,
      durationMinutes: z.number().int(),
      slots: z.array(FreeSlot),
    }),
  ),
  /**
   * Why free slots are left out by the event's fair-use rules that count chats (the talent's limits, the
   * recruiter's day), one sentence each; slots too soon or too close to another chat are left out silently.
   */
  ruleNotes: z.array(z.string()),
});
export type FreeSlotsResponse = z.infer<typeof FreeSlotsResponse>;

/** Cancel or reschedule, with an optional word to the other side; the body may be left out. */
export const ChatChangeInput = z
  .object({ message: multiLineText().max(2000).optional() })
  .optional()
  .default({});
export type ChatChangeInput = z.infer<typeof ChatChangeInput>;
