import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationLogApi } from '../../shared/api/notification-log.contract';
import type { NotificationLogQuery } from '../../shared/schemas/notification-log.schemas';
import { call } from './client';

type LogFilter = Pick<NotificationLogQuery, 'person' | 'status' | 'kind'>;

const logKey = (eventId: string) => ['events', eventId, 'notification-log'] as const;
// Deliveries are not announced over the live socket: look again now and then.
const REFRESH_MS = 30_000;

/** The event's emails and in-app notifications newest first, older pages on demand (organizers only). */
export function useNotificationLog(eventId: string, filter: LogFilter) {
  return useInfiniteQuery({
    queryKey: [...logKey(eventId), 'entries', filter],
    queryFn: ({ pageParam }) =>
      call(notificationLogApi.list, { params: { id: eventId }, query: { ...filter, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: REFRESH_MS,
  });
}

/** How many of the event's emails are queued, retrying, sent or failed. */
export function useNotificationLogSummary(eventId: string) {
  return useQuery({
    queryKey: [...logKey(eventId), 'summary'],
    queryFn: () => call(notificationLogApi.summary, { params: { id: eventId } }),
    refetchInterval: REFRESH_MS,
  });
}

export function useResendMail(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mailId: string) => call(notificationLogApi.resend, { params: { id: eventId, mailId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: logKey(eventId) }),
  });
}
