import type { ChatState } from '../../../shared/booking/chat-phase.js';
import type { DashboardTable, EventDashboard, SlotUse } from '../../../shared/schemas/dashboard.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { fileNamePart } from '../../infra/http/files.js';
import { type EventRow, loadEventAsOrganizer } from '../events/index.js';
import { dashboardTableCsv, eventChatsCsv } from './dashboard.export.js';
import * as repo from './dashboard.repository.js';

/** Adds up slot use by a key, in the order the keys first come; `make` names a group from its first row. */
function sumBy<R extends SlotUse, G extends object>(
  rows: R[],
  keyOf: (row: R) => string,
  make: (row: R) => G,
): (G & SlotUse)[] {
  const sums = new Map<string, G & SlotUse>();
  for (const row of rows) {
    const key = keyOf(row);
    const sum = sums.get(key) ?? { ...make(row), openSlots: 0, bookedSlots: 0 };
    sum.openSlots += row.openSlots;
    sum.bookedSlots += row.bookedSlots;
    sums.set(key, sum);
  }
  return [...sums.values()];
}

/** How the event is going, for its organizer. */
export async function eventDashboard(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<EventDashboard> {
  return readDashboard(input.ctx, await loadEventAsOrganizer(input.ctx.db, input.user, input.eventId));
}

/** Every number of the dashboard, read at one instant, `now`. */
async function readDashboard(ctx: AppContext, event: EventRow): Promise<EventDashboard> {
  const now = ctx.now();
  const [counts, byState, slotUse, days] = await Promise.all([
    repo.readHeadcounts(ctx.db, event.id, now),
    repo.countChatsByState(ctx.db, event.id, now),
    repo.readSlotUse(ctx.db, event.id),
    repo.listDays(ctx.db, event.id),
  ]);
  const inState = (state: ChatState) => byState.find((row) => row.state === state)?.n ?? 0;
  const usedDays = sumBy(
    slotUse,
    (row) => row.dayId,
    (row) => ({ dayId: row.dayId, date: row.date }),
  );
  return {
    asOf: now.toISOString(),
    people: {
      talents: counts.talents,
      recruiters: counts.recruiters,
      recruitersConfirmed: counts.recruitersConfirmed,
      companies: counts.companies,
    },
    requests: {
      sent: counts.requestsSent,
      approved: counts.approved,
      declined: counts.declined,
      waiting: counts.requestsWaiting,
      medianMinutesToAnswer: counts.medianMinutesToAnswer,
    },
    invitations: { sent: counts.invitationsSent, waiting: counts.invitationsWaiting },
    chats: {
      confirmed: inState('confirmed'),
      completed: inState('completed'),
      cancelled: inState('cancelled'),
      noShow: inState('no_show'),
    },
    funnel: [
      { step: 'registered', talents: counts.talents },
      { step: 'asked', talents: counts.asked },
      { step: 'booked', talents: counts.booked },
      { step: 'met', talents: counts.met },
    ],
    days: days.map(
      (day) =>
        usedDays.find((used) => used.dayId === day.id) ?? {
          dayId: day.id,
          date: day.date,
          openSlots: 0,
          bookedSlots: 0,
        },
    ),
    companies: sumBy(
      slotUse,
      (row) => row.companyId,
      (row) => ({ companyId: row.companyId, name: row.companyName }),
    ),
    recruiters: sumBy(
      slotUse,
      (row) => row.recruiterId,
      (row) => ({ recruiterId: row.recruiterId, name: row.recruiterName, companyName: row.companyName }),
    ),
  };
}

/** One table of the dashboard, or all the event's chats, as a CSV file named after the event and the day. */
export async function exportDashboard(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  table: DashboardTable;
}): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }> {
  const { ctx, table } = input;
  const event = await loadEventAsOrganizer(ctx.db, input.user, input.eventId);
  const text =
    table === 'chats'
      ? eventChatsCsv(await repo.listEventChats(ctx.db, event.id, ctx.now()), event.timeZone)
      : dashboardTableCsv(await readDashboard(ctx, event), table);
  const day = ctx.now().toISOString().slice(0, 10);
  return {
    fileName: `parley-${fileNamePart(event.name)}-${table}-${day}.csv`,
    mediaType: 'text/csv; charset=utf-8',
    bytes: new TextEncoder().encode(text),
  };
}
