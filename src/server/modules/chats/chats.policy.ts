import {
  type BookingModeName,
  bookingWindowAt,
  formatEventDay,
  recruiterBookingMode,
} from '../../../shared/booking/booking-window.js';
import {
  type BookingCheck,
  type BookingRuleName,
  bookingRefusal,
  pickBookingRules,
  type RuleRefusal,
} from '../../../shared/booking/fair-use.js';
import type { TimeRange } from '../../../shared/booking/overlap.js';
import { minutesToTime } from '../../../shared/schemas/events.schemas.js';
import { utcToZoned } from '../../../shared/time/zoned.js';
import type { SessionUser } from '../../context.js';
import { requestTranslator, sayToRequest } from '../../i18n/index.js';
import { requestLocale } from '../../infra/http/request-locale.js';
import type { EventRow } from '../events/index.js';
import { chatErrors } from './chats.errors.js';
import type { ChatActor } from './chats.transitions.js';
import type { ChatView } from './chats.repository.js';

/**
 * Who someone is to a chat: its talent, or the recruiter's side (the recruiter or any colleague of the same
 * company, while that company attends the chat's event). Anyone else is nobody to it, and hears that it does not
 * exist.
 */
export function actorOf(
  user: SessionUser,
  view: Pick<ChatView, 'chat' | 'company' | 'companyAttends'>,
): Exclude<ChatActor, 'system'> | null {
  if (user.role === 'talent' && user.id === view.chat.talentId) return 'talent';
  if (user.role === 'recruiter' && user.companyId === view.company.id && view.companyAttends)
    return 'recruiter';
  return null;
}

/**
 * A talent requests, books or picks a time only while the event's booking window is open (`bookingWindowAt`); the
 * refusal says when it opens or when it closed. The recruiters' side is not limited by it.
 */
export function refuseOutsideBookingWindow(event: EventRow, now: Date): void {
  const phase = bookingWindowAt(event, now);
  const { t } = requestTranslator();
  if (phase.phase === 'not_yet_open')
    throw chatErrors.bookings_not_open(
      t('errors.bookingWindow.notYetOpen', { when: eventInstantName(phase.opensAt, event.timeZone) }),
    );
  if (phase.phase === 'closed')
    throw chatErrors.bookings_closed(
      t('errors.bookingWindow.closed', { when: eventInstantName(phase.closedAt, event.timeZone) }),
    );
}

/** The error each fair-use rule refuses with: conflicts with what is held (409), or a time too close (422). */
const ruleErrors: Record<BookingRuleName, (sentence: string) => Error> = {
  maxChatsPerTalent: chatErrors.limit_talent_chats,
  maxChatsPerTalentPerDay: chatErrors.limit_talent_day,
  maxOpenRequestsPerTalent: chatErrors.limit_open_requests,
  maxChatsPerRecruiterPerDay: chatErrors.limit_recruiter_day,
  breakAfterChats: chatErrors.recruiter_break,
  breakMinutes: chatErrors.recruiter_break,
  minGapMinutes: chatErrors.gap_too_short,
  minNoticeHours: chatErrors.notice_too_short,
  requestCutoffHours: chatErrors.requests_cut_off,
  changeCutoffHours: chatErrors.change_cut_off,
  maxReschedulesPerChat: chatErrors.reschedule_limit,
  noShowLimit: chatErrors.no_show_limit,
};

/**
 * Throws the refusal of a fair-use rule, if there is one, with the sentence that names the rule and its number in
 * the language of the request.
 */
export function refuseByRule(refusal: RuleRefusal | null): void {
  if (refusal) throw ruleErrors[refusal.rule](sayToRequest(refusal.message));
}

/** `10:30`: an instant on the event's clock. */
const eventClock = (timeZone: string) => (instant: Date) =>
  minutesToTime(utcToZoned(instant, timeZone).minute);

/** `Thursday 5 March at 09:00 (Europe/Berlin)`: an instant on the event's wall clock, in the request's language. */
export function eventInstantName(instant: Date, timeZone: string): string {
  const { t, locale } = requestTranslator();
  return t('errors.bookingWindow.instant', {
    day: formatEventDay(instant, timeZone, locale),
    clock: eventClock(timeZone)(instant),
    timeZone,
  });
}

/**
 * The fair-use check of the event's rules for slots of one recruiter and one talent, given the chats both hold: the
 * refusal a slot would meet, or null. Bookings and the lists of slots a talent may pick use the same check.
 */
export function slotRuleCheck(
  event: EventRow,
  held: Omit<BookingCheck, 'rules' | 'slot' | 'clockOf'>,
): (slot: TimeRange & { eventDayId: string }) => RuleRefusal | null {
  const rules = pickBookingRules(event);
  const clockOf = eventClock(event.timeZone);
  return (slot) =>
    bookingRefusal({
      ...held,
      rules,
      clockOf,
      slot: { ...slot, dayName: formatEventDay(slot.startsAt, event.timeZone, requestLocale()) },
    });
}

/**
 * A talent requests a recruiter who books on approval and books one who takes direct bookings
 * (`recruiterBookingMode`: the event's mode, unless the recruiter asks for approval at a direct event); the refusal
 * names the recruiter and the way that works with them.
 */
export function refuseOtherBookingMode(
  target: {
    event: EventRow;
    recruiter: { name: string };
    details: { requiresApproval: boolean };
  },
  wanted: BookingModeName,
): void {
  const mode = recruiterBookingMode(target.event, target.details);
  if (mode === wanted) return;
  const { t } = requestTranslator();
  const { name } = target.recruiter;
  if (mode === 'direct') throw chatErrors.book_directly(t('errors.chats.bookDirectly', { name }));
  throw chatErrors.direct_booking_off(t('errors.chats.requestFirst', { name }));
}
