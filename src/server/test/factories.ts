import { randomUUID } from 'node:crypto';
import type { Queryable } from '../infra/db/client.js';
import { users } from '../modules/auth/auth.table.js';
import { hashPassword } from '../modules/auth/auth.passwords.js';
import { availabilityDays, recruiterDetails } from '../modules/availability/availability.table.js';
import { chats } from '../modules/chats/chats.table.js';
import { companies } from '../modules/companies/companies.table.js';
import { eventDays, events } from '../modules/events/events.table.js';
import { eventCompanies, eventTalents } from '../modules/registrations/registrations.table.js';
import { talentProfiles } from '../modules/talents/talents.table.js';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;
const unique = () => randomUUID().slice(0, 8);

type Role = 'organizer' | 'recruiter' | 'talent' | 'support';

/** Factories create whatever parents they are not given, as Outline's test factories do. */
export async function buildUser(
  q: Queryable,
  input: {
    role?: Role;
    email?: string;
    name?: string;
    companyId?: string;
    password?: string | null;
    registeredBy?: string;
  } = {},
) {
  const role = input.role ?? 'talent';
  const companyId = role === 'recruiter' ? (input.companyId ?? (await buildCompany(q)).id) : null;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash =
    input.password === null ? null : input.password ? await hashPassword(input.password) : await passwordHash;
  const [user] = await q
    .insert(users)
    .values({
      email: input.email ?? `${role}-${unique()}@example.test`,
      name: input.name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${unique()}`,
      role,
      companyId,
      registeredBy: input.registeredBy,
      passwordHash: hash,
    })
    .returning();
  if (role === 'talent') await q.insert(talentProfiles).values({ userId: user!.id });
  return user!;
}

export async function buildCompany(q: Queryable, input: { name?: string; ownerId?: string } = {}) {
  const [company] = await q
    .insert(companies)
    .values({ name: input.name ?? `Company ${unique()}`, ownerId: input.ownerId })
    .returning();
  return company!;
}

export async function buildEvent(
  q: Queryable,
  input: {
    organizerId?: string;
    name?: string;
    timeZone?: string;
    requestPolicy?: 'talents' | 'recruiters' | 'both';
    bookingMode?: 'approval' | 'direct';
    recruitersMayRequireApproval?: boolean;
    bookingsOpenAt?: Date | null;
    bookingsCloseAt?: Date | null;
    published?: boolean;
    days?: {
      date: string;
      mode?: 'virtual' | 'in_person';
      opens?: number;
      closes?: number;
      durations?: number[];
    }[];
  } = {},
) {
  const organizerId = input.organizerId ?? (await buildUser(q, { role: 'organizer' })).id;
  const [event] = await q
    .insert(events)
    .values({
      organizerId,
      name: input.name ?? `Event ${unique()}`,
      timeZone: input.timeZone ?? 'Europe/Berlin',
      requestPolicy: input.requestPolicy ?? 'both',
      bookingMode: input.bookingMode,
      recruitersMayRequireApproval: input.recruitersMayRequireApproval,
      bookingsOpenAt: input.bookingsOpenAt,
      bookingsCloseAt: input.bookingsCloseAt,
      publishedAt: input.published === false ? null : new Date(),
    })
    .returning();
  const days = await q
    .insert(eventDays)
    .values(
      (input.days ?? [{ date: '2030-03-04' }]).map((day) => ({
        eventId: event!.id,
        date: day.date,
        mode: day.mode ?? 'virtual',
        opensAtMinute: day.opens ?? 9 * 60,
        closesAtMinute: day.closes ?? 17 * 60,
        durations: day.durations ?? [15, 30],
      })),
    )
    .returning();
  return { ...event!, days };
}

export async function registerCompany(q: Queryable, eventId: string, companyId: string, booth = '') {
  await q.insert(eventCompanies).values({ eventId, companyId, booth });
}

export async function registerTalent(q: Queryable, eventId: string, talentId: string) {
  await q.insert(eventTalents).values({ eventId, talentId });
}

/** A recruiter who opened the given slots on a day and confirmed availability, as talents find them. */
export async function buildBookableRecruiter(
  q: Queryable,
  input: {
    eventId: string;
    eventDayId: string;
    companyId?: string;
    durationMinutes: number;
    openSlotStarts: Date[];
    customQuestion?: string;
  },
) {
  const recruiter = await buildUser(q, { role: 'recruiter', companyId: input.companyId });
  await q
    .insert(eventCompanies)
    .values({ eventId: input.eventId, companyId: recruiter.companyId!, booth: 'Booth 7' })
    .onConflictDoNothing();
  await q.insert(availabilityDays).values({
    eventDayId: input.eventDayId,
    recruiterId: recruiter.id,
    durationMinutes: input.durationMinutes,
    openSlotStarts: input.openSlotStarts,
  });
  await q.insert(recruiterDetails).values({
    eventId: input.eventId,
    recruiterId: recruiter.id,
    customQuestion: input.customQuestion ?? null,
    confirmedAt: new Date(),
  });
  return recruiter;
}

/** A chat straight in the given state, for tests that start from the middle of its life. */
export async function buildChat(
  q: Queryable,
  input: {
    eventId: string;
    talentId: string;
    recruiterId: string;
    state: 'requested' | 'invited' | 'in_scheduling' | 'confirmed';
    /** A confirmed chat's day and time. */
    booked?: { eventDayId: string; startsAt: Date; endsAt: Date };
  },
) {
  const [chat] = await q
    .insert(chats)
    .values({
      eventId: input.eventId,
      talentId: input.talentId,
      recruiterId: input.recruiterId,
      initiatedBy: input.state === 'invited' ? 'recruiter' : 'talent',
      createdById: input.state === 'invited' ? input.recruiterId : input.talentId,
      state: input.state,
      ...input.booked,
    })
    .returning();
  return chat!;
}

/** Many talents registered for an event at once, in a few statements: for load and race tests. */
export async function buildTalents(q: Queryable, eventId: string, count: number) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const batch = unique();
  const rows = await q
    .insert(users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        email: `talent-${batch}-${i}@example.test`,
        name: `Talent ${batch} ${i}`,
        role: 'talent' as const,
        passwordHash: hash,
      })),
    )
    .returning();
  await q.insert(talentProfiles).values(rows.map((row) => ({ userId: row.id })));
  await q.insert(eventTalents).values(rows.map((row) => ({ eventId, talentId: row.id })));
  return rows;
}
