import { desc, eq } from 'drizzle-orm';
import type { SessionUser } from '../context.js';
import { requestPasswordReset } from '../modules/auth/auth.usecases.js';
import { mailOutbox } from '../infra/mail/mail.table.js';
import { announcements } from '../modules/announcements/announcements.table.js';
import { companyRequests } from '../modules/chats/chats.company-requests.table.js';
import { boothQueueEntries } from '../modules/booths/booths.table.js';
import { chats } from '../modules/chats/chats.table.js';
import { notifications } from '../modules/notifications/notifications.table.js';
import { insertNote } from '../modules/chat-notes/chat-notes.repository.js';
import { safetyReports } from '../modules/safety/safety.table.js';
import { insertMessage } from '../modules/rooms/rooms.repository.js';
import { getCalendarFeedLinks } from '../modules/schedule/schedule.usecases.js';
import { writeToSupport } from '../modules/support/support.usecases.js';
import { uploadOwnCv } from '../modules/talents/talents.cv.usecases.js';
import {
  buildBookableRecruiter,
  buildChat,
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from './factories.js';
import { anonymous, type Client, sessionClient, type TestApp } from './test-app.js';

/** The moment the world lives at: 09:10 in Berlin on the first event day, inside the open room's time. */
export const WORLD_NOW = new Date('2030-03-04T08:10:00Z');

/** Who calls, in the column order of the authorization matrix. */
export const ROLES = [
  'anonymous',
  'organizerA',
  'organizerB',
  'recruiterA',
  'recruiterB',
  'colleagueA',
  'talentA',
  'talentB',
  'support',
] as const;
export type Role = (typeof ROLES)[number];
export type Side = 'A' | 'B';

/** The side a role belongs to; the support agent and an anonymous caller belong to none, so they count as A. */
export const homeSide = (role: Role): Side => (role.endsWith('B') ? 'B' : 'A');

/** A slot start as UTC `HH:MM` of the second event day, when every recruiter has opened 08:00–09:30 UTC. */
export const dayTwo = (hhmm: string) => new Date(`2030-03-05T${hhmm}:00Z`);

/**
 * One organizer's side of the world: a published two-day event (2030-03-04 and -05 in Berlin, 09:00–17:00 local,
 * 30-minute chats), one company registered there whose recruiters all confirmed availability on the second day,
 * and its talent with a chat in every state that routes act on, each with a different recruiter of the company
 * (one open chat per talent and recruiter).
 */
async function buildSide(t: TestApp, side: Side) {
  const db = t.ctx.db;
  const organizer = await buildUser(db, { role: 'organizer', name: `Organizer ${side}` });
  const event = await buildEvent(db, {
    organizerId: organizer.id,
    name: `Fair ${side}`,
    days: [{ date: '2030-03-04' }, { date: '2030-03-05' }].map((day) => ({
      ...day,
      opens: 9 * 60,
      closes: 17 * 60,
      durations: [30],
    })),
  });
  const [dayOne, secondDay] = event.days as [(typeof event.days)[0], (typeof event.days)[0]];
  const company = await buildCompany(db, { name: `Company ${side}`, ownerId: organizer.id });
  const bookable = (starts = ['08:00', '08:30', '09:00']) =>
    buildBookableRecruiter(db, {
      eventId: event.id,
      eventDayId: secondDay.id,
      companyId: company.id,
      durationMinutes: 30,
      openSlotStarts: starts.map(dayTwo),
    });
  const recruiter = await bookable();
  const colleague = await bookable();
  const [schedulingRecruiter, requestedRecruiter, freeRecruiter, offeringRecruiter] = [
    await bookable(),
    await bookable(),
    await bookable(),
    // Its 09:30 is offered to the talent: a time no other chat of theirs is booked or moved to.
    await bookable(['09:30']),
  ];

  const talent = await buildUser(db, { role: 'talent', name: `Talent ${side}` });
  await registerTalent(db, event.id, talent.id);
  await uploadOwnCv({
    ctx: t.ctx,
    user: talent as SessionUser & { role: 'talent' },
    bytes: cvOf(side),
    fileName: `Talent ${side}.pdf`,
  });
  /** Registered, without chats: what an organizer may unregister and a recruiter may invite. */
  const idleTalent = await buildUser(db, { role: 'talent', name: `Idle talent ${side}` });
  await registerTalent(db, event.id, idleTalent.id);
  /** Registered, without recruiters or chats: what an organizer may unregister. */
  const idleCompany = await buildCompany(db, { name: `Idle company ${side}`, ownerId: organizer.id });
  await registerCompany(db, event.id, idleCompany.id, 'Booth 9');

  const chat = (recruiterId: string, state: 'requested' | 'in_scheduling' | 'confirmed', booked?: Date) =>
    buildChat(db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId,
      state,
      ...(booked && {
        booked: {
          eventDayId: booked < dayTwo('00:00') ? dayOne.id : secondDay.id,
          startsAt: booked,
          endsAt: new Date(booked.getTime() + 30 * 60_000),
        },
      }),
    });
  const chats = {
    /** Booked 08:00–08:30 UTC on the first day: its room is open now. */
    roomOpen: await chat(recruiter.id, 'confirmed', new Date('2030-03-04T08:00:00Z')),
    /** Booked at 08:00 UTC on the second day; the colleague's 08:30 is free to move it to. */
    confirmed: await chat(colleague.id, 'confirmed', dayTwo('08:00')),
    inScheduling: await chat(schedulingRecruiter.id, 'in_scheduling'),
    requested: await chat(requestedRecruiter.id, 'requested'),
    /** Offered from the waitlist at 09:30 UTC on the second day, held for the talent until then. */
    offered: await offeredChat(db, await chat(offeringRecruiter.id, 'in_scheduling'), secondDay.id),
  };
  /** The talent's company request to the company, waiting for a recruiter to accept it. */
  const [companyRequest] = await db
    .insert(companyRequests)
    .values({ eventId: event.id, companyId: company.id, talentId: talent.id, message: `Anyone at ${side}?` })
    .returning();
  await insertMessage(db, {
    chatId: chats.roomOpen.id,
    authorId: talent.id,
    body: `Hello from talent ${side}`,
    createdAt: WORLD_NOW,
  });
  await insertMessage(db, {
    chatId: chats.roomOpen.id,
    authorId: recruiter.id,
    body: `Hello from ${side}`,
    createdAt: WORLD_NOW,
  });

  /** Recruiter A's note on the room-open chat: the colleague reads it, only its author changes it. */
  const note = await insertNote(db, {
    chatId: chats.roomOpen.id,
    authorId: recruiter.id,
    body: `Strong candidate (${side})`,
    at: WORLD_NOW,
  });

  const conversation = await writeToSupport({
    ctx: t.ctx,
    user: talent as SessionUser,
    message: { body: `My camera does not work (${side})`, eventId: event.id, chatId: chats.roomOpen.id },
  });
  const [notification] = await t.ctx.db
    .insert(notifications)
    .values({
      userId: talent.id,
      kind: 'chat_confirmed',
      eventId: event.id,
      chatId: chats.roomOpen.id,
      params: { eventName: event.name },
      createdAt: WORLD_NOW,
    })
    .returning();
  /** The email of that notification, still in the outbox: what the organizer's notification log resends. */
  const [mail] = await db
    .insert(mailOutbox)
    .values({
      toAddress: talent.email,
      subject: `Confirmed: 1-1 chat (${side})`,
      text: 'See you.',
      html: '<p>See you.</p>',
      recipientId: talent.id,
      eventId: event.id,
      kind: 'chat_confirmed',
      chatId: chats.roomOpen.id,
      notificationId: notification!.id,
    })
    .returning();
  /** The talent's report of the recruiter to the organizer. */
  const [report] = await db
    .insert(safetyReports)
    .values({
      reporterId: talent.id,
      reportedId: recruiter.id,
      eventId: event.id,
      reason: 'spam',
      message: `Sent the same invitation five times (${side})`,
      createdAt: WORLD_NOW,
    })
    .returning();
  /** The organizer's announcement to the talents, scheduled for the second day: one they may still cancel. */
  const [announcement] = await db
    .insert(announcements)
    .values({
      eventId: event.id,
      audience: 'talents',
      subject: `Day two opens at 9 (${side})`,
      message: 'See you there.',
      sentById: organizer.id,
      sendAt: dayTwo('07:00'),
      createdAt: WORLD_NOW,
    })
    .returning();
  /** The talent, called from the company's booth queue (the world's day is virtual: a walk-in chat is refused). */
  const [boothEntry] = await db
    .insert(boothQueueEntries)
    .values({
      eventId: event.id,
      eventDayId: dayOne.id,
      companyId: company.id,
      talentId: talent.id,
      state: 'called',
      joinedAt: WORLD_NOW,
      calledAt: WORLD_NOW,
      calledById: recruiter.id,
    })
    .returning();
  const feed = await getCalendarFeedLinks({ ctx: t.ctx, user: talent as SessionUser });
  const feedPath = new URL(feed.url).pathname;

  return {
    organizer,
    event,
    day: secondDay,
    company,
    recruiter,
    colleague,
    freeRecruiter,
    talent,
    idleTalent,
    idleCompany,
    chats,
    companyRequest: companyRequest!,
    note,
    conversation,
    boothEntry: boothEntry!,
    /** The talent's unread notification of their booked chat. */
    notification: notification!,
    mail: mail!,
    report: report!,
    announcement: announcement!,
    /** `/calendar/<userId>/<token>.ics` of the talent's feed. */
    feed: { userId: talent.id, file: feedPath.split('/').pop()! },
    invitee: await inviteeWithResetLink(t, side),
  };
}

/** A small PDF for a side's talent: what the CV routes serve. */
export const cvOf = (side: string) => Buffer.from(`%PDF-1.4\n% CV of talent ${side}\n%%EOF\n`);

/** Turns a chat waiting for a time into one offered 09:30–10:00 UTC of the second day from a waitlist. */
async function offeredChat(db: TestApp['ctx']['db'], chat: { id: string }, eventDayId: string) {
  const [offered] = await db
    .update(chats)
    .set({
      state: 'offered',
      offeredFrom: 'in_scheduling',
      eventDayId,
      startsAt: dayTwo('09:30'),
      endsAt: dayTwo('10:00'),
      offerExpiresAt: dayTwo('09:30'),
    })
    .where(eq(chats.id, chat.id))
    .returning();
  return offered!;
}

/** Someone outside the events with a password reset link: the bearer of the link may use it, whoever is signed in. */
async function inviteeWithResetLink(t: TestApp, side: Side) {
  const invitee = await buildUser(t.ctx.db, { role: 'talent', name: `Invitee ${side}` });
  await requestPasswordReset(t.ctx, { email: invitee.email, ip: '127.0.0.1' });
  await t.ctx.background.settled();
  const [mail] = await t.ctx.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, invitee.email))
    .orderBy(desc(mailOutbox.createdAt));
  const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.text)?.[1];
  if (!token) throw new Error(`no reset link in the mail to ${invitee.email}`);
  return { ...invitee, token };
}

export type WorldSide = Awaited<ReturnType<typeof buildSide>>;

/** Two organizers' sides, a support agent, and a signed-in client for every role of the matrix. */
export async function buildAuthorizationWorld(t: TestApp) {
  const A = await buildSide(t, 'A');
  const B = await buildSide(t, 'B');
  const agent = await buildUser(t.ctx.db, { role: 'support', name: 'Support agent' });
  const users: Record<Exclude<Role, 'anonymous'>, { id: string }> = {
    organizerA: A.organizer,
    organizerB: B.organizer,
    recruiterA: A.recruiter,
    recruiterB: B.recruiter,
    colleagueA: A.colleague,
    talentA: A.talent,
    talentB: B.talent,
    support: agent,
  };
  const clients = { anonymous: anonymous(t.app) } as Record<Role, Client>;
  for (const [role, user] of Object.entries(users)) {
    clients[role as Role] = await sessionClient(t.app, t.ctx, user.id);
  }
  return { A, B, agent, clients };
}

export type AuthorizationWorld = Awaited<ReturnType<typeof buildAuthorizationWorld>>;
