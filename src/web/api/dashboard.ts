import { useQuery } from '@tanstack/react-query';
import { dashboardApi } from '../../shared/api/dashboard.contract';
import type { DashboardTable } from '../../shared/schemas/dashboard.schemas';
import { call, urlOf } from './client';

/** Under the event's key: every chat or company request changed there reaches the organizer and refreshes it. */
export function useEventDashboard(eventId: string) {
  return useQuery({
    queryKey: ['events', eventId, 'dashboard'],
    queryFn: () => call(dashboardApi.dashboard, { params: { id: eventId } }),
  });
}

export const dashboardExportUrl = (eventId: string, table: DashboardTable) =>
  urlOf(dashboardApi.export, { id: eventId }, { table });
