import { useQuery } from '@tanstack/react-query';
import { mailApi } from '../../shared/api/mail.contract';
import { call } from './client';

/** Mail to the event's people that the mail server has not accepted yet (organizers only). */
export function useUndeliveredMail(eventId: string) {
  return useQuery({
    queryKey: ['events', eventId, 'undelivered-mail'],
    queryFn: () => call(mailApi.undelivered, { params: { id: eventId } }),
    // Deliveries are not announced over the live socket: look again now and then.
    refetchInterval: 60_000,
  });
}
