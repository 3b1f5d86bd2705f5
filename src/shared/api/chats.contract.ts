import {
  Chat,
  ChatChangeInput,
  ChatListQuery,
  ChatListResponse,
  ChatRequestInput,
  ConfirmChatInput,
  DirectBookingInput,
  DeclineInput,
  FreeSlotsResponse,
  InvitationInput,
  MoveInput,
  NoShowList,
  RunningLateInput,
} from '../schemas/chats.schemas.js';
import { WaitlistsResponse } from '../schemas/waitlists.schemas.js';
import { z } from 'zod';
import { errorCatalog } from './errors.js';
import { ChatParams, CompanyParams, IdParams, RecruiterParams } from './params.js';
import { defineRoutes } from './route.js';

export const chatErrorCatalog = errorCatalog('chats', {
  not_found: { kind: 'not_found', message: 'This 1-1 chat does not exist or is not yours.' },
  invalid_cursor: {
    kind: 'invalid',
    message: 'This page of the list no longer fits its order. Load the list again from the start.',
  },
  talents_only: { kind: 'forbidden', message: 'Only talents can request 1-1 chats.' },
  requests_closed: {
    kind: 'forbidden',
    message: 'The organizer of this event does not let talents send requests.',
  },
  recruiter_unavailable: {
    kind: 'conflict',
    message: 'This recruiter has not confirmed their availability for this event yet.',
  },
  already_open: {
    kind: 'conflict',
    message: 'You already have a 1-1 chat going on with this recruiter at this event.',
  },
  walk_in_no_gap: {
    kind: 'conflict',
    message:
      'You have no gap for a walk-in chat now: you are in a chat, your next one starts within 5 minutes or the day is closing.',
  },
  walk_in_talent_busy: {
    kind: 'conflict',
    message: 'This talent has a booked 1-1 chat during your gap: a walk-in chat now would overlap it.',
  },
  walk_in_already_open: {
    kind: 'conflict',
    message:
      'This talent already has an open 1-1 chat with you (a request, invitation or booking): use that one instead.',
  },
  bookings_not_open: {
    kind: 'unprocessable',
    message: 'Bookings at this event are not open yet.',
  },
  bookings_closed: { kind: 'unprocessable', message: 'Bookings at this event are closed.' },
  book_directly: {
    kind: 'conflict',
    message:
      'This recruiter takes direct bookings: use Book 1-1 Chat to book one of their free time slots instead of a request.',
  },
  direct_booking_off: {
    kind: 'conflict',
    message:
      'This recruiter books 1-1 chats on approval: send them a request, then pick a time once they approve.',
  },
  // The fair-use rules (`src/shared/booking/fair-use.ts`); each refusal's sentence names the rule and its number.
  limit_talent_chats: {
    kind: 'conflict',
    message: "You already have as many chats as the event's limit allows.",
  },
  limit_talent_day: {
    kind: 'conflict',
    message: 'You already have as many chats on this day as the event allows.',
  },
  limit_open_requests: {
    kind: 'conflict',
    message: "You already have as many open requests as the event's limit allows.",
  },
  limit_recruiter_day: {
    kind: 'conflict',
    message: 'This recruiter already has as many chats on this day as the event allows.',
  },
  recruiter_break: { kind: 'conflict', message: 'This time falls in the break the event gives recruiters.' },
  gap_too_short: { kind: 'conflict', message: "This time is too close to another of the talent's chats." },
  notice_too_short: { kind: 'unprocessable', message: 'This time slot starts too soon to be booked.' },
  requests_cut_off: { kind: 'unprocessable', message: 'Requests for this event are closed.' },
  change_cut_off: { kind: 'unprocessable', message: 'This chat starts too soon to be changed.' },
  reschedule_limit: {
    kind: 'conflict',
    message: "This chat was rescheduled as often as the event's limit allows.",
  },
  no_show_limit: {
    kind: 'conflict',
    message:
      'You missed as many booked chats at this event as its limit of no-shows allows, so you cannot request or book new chats here.',
  },
  check_in_not_open: {
    kind: 'conflict',
    message: "Check-in opens 10 minutes before the chat starts. Say I'm here then.",
  },
  check_in_closed: { kind: 'conflict', message: 'This chat has ended: there is nothing to check in to.' },
  not_booked: { kind: 'conflict', message: 'This 1-1 chat is not booked for a time.' },
  running_late_too_late: {
    kind: 'conflict',
    message: 'This chat has ended, so there is no one to tell that you are running late.',
  },
  no_show_too_early: {
    kind: 'conflict',
    message: 'A talent can be marked a no-show only a few minutes after the chat starts, as the event sets.',
  },
  no_show_checked_in: {
    kind: 'conflict',
    message: 'The talent checked in for this chat, so they are not a no-show.',
  },
  invitations_closed: {
    kind: 'forbidden',
    message: 'The organizer of this event does not let recruiters send invitations.',
  },
  talent_not_registered: { kind: 'not_found', message: 'This talent is not registered for this event.' },
  wrong_state: {
    kind: 'conflict',
    message: 'This 1-1 chat has changed meanwhile. Reload to see where it stands.',
  },
  not_your_turn: { kind: 'forbidden', message: 'The other side has to do this.' },
  slot_taken: {
    kind: 'conflict',
    message: 'Someone else just booked this time slot. Please pick another one.',
  },
  talent_busy: {
    kind: 'conflict',
    message: 'You already have another 1-1 chat at this time. Please pick another slot.',
  },
  not_a_free_slot: {
    kind: 'conflict',
    message: 'This time slot is no longer available. Please pick another one.',
  },
  decline_reason_required: {
    kind: 'unprocessable',
    message: 'Write a short reason for the talent, or choose one of the ready-made reasons.',
  },
  company_not_at_event: { kind: 'not_found', message: 'This company does not take part in this event.' },
  offer_lapsed: {
    kind: 'conflict',
    message: 'The time held for you has lapsed and went to the next person waiting. Join the waitlist again.',
  },
  invalid_suggestion: {
    kind: 'invalid',
    message: 'You can only suggest a colleague of your company who has confirmed their availability.',
  },
});

export const chatsApi = defineRoutes('chats', {
  list: {
    method: 'GET',
    path: '/api/events/:id/chats',
    summary:
      "A page of the viewer's 1-1 chats at an event (recruiters: their own, a colleague's, or the whole team's), optionally of one status, with the counts per status",
    params: IdParams,
    query: ChatListQuery,
    responses: { 200: ChatListResponse },
  },
  request: {
    method: 'POST',
    path: '/api/events/:id/chats',
    summary:
      "A talent requests a 1-1 chat with a recruiter (409 `chats.limit_open_requests` / `chats.limit_talent_chats` at the event's limits, 422 `chats.requests_cut_off` after the request cut-off)",
    params: IdParams,
    body: ChatRequestInput,
    responses: { 201: Chat },
  },
  recruiterSlots: {
    method: 'GET',
    path: '/api/events/:id/recruiters/:recruiterId/slots',
    summary:
      "Direct booking: the recruiter's free slots the talent may book, leaving out times the talent is already booked",
    params: RecruiterParams,
    responses: { 200: FreeSlotsResponse },
  },
  book: {
    method: 'POST',
    path: '/api/events/:id/recruiters/:recruiterId/book',
    summary:
      "Direct booking: a talent books one of the recruiter's free slots in one step; the chat is created confirmed (409 when someone else was faster, 422 outside the booking window)",
    params: RecruiterParams,
    body: DirectBookingInput,
    responses: { 201: Chat },
  },
  get: {
    method: 'GET',
    path: '/api/chats/:chatId',
    summary: 'One 1-1 chat',
    params: ChatParams,
    responses: { 200: Chat },
  },
  approve: {
    method: 'POST',
    path: '/api/chats/:chatId/approve',
    summary: 'Approve a request: the talent may pick a slot',
    params: ChatParams,
    responses: { 200: Chat },
  },
  decline: {
    method: 'POST',
    path: '/api/chats/:chatId/decline',
    summary:
      'Decline a request (the recruiter must give a reason: 422 without one) or an invitation (a message is optional)',
    params: ChatParams,
    body: DeclineInput,
    responses: { 200: Chat },
  },
  withdraw: {
    method: 'POST',
    path: '/api/chats/:chatId/withdraw',
    summary: 'A talent withdraws a request not yet answered',
    params: ChatParams,
    responses: { 200: Chat },
  },
  freeSlots: {
    method: 'GET',
    path: '/api/chats/:chatId/slots',
    summary:
      "The recruiter's free slots the talent may pick for this chat, without those the event's fair-use rules leave out (`ruleNotes` says why for whole days)",
    params: ChatParams,
    responses: { 200: FreeSlotsResponse },
  },
  confirm: {
    method: 'POST',
    path: '/api/chats/:chatId/confirm',
    summary:
      'Confirm Time Slot: book a free slot (409 when someone else was faster or a fair-use limit is reached, e.g. `chats.limit_talent_day`; 422 `chats.notice_too_short` within the minimum notice)',
    params: ChatParams,
    body: ConfirmChatInput,
    responses: { 200: Chat },
  },
  cancel: {
    method: 'POST',
    path: '/api/chats/:chatId/cancel',
    summary:
      "Either side cancels a chat that is still going on (a booked slot is freed); a talent's cancellation of a booked chat after the event's cut-off answers 422 `chats.change_cut_off`",
    params: ChatParams,
    body: ChatChangeInput,
    responses: { 200: Chat },
  },
  reschedule: {
    method: 'POST',
    path: '/api/chats/:chatId/reschedule',
    summary:
      "Either side sends a confirmed chat back to In Scheduling: the slot is freed, the talent picks again (a talent's: 422 `chats.change_cut_off` after the event's cut-off, 409 `chats.reschedule_limit` beyond its limit)",
    params: ChatParams,
    body: ChatChangeInput,
    responses: { 200: Chat },
  },
  move: {
    method: 'POST',
    path: '/api/chats/:chatId/move',
    summary:
      "The recruiter's side moves a confirmed chat to another free slot, with an optional word to the talent (409 when it was just taken)",
    params: ChatParams,
    body: MoveInput,
    responses: { 200: Chat },
  },
  checkIn: {
    method: 'POST',
    path: '/api/chats/:chatId/check-in',
    summary:
      "I'm here: the talent, or the recruiter's side (the recruiter or a colleague taking the chat), checks in from 10 minutes before a confirmed chat until its end; again changes nothing (409 `chats.check_in_not_open` too early). The chat's QR code at the booth opens a page that calls it; entering the video room checks in too",
    params: ChatParams,
    responses: { 200: Chat },
  },
  runningLate: {
    method: 'POST',
    path: '/api/chats/:chatId/running-late',
    summary: 'The talent tells the recruiter, in one tap, that they are running 5 or 10 minutes late',
    params: ChatParams,
    body: RunningLateInput,
    responses: { 200: Chat },
  },
  markNoShow: {
    method: 'POST',
    path: '/api/chats/:chatId/no-show',
    summary:
      "Mark no-show: the recruiter's side says the talent did not come, from the event's minutes after the start (409 `chats.no_show_too_early`; 409 `chats.no_show_checked_in` when the talent checked in); the time is freed and the talent told",
    params: ChatParams,
    responses: { 200: Chat },
  },
  noShows: {
    method: 'GET',
    path: '/api/events/:id/no-shows',
    summary: "The organizer's list of the event's no-shows: who did not come to which chat",
    params: IdParams,
    responses: { 200: NoShowList },
  },
  waitlists: {
    method: 'GET',
    path: '/api/events/:id/waitlists',
    summary:
      "For talents: their places on the event's waitlists; for recruiters: how many talents wait for each of their team and their company",
    params: IdParams,
    responses: { 200: WaitlistsResponse },
  },
  joinWaitlist: {
    method: 'PUT',
    path: '/api/events/:id/recruiters/:recruiterId/waitlist',
    summary:
      "For talents: join the recruiter's waitlist (idempotent, keeps the place); each freed time is offered to the first one waiting who could book it",
    params: RecruiterParams,
    responses: { 204: z.null() },
  },
  leaveWaitlist: {
    method: 'DELETE',
    path: '/api/events/:id/recruiters/:recruiterId/waitlist',
    summary: "For talents: leave the recruiter's waitlist (idempotent)",
    params: RecruiterParams,
    responses: { 204: z.null() },
  },
  joinCompanyWaitlist: {
    method: 'PUT',
    path: '/api/events/:id/companies/:companyId/waitlist',
    summary:
      "For talents: join the company's waitlist (idempotent, keeps the place): any of its recruiters may offer a freed time",
    params: CompanyParams,
    responses: { 204: z.null() },
  },
  leaveCompanyWaitlist: {
    method: 'DELETE',
    path: '/api/events/:id/companies/:companyId/waitlist',
    summary: "For talents: leave the company's waitlist (idempotent)",
    params: CompanyParams,
    responses: { 204: z.null() },
  },
  acceptOffer: {
    method: 'POST',
    path: '/api/chats/:chatId/accept-offer',
    summary:
      'Accept slot: the talent takes the time offered from a waitlist, re-checked like a booking (409 `chats.offer_lapsed` once its hold has passed)',
    params: ChatParams,
    responses: { 200: Chat },
  },
  declineOffer: {
    method: 'POST',
    path: '/api/chats/:chatId/decline-offer',
    summary:
      'The talent lets the offered time go: it is offered to the next one waiting, and the talent leaves that waitlist',
    params: ChatParams,
    responses: { 200: Chat },
  },
  invite: {
    method: 'POST',
    path: '/api/events/:id/invitations',
    summary: 'A recruiter invites a talent to a 1-1 chat with themself or a colleague',
    params: IdParams,
    body: InvitationInput,
    responses: { 201: Chat },
  },
});
