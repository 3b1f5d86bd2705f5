import { z } from 'zod';
import { say } from './schema-messages.js';

/**
 * An IANA zone Intl knows, such as Europe/Berlin: events' and people's clocks. A module of its own, so the sign-in
 * pages, which check a person's zone, do not carry the events' schemas.
 */
export const TimeZone = z
  .string()
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return zone.includes('/') || zone === 'UTC';
      } catch {
        return false;
      }
    },
    { error: say('events.timeZone') },
  );
