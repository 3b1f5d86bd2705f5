import {
  funnelStepLabels,
  utilisation,
  type EventDashboard,
  type SlotUse,
} from '../../../shared/schemas/dashboard.schemas.js';
import { isoInZone } from '../../../shared/time/zoned.js';
import { type CsvCell, spreadsheetCsv } from '../../infra/http/csv.js';
import type { listEventChats } from './dashboard.repository.js';

const useCells = (use: SlotUse) => ({
  open_slots: use.openSlots,
  booked_slots: use.bookedSlots,
  utilisation_percent: utilisation(use),
});
const USE_COLUMNS = ['open_slots', 'booked_slots', 'utilisation_percent'] as const;

/** The dashboard's numbers as the CSV of each of its tables: the same figures the page shows, one table per file. */
export function dashboardTableCsv(
  dashboard: EventDashboard,
  table: 'summary' | 'funnel' | 'days' | 'companies' | 'recruiters',
): string {
  switch (table) {
    case 'summary': {
      const { people, requests, invitations, chats } = dashboard;
      const figures: [string, CsvCell][] = [
        ['Registered talents', people.talents],
        ['Registered recruiters', people.recruiters],
        ['Recruiters with confirmed availability', people.recruitersConfirmed],
        ['Companies', people.companies],
        ['Requests sent', requests.sent],
        ['Requests approved', requests.approved],
        ['Requests declined', requests.declined],
        ['Requests waiting', requests.waiting],
        ['Median minutes to answer a request', requests.medianMinutesToAnswer],
        ['Invitations sent', invitations.sent],
        ['Invitations waiting', invitations.waiting],
        ['Chats confirmed', chats.confirmed],
        ['Chats completed', chats.completed],
        ['Chats cancelled', chats.cancelled],
        ['Chats with a no-show', chats.noShow],
      ];
      return spreadsheetCsv(
        ['figure', 'value', 'as_of'] as const,
        figures.map(([figure, value]) => ({ figure, value, as_of: dashboard.asOf })),
      );
    }
    case 'funnel': {
      const registered = dashboard.funnel[0]?.talents ?? 0;
      return spreadsheetCsv(
        ['step', 'talents', 'percent_of_registered'] as const,
        dashboard.funnel.map((step) => ({
          step: funnelStepLabels[step.step],
          talents: step.talents,
          percent_of_registered: registered === 0 ? null : Math.round((100 * step.talents) / registered),
        })),
      );
    }
    case 'days':
      return spreadsheetCsv(
        ['date', ...USE_COLUMNS] as const,
        dashboard.days.map((day) => ({ date: day.date, ...useCells(day) })),
      );
    case 'companies':
      return spreadsheetCsv(
        ['company', ...USE_COLUMNS] as const,
        dashboard.companies.map((company) => ({ company: company.name, ...useCells(company) })),
      );
    case 'recruiters':
      return spreadsheetCsv(
        ['recruiter', 'company', ...USE_COLUMNS] as const,
        dashboard.recruiters.map((recruiter) => ({
          recruiter: recruiter.name,
          company: recruiter.companyName,
          ...useCells(recruiter),
        })),
      );
  }
}

const CHAT_COLUMNS = [
  'chat_id',
  'status',
  'initiated_by',
  'created_at',
  'day',
  'starts_at',
  'ends_at',
  'time_zone',
  'mode',
  'talent_name',
  'talent_email',
  'recruiter_name',
  'recruiter_email',
  'company',
] as const;

/** Every chat of the event, times on the event's clock with its offset; recruiters' notes are never in it. */
export function eventChatsCsv(rows: Awaited<ReturnType<typeof listEventChats>>, timeZone: string): string {
  const zoned = (instant: string | Date | null) => instant && isoInZone(new Date(instant), timeZone);
  return spreadsheetCsv(
    CHAT_COLUMNS,
    rows.map((row) => ({
      chat_id: row.id,
      status: row.state,
      initiated_by: row.initiated_by,
      created_at: zoned(row.created_at),
      day: row.date,
      starts_at: zoned(row.starts_at),
      ends_at: zoned(row.ends_at),
      time_zone: timeZone,
      mode: row.mode,
      talent_name: row.talent_name,
      talent_email: row.talent_email,
      recruiter_name: row.recruiter_name,
      recruiter_email: row.recruiter_email,
      company: row.company_name,
    })),
  );
}
