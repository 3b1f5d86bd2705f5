import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { handoffApi } from '../../shared/api/handoff.contract';
import { call, urlOf } from './client';

/** The talent's own consents: not about one event. The summary sits under the event, refreshed with its chats. */
const myConsentsKey = ['my-data-sharing'] as const;
const summaryKey = (eventId: string) => ['events', eventId, 'handoff'] as const;

export function useMyConsents() {
  return useQuery({ queryKey: myConsentsKey, queryFn: () => call(handoffApi.myConsents) });
}

export function useSetConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, share }: { companyId: string; share: boolean }) =>
      call(share ? handoffApi.give : handoffApi.revoke, { params: { companyId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myConsentsKey }),
  });
}

/** For recruiters: what the export holds and leaves out, and which talents share their details with the company. */
export function useHandoffSummary(eventId: string, enabled = true) {
  return useQuery({
    queryKey: summaryKey(eventId),
    queryFn: () => call(handoffApi.summary, { params: { id: eventId } }),
    enabled,
  });
}

/** Where the browser downloads the export (a GET with the session cookie, saved as an attachment). */
export const handoffExportUrl = (eventId: string, format: 'csv' | 'json') =>
  urlOf(handoffApi.export, { id: eventId }, { format });
