import { randomBytes } from 'node:crypto';

export const DEMO_EVENT = 'Demo Career Fair';
export const ORGANIZER = 'organizer@demo.parley.test';

/** Tells this run's names and emails apart from the demo data and from an earlier run on the same database. */
export function runTag(): string {
  return randomBytes(3).toString('hex');
}

/** An organizer besides the demo one (added by the global setup), with the demo password. */
export const SECOND_ORGANIZER = { email: 'organizer2@e2e.parley.test', name: 'Oscar Second' };
