import type { QueryClient } from '@tanstack/react-query';
import type { LiveFeature } from './live';
import { registrationKeys } from './registrations';

/** A running import's progress is only ever told over the live connection, never fetched. */
export function registrationsLive(queryClient: QueryClient): LiveFeature {
  return {
    handlers: {
      'registrations.import_progress': ({ eventId, done, total }) =>
        queryClient.setQueryData(registrationKeys.importProgress(eventId), { done, total }),
    },
  };
}
