import { sql } from 'drizzle-orm';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { availabilityDays, recruiterDetails } from '../availability/availability.table.js';
import { chatHistory, chats } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { eventDays, events } from '../events/events.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';
import { talentProfiles } from '../talents/talents.table.js';

/** Every row of the demo, ids included, so it is built without the database and inserted in one go. */
export interface DemoRows {
  companies: (typeof companies.$inferInsert)[];
  users: (typeof users.$inferInsert)[];
  talentProfiles: (typeof talentProfiles.$inferInsert)[];
  events: (typeof events.$inferInsert)[];
  eventDays: (typeof eventDays.$inferInsert)[];
  eventCompanies: (typeof eventCompanies.$inferInsert)[];
  eventTalents: (typeof eventTalents.$inferInsert)[];
  recruiterDetails: (typeof recruiterDetails.$inferInsert)[];
  availabilityDays: (typeof availabilityDays.$inferInsert)[];
  chats: (typeof chats.$inferInsert)[];
  chatHistory: (typeof chatHistory.$inferInsert)[];
}

const SEED_LOCK_KEY = 7_461_002;

export async function hasUsers(q: Queryable): Promise<boolean> {
  const [row] = await q.select({ id: users.id }).from(users).limit(1);
  return row !== undefined;
}

/** Several processes sharing one PostgreSQL server may start together: one seeds, the others then see users. */
export async function lockSeeding(q: Queryable): Promise<void> {
  await q.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
}

export async function insertDemoRows(q: Queryable, rows: DemoRows): Promise<void> {
  // In foreign-key order: the organizer owns the companies, which the recruiters belong to.
  const members = rows.users.filter((user) => user.companyId !== null);
  await q.insert(users).values(rows.users.filter((user) => user.companyId === null));
  await q.insert(companies).values(rows.companies);
  await q.insert(users).values(members);
  await q.insert(talentProfiles).values(rows.talentProfiles);
  await q.insert(events).values(rows.events);
  await q.insert(eventDays).values(rows.eventDays);
  await q.insert(eventCompanies).values(rows.eventCompanies);
  await q.insert(eventTalents).values(rows.eventTalents);
  await q.insert(recruiterDetails).values(rows.recruiterDetails);
  await q.insert(availabilityDays).values(rows.availabilityDays);
  await q.insert(chats).values(rows.chats);
  await q.insert(chatHistory).values(rows.chatHistory);
}
