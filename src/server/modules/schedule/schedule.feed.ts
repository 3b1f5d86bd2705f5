import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ServerTranslator } from '../../i18n/index.js';
import { buildCalendar, type CalendarChat, escapeText } from '../chats/index.js';

/**
 * The personal calendar feed's token is never stored: it is an HMAC of the user and their feed version, so it can
 * be checked on each fetch, and raising the version (a reset) turns every earlier address off at once.
 */
export function feedToken(secret: string, userId: string, version: number): string {
  return createHmac('sha256', secret).update(`calendar:${userId}:${version}`).digest('base64url');
}

export function isFeedToken(candidate: string, secret: string, userId: string, version: number): boolean {
  const expected = Buffer.from(feedToken(secret, userId, version));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The address calendar apps fetch, and its `webcal://` twin that opens their subscribe dialog. */
export function feedLinks(publicUrl: string, userId: string, token: string) {
  const url = `${publicUrl}/calendar/${userId}/${token}.ics`;
  return { url, subscribeUrl: url.replace(/^https?:/, 'webcal:') };
}

/** The `<token>.ics` part of a feed address, or null when it has another shape. */
export function tokenOfFile(file: string): string | null {
  return /^([A-Za-z0-9_-]+)\.ics$/.exec(file)?.[1] ?? null;
}

/** How often calendar apps should fetch the feed again: chats get booked and moved during an event. */
const REFRESH_INTERVAL = 'PT15M';

/**
 * A published calendar (METHOD:PUBLISH, not an invitation), holding the same VEVENTs as the emailed invitations,
 * named in its owner's language.
 */
export function buildCalendarFeed(tr: ServerTranslator, ownerName: string, chats: CalendarChat[]): string {
  return buildCalendar(
    [
      'METHOD:PUBLISH',
      `X-WR-CALNAME:${escapeText(tr.t('chats.calendar.feedName', { owner: ownerName }))}`,
      `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH_INTERVAL}`,
      `X-PUBLISHED-TTL:${REFRESH_INTERVAL}`,
    ],
    chats,
  );
}
