import { randomUUID } from 'node:crypto';
import { slotStarts } from '../../../shared/booking/grid.js';
import { addDays, utcToZoned } from '../../../shared/time/zoned.js';
import type { AppContext } from '../../context.js';
import { hashPassword } from '../auth/index.js';
import {
  DEMO_DOMAIN,
  DEMO_PASSWORD,
  DEMO_TIME_ZONE,
  demoChat,
  demoCompanies,
  demoEvent,
  demoOrganizer,
  demoRecruiterDetails,
  demoSupport,
  demoTalents,
} from './demo.data.js';
import { type DemoRows, hasUsers, insertDemoRows, lockSeeding } from './demo.repository.js';

export interface SeededDemo {
  accounts: { email: string; name: string; label: string }[];
}

/** The contract's days, counted from the event's today; `chosen` is the duration recruiter1 offers that day. */
const demoDays = [
  { offset: 0, mode: 'virtual', opens: 0, closes: 24 * 60, durations: [15, 30], chosen: 30 },
  { offset: 1, mode: 'in_person', opens: 9 * 60, closes: 17 * 60, durations: [20], chosen: 20 },
  { offset: 2, mode: 'virtual', opens: 9 * 60, closes: 17 * 60, durations: [15, 20, 30], chosen: 20 },
] as const;

const CHAT_MINUTES = 30;

/** All demo rows for a given moment; pure apart from the random ids, so a test can look at it without a database. */
function buildDemoRows(
  now: Date,
  passwordHash: string,
): { rows: DemoRows; accounts: SeededDemo['accounts'] } {
  const accounts: SeededDemo['accounts'] = [];
  const rows: DemoRows = {
    companies: [],
    users: [],
    talentProfiles: [],
    events: [],
    eventDays: [],
    eventCompanies: [],
    eventTalents: [],
    recruiterDetails: [],
    availabilityDays: [],
    chats: [],
    chatHistory: [],
  };
  const addUser = (
    person: { email: string; name: string },
    role: 'organizer' | 'recruiter' | 'talent' | 'support',
    label: string,
    companyId: string | null = null,
    registeredBy: string | null = null,
  ) => {
    const id = randomUUID();
    rows.users.push({ id, ...person, role, companyId, registeredBy, passwordHash, createdAt: now });
    accounts.push({ ...person, label });
    return id;
  };

  const organizerId = addUser(demoOrganizer, 'organizer', 'Organizer');
  const eventId = randomUUID();
  rows.events.push({
    id: eventId,
    organizerId,
    ...demoEvent,
    timeZone: DEMO_TIME_ZONE,
    requestPolicy: 'both',
    publishedAt: now,
    createdAt: now,
    updatedAt: now,
  });

  const today = utcToZoned(now, DEMO_TIME_ZONE).date;
  const days = demoDays.map((day) => {
    const row = {
      id: randomUUID(),
      eventId,
      date: addDays(today, day.offset),
      mode: day.mode,
      opensAtMinute: day.opens,
      closesAtMinute: day.closes,
      durations: [...day.durations],
    };
    rows.eventDays.push(row);
    return { ...row, chosen: day.chosen };
  });

  const recruiterIds: string[] = [];
  for (const company of demoCompanies) {
    const companyId = randomUUID();
    rows.companies.push({ id: companyId, name: company.name, ownerId: organizerId, createdAt: now });
    rows.eventCompanies.push({ eventId, companyId, booth: company.booth, createdAt: now });
    for (const recruiter of company.recruiters) {
      recruiterIds.push(
        addUser(recruiter, 'recruiter', `Recruiter, ${company.name}`, companyId, organizerId),
      );
    }
  }

  const talentIds = demoTalents.map(({ name, ...profile }, index) => {
    const talentId = addUser(
      { email: `talent${index + 1}@${DEMO_DOMAIN}`, name },
      'talent',
      'Talent',
      null,
      organizerId,
    );
    rows.talentProfiles.push({ userId: talentId, ...profile, updatedAt: now });
    rows.eventTalents.push({ eventId, talentId, createdAt: now });
    return talentId;
  });
  addUser(demoSupport, 'support', 'Support');

  // recruiter1 is bookable on every day; recruiter2 and recruiter3 have set nothing up yet.
  const recruiterId = recruiterIds[0]!;
  rows.recruiterDetails.push({
    eventId,
    recruiterId,
    ...demoRecruiterDetails,
    confirmedAt: now,
    updatedAt: now,
  });
  for (const day of days) {
    rows.availabilityDays.push({
      eventDayId: day.id,
      recruiterId,
      durationMinutes: day.chosen,
      openSlotStarts: slotStarts(day, day.chosen, DEMO_TIME_ZONE),
      updatedAt: now,
    });
  }

  // Day 1 runs from 00:00 to 24:00 of the event's today, so it always contains `now`. Seeded shortly before
  // midnight, the chat ends after the day closes; it stays on day 1, where it started.
  const talentId = talentIds[0]!;
  const chatId = randomUUID();
  rows.chats.push({
    id: chatId,
    eventId,
    talentId,
    recruiterId,
    initiatedBy: 'talent',
    createdById: talentId,
    state: 'confirmed',
    talentAnswer: demoChat.talentAnswer,
    eventDayId: days[0]!.id,
    startsAt: now,
    endsAt: new Date(now.getTime() + CHAT_MINUTES * 60_000),
    createdAt: now,
    updatedAt: now,
  });
  // Its history as the app would have written it: the request with its message, the approval, the booking.
  const talentSays = { chatId, actorId: talentId, side: 'talent' as const, at: now };
  rows.chatHistory.push(
    { ...talentSays, kind: 'requested', message: demoChat.requestMessage },
    { chatId, actorId: recruiterId, side: 'recruiter', at: now, kind: 'approved' },
    { ...talentSays, kind: 'booked', toStartsAt: now },
  );
  return { rows, accounts };
}

/**
 * Creates the contract's demo data on an empty database, in one transaction, and returns the logins to print.
 * `force: false` (SEED_DEMO=false) never seeds; otherwise an empty database is seeded and a non-empty one never is.
 */
export async function seedDemoIfEmpty(input: {
  ctx: AppContext;
  force: boolean | undefined;
}): Promise<SeededDemo | null> {
  const { ctx, force } = input;
  if (force === false || (await hasUsers(ctx.db))) return null;
  // One slow scrypt hash, shared by every account, and computed outside the transaction.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { rows, accounts } = buildDemoRows(ctx.now(), passwordHash);
  return ctx.db.transaction(async (tx) => {
    await lockSeeding(tx);
    if (await hasUsers(tx)) return null;
    await insertDemoRows(tx, rows);
    return { accounts };
  });
}
