import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { safetyApi } from '../../shared/api/safety.contract';
import type { ReportInput } from '../../shared/schemas/safety.schemas';
import { call } from './client';

/** The viewer's own blocks and overall opt-out: not about one event, so outside the `['events', …]` keys. */
const mySafetyKey = ['my-safety'] as const;
const eventOptOutKey = (eventId: string) => ['events', eventId, 'invitations-opt-out'] as const;
const contactKey = (eventId: string, talentId: string) => ['events', eventId, 'contact', talentId] as const;
const reportsKey = (eventId: string) => ['events', eventId, 'reports'] as const;

export function useMySafety() {
  return useQuery({ queryKey: mySafetyKey, queryFn: () => call(safetyApi.mySafety) });
}

/** After a block or an opt-out changes, whatever shows whom one may chat with is read again. */
function useRefreshSafety() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: mySafetyKey }),
      queryClient.invalidateQueries({ queryKey: ['events'] }),
    ]);
}

export function useBlock(eventId: string) {
  const refresh = useRefreshSafety();
  return useMutation({
    mutationFn: (userId: string) => call(safetyApi.block, { params: { id: eventId, userId } }),
    onSuccess: refresh,
  });
}

export function useUnblock() {
  const refresh = useRefreshSafety();
  return useMutation({
    mutationFn: (userId: string) => call(safetyApi.unblock, { params: { userId } }),
    onSuccess: refresh,
  });
}

export function useReport(eventId: string) {
  return useMutation({
    mutationFn: (body: ReportInput) => call(safetyApi.report, { params: { id: eventId }, body }),
  });
}

export function useSetInvitationsEverywhere() {
  const refresh = useRefreshSafety();
  return useMutation({
    mutationFn: (accept: boolean) => call(accept ? safetyApi.optInEverywhere : safetyApi.optOutEverywhere),
    onSuccess: refresh,
  });
}

export function useEventOptOut(eventId: string) {
  return useQuery({
    queryKey: eventOptOutKey(eventId),
    queryFn: () => call(safetyApi.eventOptOut, { params: { id: eventId } }),
  });
}

export function useSetEventOptOut(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accept: boolean) =>
      call(accept ? safetyApi.optInAtEvent : safetyApi.optOutAtEvent, { params: { id: eventId } }),
    onSuccess: (choice) => queryClient.setQueryData(eventOptOutKey(eventId), choice),
  });
}

export function useContactStatus(eventId: string, talentId: string) {
  return useQuery({
    queryKey: contactKey(eventId, talentId),
    queryFn: () => call(safetyApi.contact, { params: { id: eventId, talentId } }),
  });
}

export function useEventReports(eventId: string) {
  return useQuery({
    queryKey: reportsKey(eventId),
    queryFn: () => call(safetyApi.reports, { params: { id: eventId } }),
  });
}

export function useMarkReportHandled(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reportId: string) =>
      call(safetyApi.markReportHandled, { params: { id: eventId, reportId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsKey(eventId) }),
  });
}
