import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AuthorizationWorld,
  buildAuthorizationWorld,
  cvOf,
  dayTwo,
  homeSide,
  ROLES,
  type Role,
  type WorldSide,
  WORLD_NOW,
} from './test/authorization-world.js';
import { type DatabaseSnapshot, snapshotDatabase } from './test/database-snapshot.js';
import { TEST_PASSWORD } from './test/factories.js';
import { withTestApp } from './test/test-app.js';

/** The roles that also call each route in the crossed variant. */
const CROSSING_ROLES = ROLES.filter((role) => homeSide(role) === 'B');

/** What a request is made of; path parameters left out are filled by name (see `defaultParams`). */
interface RequestParts {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/**
 * The victim's side as the caller sees it: side A's resources, except `event`, which is the caller's own in the
 * crossed variant (a B role naming A's company, talent, recruiter, day or chat under its own event).
 */
type View = WorldSide & { other: WorldSide };

interface Row {
  key: string;
  method: string;
  path: string;
  outcomes: Record<Role, string[]>;
  request: (v: View) => RequestParts;
  /** Outcomes of the crossed variant for organizer B, recruiter B and talent B (default: 403 or 404 each). */
  crossed: Partial<Record<Role, string[]>>;
  /** Why this route may answer with the other side's data (a login, a link or a feed address is its owner's). */
  foreignData?: string;
}

/**
 * The authorization matrix: every route of the OpenAPI document, called by every role on side A's resources.
 *
 *   route('METHOD /path/{param}', 'anon orgA orgB recA recB colA talA talB supp', request?, options?)
 *
 * - The route is written as in the OpenAPI document; a second row for one route adds a label in parentheses:
 *   `'GET /calendar/{userId}/{file} (another user's token)'`.
 * - Outcomes, one per role in the column order of `ROLES`: `ok` is any 2xx, a number is that status, `a|b` is
 *   either. Side A is organizer A's event with company A (recruiter A and colleague A) and talent A; the B roles
 *   and the support agent act on A's resources. A refusal (any non-2xx) must leave the database unchanged.
 * - `request(v)` gives what is not filled by name: `v` is side A (its `event` is the caller's own in the crossed
 *   variant) and `v.other` side B. By name: id → v.event, companyId → v.company, talentId → v.talent,
 *   recruiterId → v.recruiter, dayId → v.day (second day), chatId → v.chats.roomOpen (the confirmed chat whose room
 *   is open), conversationId → v.conversation (talent A's support conversation), notificationId →
 *   v.notification (talent A's), requestId → v.companyRequest (talent A's, waiting, to company A), noteId →
 *   v.note (recruiter A's, on the room-open chat), reportId → v.report (talent A's report of recruiter A), mailId →
 *   v.mail (talent A's email of that notification), announcementId → v.announcement (organizer A's, scheduled).
 * - An answer names no id or email of the caller's other side that its request did not name (the support agent
 *   serves both sides), unless `{ foreignData: 'why' }` says why it may.
 * - Crossed variant: when a route names A's resources besides the event, organizer B, recruiter B and talent B
 *   also call it with their own event and A's other resources; it must be refused (403 or 404 each, unless
 *   `{ crossed: 'orgB recB talB' }` gives their outcomes) and change nothing.
 * - A new route needs one line here: the first test names every documented route without a row.
 */
const BEARER = { foreignData: 'the bearer of a password, link or feed address is shown what it opens' };

// biome-ignore format: the matrix reads as a table
const ROUTES: Row[] = [
  //                                                              anon  orgA  orgB  recA  recB  colA  talA  talB  supp
  route('GET /health',                                           'ok    ok    ok    ok    ok    ok    ok    ok    ok'),
  route('POST /api/auth/login',                                  'ok    ok    ok    ok    ok    ok    ok    ok    ok', (v) => ({ body: { email: v.talent.email, password: TEST_PASSWORD } }), BEARER),
  route('POST /api/auth/logout',                                 'ok    ok    ok    ok    ok    ok    ok    ok    ok'),
  route('GET /api/auth/session',                                 '401   ok    ok    ok    ok    ok    ok    ok    ok'),
  route('POST /api/auth/password',                               '401   ok    ok    ok    ok    ok    ok    ok    ok', () => ({ body: { currentPassword: TEST_PASSWORD, newPassword: 'another-horse-battery' } })),
  route('POST /api/auth/password-reset',                         'ok    ok    ok    ok    ok    ok    ok    ok    ok', (v) => ({ body: { email: v.talent.email } })),
  route('GET /api/auth/tokens/{token}',                          'ok    ok    ok    ok    ok    ok    ok    ok    ok', (v) => ({ params: { token: v.invitee.token } }), BEARER),
  route('POST /api/auth/tokens/use',                             'ok    ok    ok    ok    ok    ok    ok    ok    ok', (v) => ({ body: { token: v.invitee.token, password: 'invitee-horse-battery' } }), BEARER),
  route('GET /api/me/time-zone',                                 '401   ok    ok    ok    ok    ok    ok    ok    ok'),
  route('PUT /api/me/time-zone',                                 '401   ok    ok    ok    ok    ok    ok    ok    ok', () => ({ body: { timeZone: 'Europe/London' } })),
  route('PUT /api/me/browser-time-zone',                         '401   ok    ok    ok    ok    ok    ok    ok    ok', () => ({ body: { timeZone: 'America/New_York' } })),
  route('GET /api/me/language',                                  '401   ok    ok    ok    ok    ok    ok    ok    ok'),
  route('PUT /api/me/language',                                  '401   ok    ok    ok    ok    ok    ok    ok    ok', () => ({ body: { language: 'de' } })),
  route('PUT /api/me/browser-language',                          '401   ok    ok    ok    ok    ok    ok    ok    ok', () => ({ body: { language: 'de' } })),
  route('GET /api/dev/mailbox',                                  '200|404 200|403|404 200|403|404 403|404 403|404 403|404 403|404 403|404 403|404', () => ({}), { foreignData: 'the local outbox shows every mail' }),

  route('GET /api/events',                                       '401   ok    ok    ok    ok    ok    ok    ok    ok'),
  route('GET /api/home',                                         '401   ok    ok    ok    ok    ok    ok    ok    ok'),
  route('POST /api/events',                                      '401   ok    ok    403   403   403   403   403   403', () => ({ body: eventInput('New fair', []) })),
  route('GET /api/events/{id}',                                  '401   ok    404   ok    404   ok    ok    404   ok'),
  route('PUT /api/events/{id}',                                  '401   ok    404   403   404   403   403   404   403', (v) => ({ body: eventInput('Renamed fair', v.event.days) })),
  route('POST /api/events/{id}/publish',                         '401   ok    404   403   404   403   403   404   403'),
  route('POST /api/events/{id}/unpublish',                       '401   ok    404   403   404   403   403   404   403'),

  route('GET /api/events/{id}/companies',                        '401   ok    404   403   404   403   403   404   403'),
  route('POST /api/events/{id}/companies',                       '401   ok    404   403   404   403   403   404   403', () => ({ body: { name: 'Newcomer Inc', booth: '', recruiters: [] } })),
  route('PATCH /api/events/{id}/companies/{companyId}',          '401   ok    404   403   404   403   403   404   403', () => ({ body: { booth: 'Moved booth' } })),
  route('DELETE /api/events/{id}/companies/{companyId}',         '401   ok    404   403   404   403   403   404   403', (v) => ({ params: { companyId: v.idleCompany.id } })),
  route('POST /api/events/{id}/companies/{companyId}/recruiters', '401  ok    404   403   404   403   403   404   403', () => ({ body: { name: 'New Recruiter', email: 'new-recruiter@example.test' } })),
  route('GET /api/events/{id}/talents',                          '401   ok    404   403   404   403   403   404   403'),
  route('POST /api/events/{id}/talents',                         '401   ok    404   403   404   403   403   404   403', () => ({ body: { name: 'New Talent', email: 'new-talent@example.test' } })),
  route('DELETE /api/events/{id}/talents/{talentId}',            '401   ok    404   403   404   403   403   404   403', (v) => ({ params: { talentId: v.idleTalent.id } })),
  route('POST /api/events/{id}/import',                          '401   ok    404   403   404   403   403   404   403', () => ({ body: { kind: 'talents', csv: 'email,name\nimported@example.test,Imported Talent\n' } })),

  route('GET /api/me/profile',                                   '401   403   403   403   403   403   ok    ok    403'),
  route('PUT /api/me/profile',                                   '401   403   403   403   403   403   ok    ok    403', () => ({ body: { name: 'Renamed Person' } })),
  route('GET /api/events/{id}/talent-profiles',                  '401   ok    404   ok    404   ok    403   404   403'),
  route('GET /api/events/{id}/talent-profiles/{talentId}',       '401   ok    404   ok    404   ok    403   404   403'),
  route('GET /api/events/{id}/matches',                          '401   403   404   ok    404   ok    ok    404   403'),
  route('GET /api/me/cv',                                        '401   403   403   403   403   403   ok    ok    403'),
  route('PUT /api/me/cv',                                        '401   403   403   403   403   403   ok    ok    403', () => ({ body: cvOf('new') })),
  route('DELETE /api/me/cv',                                     '401   403   403   403   403   403   ok    ok    403'),
  route('GET /api/events/{id}/talent-profiles/{talentId}/cv',    '401   ok    404   ok    404   ok    403   404   403'),

  route('GET /api/events/{id}/team',                             '401   403   404   ok    404   ok    403   404   403'),
  route('GET /api/events/{id}/recruiters/{recruiterId}/availability', '401 403 404 ok    404   ok    403   404   403'),
  route('PUT /api/events/{id}/recruiters/{recruiterId}/availability/days/{dayId}', '401 403 404 ok 404 ok 403 404 403', () => ({ body: { durationMinutes: 30, openSlotStarts: ['08:00', '08:30', '09:00', '09:30'].map((hhmm) => dayTwo(hhmm).toISOString()) } })),
  route('PUT /api/events/{id}/recruiters/{recruiterId}/availability/days/{dayId} (a day of another event)', '401 403 404 404 404 404 403 404 403', (v) => ({ params: { dayId: v.other.day.id }, body: { durationMinutes: 30, openSlotStarts: [] } })),
  route('PUT /api/events/{id}/recruiters/{recruiterId}/details', '401   403   404   ok    404   ok    403   404   403', () => ({ body: { customQuestion: 'Why us?' } })),
  route('PUT /api/events/{id}/recruiters/{recruiterId}/details (requiring approval)', '401 403 404 ok 404 ok 403 404 403', () => ({ body: { requiresApproval: true } })),
  route('POST /api/events/{id}/recruiters/{recruiterId}/confirm', '401  403   404   ok    404   ok    403   404   403'),
  route('GET /api/events/{id}/recruiters',                       '401   403   404   403   404   403   ok    404   403'),
  route('GET /api/events/{id}/recruiters (favourites only)',     '401   403   404   403   404   403   ok    404   403', () => ({ query: { favourites: 'true' } })),
  route('PUT /api/events/{id}/favourites/{recruiterId}',         '401   403   404   403   404   403   ok    404   403'),
  route('PUT /api/events/{id}/favourites/{recruiterId} (a recruiter of another event)', '401 403 404 403 404 403 404 404 403', (v) => ({ params: { recruiterId: v.other.recruiter.id } })),
  // Talent B removing A's recruiter from their own favourites at their own event removes nothing: 204, no change.
  route('DELETE /api/events/{id}/favourites/{recruiterId}',      '401   403   404   403   404   403   ok    404   403', () => ({}), { crossed: '403|404 403|404 ok' }),

  route('GET /api/events/{id}/chats',                            '401   404   404   ok    404   ok    ok    404   404'),
  route("GET /api/events/{id}/chats (another company's recruiter)", '401 404 404 ok  404   ok    ok    404   404', (v) => ({ query: { recruiterId: v.other.recruiter.id, status: 'confirmed' } })),
  route('POST /api/events/{id}/chats',                           '401   403   403   403   403   403   ok    404   403', (v) => ({ body: { recruiterId: v.freeRecruiter.id } }), { crossed: '403 403 409' }),
  route('GET /api/events/{id}/recruiters/{recruiterId}/slots',   '401   403   403   403   403   403   ok    404   403', (v) => ({ params: { recruiterId: v.freeRecruiter.id } }), { crossed: '403 403 409' }),
  // Side A's event books on approval: its talent hears so (409); direct booking's success is in chats.direct-booking.test.ts.
  route('POST /api/events/{id}/recruiters/{recruiterId}/book',    '401   403   403   403   403   403   409   404   403', (v) => ({ params: { recruiterId: v.freeRecruiter.id }, body: { startsAt: dayTwo('09:00').toISOString() } }), { crossed: '403 403 409' }),
  route('POST /api/events/{id}/invitations',                     '401   403   403   ok    404   ok    403   403   403', (v) => ({ body: { talentId: v.idleTalent.id, recruiterId: v.recruiter.id } })),
  route('POST /api/events/{id}/invitations (a talent of another event)', '401 403 403 404 404 404 403   403   403', (v) => ({ body: { talentId: v.other.idleTalent.id, recruiterId: v.recruiter.id } })),
  route('GET /api/events/{id}/company-requests',                 '401   404   404   ok    404   ok    ok    404   404'),
  // Talent A's request to company A waits already (409); a request's success is in chats.company-requests.test.ts.
  route('POST /api/events/{id}/companies/{companyId}/requests',  '401   403   403   403   403   403   409   404   403', () => ({ body: { message: 'Anyone?' } }), { crossed: '403 403 409' }),
  // Side A's event books on approval: its talent is sent to a request (409); direct success is in the same test file.
  route('GET /api/events/{id}/companies/{companyId}/next-slot',  '401   403   403   403   403   403   409   404   403', () => ({}), { crossed: '403 403 409' }),
  route('POST /api/events/{id}/companies/{companyId}/book',      '401   403   403   403   403   403   409   404   403', () => ({}), { crossed: '403 403 409' }),
  route('POST /api/company-requests/{requestId}/accept',         '401   404   404   ok    404   ok    404   404   404', (v) => ({ body: { recruiterId: v.freeRecruiter.id } })),
  route("POST /api/company-requests/{requestId}/accept (for another company's recruiter)", '401 404 404 400 404 400 404 404 404', (v) => ({ body: { recruiterId: v.other.freeRecruiter.id } })),
  route('POST /api/company-requests/{requestId}/decline',        '401   404   404   ok    404   ok    404   404   404', () => ({ body: { message: 'Not this time' } })),
  route('POST /api/company-requests/{requestId}/withdraw',       '401   404   404   403   404   403   ok    404   404'),
  route('GET /api/chats/{chatId}',                               '401   404   404   ok    404   ok    ok    404   404'),
  route('POST /api/chats/{chatId}/approve',                      '401   404   404   ok    404   ok    403   404   404', (v) => ({ params: { chatId: v.chats.requested.id } })),
  route('POST /api/chats/{chatId}/decline',                      '401   404   404   ok    404   ok    403   404   404', (v) => ({ params: { chatId: v.chats.requested.id }, body: { message: 'Not this time' } })),
  route("POST /api/chats/{chatId}/decline (suggesting another company's recruiter)", '401 404 404 400 404 400 403 404 404', (v) => ({ params: { chatId: v.chats.requested.id }, body: { message: 'Ask them', suggestedRecruiterId: v.other.recruiter.id } })),
  route('POST /api/chats/{chatId}/withdraw',                     '401   404   404   403   404   403   ok    404   404', (v) => ({ params: { chatId: v.chats.requested.id } })),
  route('GET /api/chats/{chatId}/slots',                         '401   404   404   404   404   404   ok    404   404', (v) => ({ params: { chatId: v.chats.inScheduling.id } })),
  route('POST /api/chats/{chatId}/confirm',                      '401   404   404   403   404   403   ok    404   404', (v) => ({ params: { chatId: v.chats.inScheduling.id }, body: { startsAt: dayTwo('09:00').toISOString() } })),
  route('POST /api/chats/{chatId}/cancel',                       '401   404   404   ok    404   ok    ok    404   404', (v) => ({ params: { chatId: v.chats.confirmed.id } })),
  route('POST /api/chats/{chatId}/reschedule',                   '401   404   404   ok    404   ok    ok    404   404', (v) => ({ params: { chatId: v.chats.confirmed.id } })),
  route('POST /api/chats/{chatId}/move',                         '401   404   404   ok    404   ok    403   404   404', (v) => ({ params: { chatId: v.chats.confirmed.id }, body: { startsAt: dayTwo('08:30').toISOString() } })),

  // The world's days are virtual: queueing and calling are refused as such (409) to those allowed to try.
  route('GET /api/events/{id}/booths',                           '401   403   404   403   404   403   ok    404   403'),
  route('POST /api/events/{id}/booths/{companyId}/queue',        '401   403   404   403   404   403   409   404   403'),
  route('DELETE /api/events/{id}/booths/{companyId}/queue',      '401   403   404   403   404   403   ok    404   403'),
  route('GET /api/events/{id}/booth-queue',                      '401   403   404   ok    404   ok    403   404   403'),
  route('POST /api/events/{id}/booth-queue/call',                '401   403   404   409   404   409   403   404   403'),
  route('POST /api/events/{id}/booth-queue/{entryId}/chat',      '401   403   404   409   404   409   403   404   403', (v) => ({ params: { entryId: v.boothEntry.id } })),
  route('POST /api/events/{id}/booth-queue/{entryId}/not-here',  '401   403   404   ok    404   ok    403   404   403', (v) => ({ params: { entryId: v.boothEntry.id } })),
  route('POST /api/chats/{chatId}/check-in',                     '401   404   404   ok    404   ok    ok    404   404'),
  route('POST /api/chats/{chatId}/running-late',                 '401   404   404   403   404   403   ok    404   404', () => ({ body: { minutes: 5 } })),
  // The room-open chat started at 08:00 and its talent has not checked in: at 08:10 it may be marked.
  route('POST /api/chats/{chatId}/no-show',                      '401   404   404   ok    404   ok    403   404   404'),
  route('GET /api/events/{id}/no-shows',                         '401   ok    404   403   404   403   403   404   403'),
  route('GET /api/events/{id}/waitlists',                        '401   ok    404   ok    404   ok    ok    404   ok'),
  route('PUT /api/events/{id}/recruiters/{recruiterId}/waitlist', '401   403   403   403   403   403   ok    404   403', () => ({}), { crossed: '403 403 409' }),
  // Talent B leaving A's recruiter's waitlist at their own event leaves nothing: 204, no change.
  route('DELETE /api/events/{id}/recruiters/{recruiterId}/waitlist', '401 403   403   403   403   403   ok    404   403', () => ({}), { crossed: '403 403 ok' }),
  // Talent B naming A's company at their own event hears it does not take part there (404).
  route('PUT /api/events/{id}/companies/{companyId}/waitlist',   '401   403   403   403   403   403   ok    404   403', () => ({}), { crossed: '403 403 404' }),
  route('DELETE /api/events/{id}/companies/{companyId}/waitlist', '401 403  403   403   403   403   ok    404   403', () => ({}), { crossed: '403 403 404' }),
  route('POST /api/chats/{chatId}/accept-offer',                 '401   404   404   403   404   403   ok    404   404', (v) => ({ params: { chatId: v.chats.offered.id } })),
  route('POST /api/chats/{chatId}/decline-offer',                '401   404   404   403   404   403   ok    404   404', (v) => ({ params: { chatId: v.chats.offered.id } })),

  route('GET /api/chats/{chatId}/room',                          '401   403   403   ok    403   ok    ok    403   403'),
  route('GET /api/chats/{chatId}/room/messages',                 '401   403   403   ok    403   ok    ok    403   403'),
  route('POST /api/chats/{chatId}/room/messages',                '401   403   403   ok    403   ok    ok    403   403', () => ({ body: { body: 'Can you hear me?' } })),
  route('GET /api/chats/{chatId}/room/attendance',               '401   403   403   ok    403   ok    ok    403   403'),

  // Notes are the chat's company's: the talent is refused, anyone else does not see the chat; a note is its author's.
  route('GET /api/chats/{chatId}/notes',                         '401   404   404   ok    404   ok    403   404   404'),
  route('POST /api/chats/{chatId}/notes',                        '401   404   404   ok    404   ok    403   404   404', () => ({ body: { body: 'Asked about Rust' } })),
  route('PUT /api/chats/{chatId}/assessment',                    '401   404   404   ok    404   ok    403   404   404', () => ({ body: { rating: 4, tags: ['Rust'], nextStep: 'keep_in_touch' } })),
  route('PATCH /api/chat-notes/{noteId}',                        '401   404   404   ok    404   403   404   404   404', () => ({ body: { body: 'Strong in Rust' } })),
  route('DELETE /api/chat-notes/{noteId}',                       '401   404   404   ok    404   403   404   404   404'),

  route('GET /api/me/calendar-feed',                             '401   403   403   ok    ok    ok    ok    ok    403'),
  route('POST /api/me/calendar-feed/reset',                      '401   403   403   ok    ok    ok    ok    ok    403'),
  route('GET /calendar/{userId}/{file}',                         'ok    ok    ok    ok    ok    ok    ok    ok    ok', (v) => ({ params: v.feed }), BEARER),
  route("GET /calendar/{userId}/{file} (another user's token)",  '404   404   404   404   404   404   404   404   404', (v) => ({ params: { userId: v.feed.userId, file: v.other.feed.file } })),

  route('GET /api/support/conversation',                         '401   403   403   ok    ok    ok    ok    ok    403'),
  route('POST /api/support/messages',                            '401   403   403   ok    404   ok    ok    404   403', (v) => ({ body: { body: 'The sound is gone', eventId: v.event.id, chatId: v.chats.roomOpen.id } })),
  route('GET /api/support/conversations',                        '401   403   403   403   403   403   403   403   ok'),
  route('GET /api/support/conversations/{conversationId}',       '401   403   403   403   403   403   403   403   ok'),
  route('GET /api/support/conversations/{conversationId}/messages', '401 403 403 404 404 404 ok 404 ok'),
  route('POST /api/support/conversations/{conversationId}/replies', '401 403 403   403   403   403   403   403   ok', () => ({ body: { body: 'Try another browser' } })),
  route('POST /api/support/conversations/{conversationId}/close', '401  403   403   403   403   403   403   403   ok'),

  route('GET /api/me/notifications',                             '401   ok    ok    ok    ok    ok    ok    ok    ok'),
  route('GET /api/me/notifications (a page before another person\'s notification)', '401 400 400 400 400 400 ok 400 400', (v) => ({ query: { before: v.notification.id } })),
  route('POST /api/me/notifications/{notificationId}/read',      '401   404   404   404   404   404   ok    404   404'),
  route('POST /api/me/notifications/read',                       '401   ok    ok    ok    ok    ok    ok    ok    ok'),
  route('GET /api/me/safety',                                    '401   403   403   ok    ok    ok    ok    ok    403'),
  route('PUT /api/me/invitations-opt-out',                       '401   403   403   403   403   403   ok    ok    403'),
  route('DELETE /api/me/invitations-opt-out',                    '401   403   403   403   403   403   ok    ok    403'),
  route('GET /api/events/{id}/invitations-opt-out',              '401   403   403   403   403   403   ok    404   403'),
  route('PUT /api/events/{id}/invitations-opt-out',              '401   403   403   403   403   403   ok    404   403'),
  route('DELETE /api/events/{id}/invitations-opt-out',           '401   403   403   403   403   403   ok    404   403'),
  route('PUT /api/events/{id}/blocks/{userId}',                  '401   403   403   ok    404   ok    404   404   403', (v) => ({ params: { userId: v.talent.id } })),
  route('PUT /api/events/{id}/blocks/{userId} (a recruiter)',    '401   403   403   404   404   404   ok    404   403', (v) => ({ params: { userId: v.recruiter.id } })),
  route('DELETE /api/me/blocks/{userId}',                        '401   403   403   ok    ok    ok    ok    ok    403', (v) => ({ params: { userId: v.recruiter.id } })),
  route('GET /api/me/data-sharing',                              '401   403   403   403   403   403   ok    ok    403'),
  route('PUT /api/me/data-sharing/{companyId}',                  '401   403   403   403   403   403   ok    404   403'),
  route('DELETE /api/me/data-sharing/{companyId}',               '401   403   403   403   403   403   ok    404   403'),
  route('GET /api/events/{id}/handoff',                          '401   403   404   ok    404   ok    403   404   403'),
  route('GET /api/events/{id}/handoff/export',                   '401   403   404   ok    404   ok    403   404   403', () => ({ query: { format: 'csv' } })),
  route('GET /api/events/{id}/talent-profiles/{talentId}/contact', '401 403   403   ok    404   ok    403   403   403'),
  route('POST /api/events/{id}/reports',                         '401   403   403   ok    404   ok    404   404   403', (v) => ({ body: { reportedId: v.talent.id, reason: 'harassment', message: 'Rude in the chat.' } })),
  route('POST /api/events/{id}/reports (of a recruiter)',        '401   403   403   404   404   404   ok    404   403', (v) => ({ body: { reportedId: v.recruiter.id, reason: 'spam', message: 'Five invitations a day.' } })),
  route('GET /api/events/{id}/reports',                          '401   ok    404   403   404   403   403   404   403'),
  route('POST /api/events/{id}/reports/{reportId}/handled',      '401   ok    404   403   404   403   403   404   403'),
  route('GET /api/events/{id}/dashboard',                        '401   ok    404   403   404   403   403   404   403'),
  route('GET /api/events/{id}/dashboard/export',                 '401   ok    404   403   404   403   403   404   403', () => ({ query: { table: 'chats' } })),
  route('GET /api/events/{id}/notification-log',                 '401   ok    404   403   404   403   403   404   403'),
  route('GET /api/events/{id}/notification-log/summary',         '401   ok    404   403   404   403   403   404   403'),
  route('POST /api/events/{id}/notification-log/{mailId}/resend', '401  ok    404   403   404   403   403   404   403'),
  route('GET /api/events/{id}/health',                           '401   ok    404   403   404   403   403   404   403'),
  route('POST /api/events/{id}/health/reminders',                '401   ok|409 404  403   404   403   403   404   403', () => ({ body: { kind: 'unconfirmed', note: 'Please confirm.' } })),
  route('GET /api/events/{id}/announcements',                    '401   ok    404   403   404   403   403   404   403'),
  route('POST /api/events/{id}/announcements',                   '401   ok    404   403   404   403   403   404   403', () => ({ body: { audience: 'talents', subject: 'Doors open', message: 'At 9.' } })),
  route('POST /api/events/{id}/announcements (one company)',     '401   ok    404   403   404   403   403   404   403', (v) => ({ body: { audience: 'company', companyId: v.company.id, subject: 'Booths', message: 'Set up by 8.' } })),
  route('POST /api/events/{id}/announcements/{announcementId}/cancel', '401 ok 404   403   404   403   403   404   403'),
  route('GET /api/me/data-export',                               '401   ok    ok    ok    ok    ok    ok    ok    ok'),
  route('POST /api/me/account-deletion',                         '401   403   403   403   403   403   ok    ok    403', () => ({ body: { password: TEST_PASSWORD } })),
  route('POST /api/me/account-deletion (a wrong password)',      '401   403   403   403   403   403   400   400   403', () => ({ body: { password: 'someone-elses-password' } })),
  route('GET /api/me/notification-preferences',                  '401   ok    ok    ok    ok    ok    ok    ok    ok'),
  route('PUT /api/me/notification-preferences',                  '401   ok    ok    ok    ok    ok    ok    ok    ok', () => ({ body: { email: { requests: false, answers: true, changes: true } } })),
];

function route(
  key: string,
  outcomes: string,
  request: (v: View) => RequestParts = () => ({}),
  options: { crossed?: string; foreignData?: string } = {},
): Row {
  const [, method, path] = /^(\w+) (\S+)/.exec(key) ?? [];
  const columns = outcomes.trim().split(/\s+/);
  const crossed = (options.crossed ?? '403|404 403|404 403|404').trim().split(/\s+/);
  if (!method || !path || columns.length !== ROLES.length || crossed.length !== CROSSING_ROLES.length) {
    throw new Error(`Matrix row "${key}" needs a method, a path and ${ROLES.length} outcomes`);
  }
  const byRole = (roles: readonly Role[], cells: string[]) =>
    Object.fromEntries(roles.map((role, i) => [role, cells[i]!.split('|')]));
  return {
    key,
    method,
    path,
    outcomes: byRole(ROLES, columns) as Row['outcomes'],
    request,
    crossed: byRole(CROSSING_ROLES, crossed),
    foreignData: options.foreignData,
  };
}

function eventInput(name: string, days: { id: string; date: string }[]) {
  return {
    name,
    description: '',
    timeZone: 'Europe/Berlin',
    requestPolicy: 'both',
    days: (days.length > 0 ? days : [{ date: '2030-06-01' }]).map((day) => ({
      ...day,
      mode: 'virtual',
      opensAt: '09:00',
      closesAt: '17:00',
      durations: [30],
    })),
  };
}

const defaultParams = (v: View): Record<string, string> => ({
  id: v.event.id,
  companyId: v.company.id,
  talentId: v.talent.id,
  recruiterId: v.recruiter.id,
  dayId: v.day.id,
  chatId: v.chats.roomOpen.id,
  conversationId: v.conversation.id,
  notificationId: v.notification.id,
  requestId: v.companyRequest.id,
  noteId: v.note.id,
  reportId: v.report.id,
  mailId: v.mail.id,
  announcementId: v.announcement.id,
});

function urlOf(row: Row, v: View, parts: RequestParts): string {
  const params = { ...defaultParams(v), ...parts.params };
  const path = row.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
  const query = new URLSearchParams(parts.query).toString();
  return query ? `${path}?${query}` : path;
}

const t = withTestApp({ now: WORLD_NOW });
let world: AuthorizationWorld;
let database: DatabaseSnapshot;

beforeAll(async () => {
  world = await buildAuthorizationWorld(t);
  database = await snapshotDatabase(t.ctx.db);
}, 120_000);

const isAllowed = (status: number) => status >= 200 && status < 300;
const matches = (status: number, expected: string[]) =>
  expected.some((outcome) => (outcome === 'ok' ? isAllowed(status) : String(status) === outcome));

/**
 * Calls one route as one role and reports what went against the matrix: an unexpected status, or a refusal that
 * changed data. Whatever the request changed is put back, so every call meets the same world.
 */
async function attempt(row: Row, role: Role, v: View, expected: string[], label: string): Promise<string[]> {
  const parts = row.request(v);
  const body = parts.body ?? (row.method === 'GET' || row.method === 'DELETE' ? undefined : {});
  const response = await world.clients[role].request(row.method as 'GET', urlOf(row, v, parts), body);
  // What the request left to run in the background (an announcement's sending) belongs to its change.
  await t.ctx.background.settled();
  const after = await database.digests();
  await database.restore(after);
  const problems: string[] = [];
  if (!matches(response.statusCode, expected)) {
    problems.push(
      `${label}: expected ${expected.join(' or ')}, got ${response.statusCode} ${response.body.slice(0, 200)}`,
    );
  }
  const leaked = row.foreignData
    ? []
    : foreignNames(role).filter(
        (name) => response.body.includes(name) && !JSON.stringify(parts).includes(name),
      );
  if (leaked.length > 0) problems.push(`${label}: the answer names the other side's ${leaked.join(', ')}`);
  const changed = database.changedTables(database.snapshot, after);
  if (!isAllowed(response.statusCode) && changed.length > 0) {
    problems.push(`${label}: refused with ${response.statusCode} but changed ${changed.join(', ')}`);
  }
  return problems;
}

const views = () => ({
  straight: { ...world.A, other: world.B } as View,
  crossed: (role: Role) => ({ ...world.A, event: world[homeSide(role)].event, other: world.B }) as View,
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const EMAIL = /[\w.+-]+@[\w.-]+\.test/g;

/**
 * Ids and emails of the side a role has nothing to do with; no answer may name one its request did not. The
 * support agent serves both sides.
 */
function foreignNames(role: Role): string[] {
  if (role === 'support') return [];
  const other = JSON.stringify(world[homeSide(role) === 'A' ? 'B' : 'A']);
  return [...new Set([...(other.match(UUID) ?? []), ...(other.match(EMAIL) ?? [])])];
}

/** The parameters and body a row sends from a view, path parameters filled by name. */
function sentParts(row: Row, v: View): RequestParts {
  const parts = row.request(v);
  const params = { ...defaultParams(v), ...parts.params };
  const used = Object.entries(params).filter(([name]) => row.path.includes(`{${name}}`));
  return { ...parts, params: Object.fromEntries(used) };
}

/**
 * The crossed variant is worth a call when it differs from the straight one and still names something of side A
 * (otherwise it is simply the caller's own resource).
 */
function crossesSides(row: Row, straight: View, crossed: View): boolean {
  const sent = JSON.stringify(sentParts(row, crossed));
  if (sent === JSON.stringify(sentParts(row, straight))) return false;
  const sideA = JSON.stringify({ ...world.A, event: null });
  return (sent.match(UUID) ?? []).some((uuid) => sideA.includes(uuid));
}

describe('authorization matrix', () => {
  it('has one row for every route of the OpenAPI document, and no row for a route that is gone', () => {
    const documented = Object.entries((t.app.swagger() as { paths: Record<string, object> }).paths).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(ROUTES.map((row) => `${row.method} ${row.path}`));
    expect([
      ...documented.filter((key) => !covered.has(key)).map((key) => `no matrix row for ${key}`),
      ...[...covered].filter((key) => !documented.includes(key)).map((key) => `no such route: ${key}`),
    ]).toEqual([]);
  });

  it.each(ROUTES.map((row) => [row.key, row] as const))('%s', async (_key, row) => {
    const { straight, crossed } = views();
    const problems: string[] = [];
    for (const role of ROLES) {
      problems.push(...(await attempt(row, role, straight, row.outcomes[role], role)));
      if (homeSide(role) === 'B' && crossesSides(row, straight, crossed(role))) {
        problems.push(
          ...(await attempt(row, role, crossed(role), row.crossed[role]!, `${role} with its own event`)),
        );
      }
    }
    expect(problems).toEqual([]);
  });
});
