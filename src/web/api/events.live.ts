import type { QueryClient } from '@tanstack/react-query';
import { availabilityKeys } from './availability';
import { boothKeys } from './booths';
import type { LiveFeature } from './live';
import { noteKeys } from './noteKeys';

/**
 * What an event's pages do with live messages. Query-key convention, which feature hooks must follow for their
 * lists to refresh by themselves:
 * - everything shown about one event is keyed `['events', eventId, <feature>, ...]`, e.g.
 *   `['events', eventId, 'chats', tab]` or `['events', eventId, 'availability', recruiterId]`;
 * - `chats.changed`, `availability.changed`, `companyRequests.changed` and `event.changed` for an event invalidate every query under
 *   `['events', eventId]` (only the ones on screen refetch), and `event.changed` the events list `['events']` too;
 * - `booths.changed` (someone joined, left, was called or served at a booth) refreshes the event's booth queues only;
 * - `waitlist.changed` (a place or count on a recruiter's or a company's waitlist) does the same as `chats.changed`;
 * - `notes.changed` (a note, rating, tag or next step of a chat of the recruiter's team) refreshes the event's notes;
 * - `favourites.changed` (the person's own marks, from another of their tabs) refreshes the event's recruiter lists;
 * - after a reconnection every query under `['events']` is invalidated, since messages may have been missed.
 */
export function eventsLive(queryClient: QueryClient): LiveFeature {
  const refreshEvent = ({ eventId }: { eventId: string }) =>
    void queryClient.invalidateQueries({ queryKey: ['events', eventId] });
  return {
    handlers: {
      'event.changed': (message) => {
        void queryClient.invalidateQueries({ queryKey: ['events'], exact: true });
        refreshEvent(message);
      },
      'chats.changed': refreshEvent,
      'availability.changed': refreshEvent,
      'companyRequests.changed': refreshEvent,
      'booths.changed': ({ eventId }) =>
        void queryClient.invalidateQueries({ queryKey: boothKeys.all(eventId) }),
      'waitlist.changed': refreshEvent,
      'notes.changed': ({ eventId }) =>
        void queryClient.invalidateQueries({ queryKey: noteKeys.all(eventId) }),
      'favourites.changed': ({ eventId }) =>
        void queryClient.invalidateQueries({ queryKey: availabilityKeys.bookableLists(eventId) }),
    },
    reconnected: () => void queryClient.invalidateQueries({ queryKey: ['events'] }),
  };
}
