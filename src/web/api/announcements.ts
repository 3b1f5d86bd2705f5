import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { announcementsApi } from '../../shared/api/announcements.contract';
import type { AnnouncementInput } from '../../shared/schemas/announcements.schemas';
import { call } from './client';

const announcementsKey = (eventId: string) => ['events', eventId, 'announcements'] as const;
// One sent now is written by a job after the request returns: look again until it says sent.
const REFRESH_MS = 5_000;

export function useAnnouncements(eventId: string) {
  return useQuery({
    queryKey: announcementsKey(eventId),
    queryFn: () => call(announcementsApi.list, { params: { id: eventId } }).then((r) => r.announcements),
    refetchInterval: (query) =>
      query.state.data?.some((a) => a.status === 'sending' || a.status === 'scheduled') ? REFRESH_MS : false,
  });
}

export function useCreateAnnouncement(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnnouncementInput) => call(announcementsApi.create, { params: { id: eventId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: announcementsKey(eventId) }),
  });
}

export function useCancelAnnouncement(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (announcementId: string) =>
      call(announcementsApi.cancel, { params: { id: eventId, announcementId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: announcementsKey(eventId) }),
  });
}
