import { randomBytes } from 'node:crypto';

export const DEMO_EVENT = 'Demo Career Fair';
export const ORGANIZER = 'organizer@demo.parley.test';

/** Tells this run's names and emails apart from the demo data and from an earlier run on the same database. */
export function runTag(): string {
  return randomBytes(3).toString('hex');
}
