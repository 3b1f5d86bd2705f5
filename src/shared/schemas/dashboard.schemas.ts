import { z } from 'zod';
import { say } from './schema-messages.js';

/** Opened slots and how many of them hold a chat that took place or will (confirmed, completed or a no-show). */
export const SlotUse = z.object({
  openSlots: z.number().int(),
  bookedSlots: z.number().int(),
});
export type SlotUse = z.infer<typeof SlotUse>;

const DayUse = SlotUse.extend({ dayId: z.uuid(), date: z.iso.date() });
const CompanyUse = SlotUse.extend({ companyId: z.uuid(), name: z.string() });
const RecruiterUse = SlotUse.extend({
  recruiterId: z.uuid(),
  name: z.string(),
  companyName: z.string(),
});

/** The steps of the funnel, in order: each counts the talents who reached it. */
const funnelSteps = ['registered', 'asked', 'booked', 'met'] as const;
export const FunnelStep = z.enum(funnelSteps);
export type FunnelStep = z.infer<typeof FunnelStep>;

export const funnelStepLabels: Record<FunnelStep, string> = {
  registered: 'Registered',
  asked: 'Requested or invited',
  booked: 'Booked a chat',
  met: 'Met at least one recruiter',
};

/** How an event is going, as its organizer's `Dashboard` shows it; every count is of this event only. */
export const EventDashboard = z.object({
  /** The instant the numbers were read at: chats whose end has passed by then count as completed. */
  asOf: z.iso.datetime(),
  people: z.object({
    talents: z.number().int(),
    recruiters: z.number().int(),
    /** Recruiters who pressed `Confirm Availability`. */
    recruitersConfirmed: z.number().int(),
    companies: z.number().int(),
  }),
  /** Talents' requests to a recruiter (a company request counts once a recruiter of the company took it). */
  requests: z.object({
    sent: z.number().int(),
    approved: z.number().int(),
    declined: z.number().int(),
    waiting: z.number().int(),
    /** The median time from a request to the recruiter's approval or decline, in minutes; null before any. */
    medianMinutesToAnswer: z.number().nullable(),
  }),
  /** Recruiters' invitations to a talent: sent, and still waiting for the talent's answer. */
  invitations: z.object({ sent: z.number().int(), waiting: z.number().int() }),
  chats: z.object({
    /** Booked and still to come or under way. */
    confirmed: z.number().int(),
    completed: z.number().int(),
    cancelled: z.number().int(),
    noShow: z.number().int(),
  }),
  funnel: z.array(z.object({ step: FunnelStep, talents: z.number().int() })),
  days: z.array(DayUse),
  companies: z.array(CompanyUse),
  recruiters: z.array(RecruiterUse),
});
export type EventDashboard = z.infer<typeof EventDashboard>;

/** The share of opened slots booked, as a whole percentage; null with no slot opened. */
export function utilisation(use: SlotUse): number | null {
  return use.openSlots === 0 ? null : Math.round((100 * use.bookedSlots) / use.openSlots);
}

/** The dashboard's tables, each downloadable as CSV, and the event's whole chat list. */
const dashboardTables = ['summary', 'funnel', 'days', 'companies', 'recruiters', 'chats'] as const;
export const DashboardTable = z.enum(dashboardTables, {
  error: say('dashboard.table', { tables: dashboardTables.join(', ') }),
});
export type DashboardTable = z.infer<typeof DashboardTable>;
export const DashboardExportQuery = z.object({ table: DashboardTable });

/** A CSV file, whose bytes are what the browser saves. */
export const DashboardCsv = z.string();
