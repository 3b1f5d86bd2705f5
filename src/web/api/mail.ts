import { useQuery } from '@tanstack/react-query';
import type { UndeliveredMailResponse } from '../../shared/schemas/mail.schemas';
import { api } from './client';

/** Mail to the event's people that the mail server has not accepted yet (organizers only). */
export function useUndeliveredMail(eventId: string) {
  return useQuery({
    queryKey: ['events', eventId, 'undelivered-mail'],
    queryFn: () => api.get<UndeliveredMailResponse>(`/api/events/${eventId}/undelivered-mail`),
    // Deliveries are not announced over the live socket: look again now and then.
    refetchInterval: 60_000,
  });
}
