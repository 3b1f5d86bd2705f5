import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { companyRequestsApi } from '../../shared/api/company-requests.contract';
import type { BodyOf } from '../../shared/api/route';
import { call } from './client';

/** Under `['events', eventId]`, so `companyRequests.changed` and every chat change refresh them. */
const companyRequestKeys = {
  list: (eventId: string) => ['events', eventId, 'company-requests'] as const,
  nextSlot: (eventId: string, companyId: string) =>
    ['events', eventId, 'company-next-slot', companyId] as const,
};

/** A talent's own company requests, or those to the recruiter's company, with how many wait. */
export function useCompanyRequests(eventId: string) {
  return useQuery({
    queryKey: companyRequestKeys.list(eventId),
    queryFn: () => call(companyRequestsApi.list, { params: { id: eventId } }),
  });
}

/** Direct booking of a company: the slot `Request any recruiter` would book now; loaded while its dialog is open. */
export function useNextCompanySlot(eventId: string, companyId: string) {
  return useQuery({
    queryKey: companyRequestKeys.nextSlot(eventId, companyId),
    queryFn: () => call(companyRequestsApi.nextSlot, { params: { id: eventId, companyId } }),
    retry: false,
  });
}

/** A company request touches the talent's and the team's lists, and its acceptance a chat: refresh the event. */
function useEventChanged(eventId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['events', eventId] });
}

export function useCompanyQueue(eventId: string) {
  const changed = useEventChanged(eventId);
  return {
    request: useMutation({
      mutationFn: ({
        companyId,
        ...body
      }: BodyOf<typeof companyRequestsApi.request> & { companyId: string }) =>
        call(companyRequestsApi.request, { params: { id: eventId, companyId }, body }),
      onSuccess: changed,
    }),
    // A refusal refreshes too: the next slot shown may have gone meanwhile.
    book: useMutation({
      mutationFn: ({
        companyId,
        ...body
      }: NonNullable<BodyOf<typeof companyRequestsApi.book>> & { companyId: string }) =>
        call(companyRequestsApi.book, { params: { id: eventId, companyId }, body }),
      onSettled: changed,
    }),
    accept: useMutation({
      mutationFn: ({ requestId, recruiterId }: { requestId: string; recruiterId?: string }) =>
        call(companyRequestsApi.accept, { params: { requestId }, body: { recruiterId } }),
      onSettled: changed,
    }),
    decline: useMutation({
      mutationFn: ({ requestId, message }: { requestId: string; message: string }) =>
        call(companyRequestsApi.decline, { params: { requestId }, body: { message } }),
      onSettled: changed,
    }),
    withdraw: useMutation({
      mutationFn: (requestId: string) => call(companyRequestsApi.withdraw, { params: { requestId } }),
      onSettled: changed,
    }),
  };
}
