import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { availabilityKeys, useSetDayAvailability } from '../../../../api/availability';
import type { DayDraft } from './dayDraft';

type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface DaySaveState {
  /** What the recruiter asked for and the server has not answered yet; null once the server's grid is current. */
  draft: DayDraft | null;
  status: SaveStatus;
  error: unknown;
}

const idle: DaySaveState = { draft: null, status: 'idle', error: null };

interface Queue {
  next: DayDraft | null;
  running: Promise<boolean> | null;
}

/**
 * Saves each day as soon as it changes, one request at a time per day: clicks made while a save is on its way are
 * folded into the next one, so the last click always wins and two saves of a day never race. On a failure the
 * day drops what it had not saved and shows the server's grid again.
 */
export function useDaySaves(eventId: string, recruiterId: string) {
  const queryClient = useQueryClient();
  const { mutateAsync } = useSetDayAvailability(eventId, recruiterId);
  const [states, setStates] = useState<Record<string, DaySaveState>>({});
  const queues = useRef(new Map<string, Queue>());

  const patch = useCallback((dayId: string, change: Partial<DaySaveState>) => {
    setStates((current) => ({ ...current, [dayId]: { ...(current[dayId] ?? idle), ...change } }));
  }, []);

  const drain = useCallback(
    async (dayId: string, queue: Queue): Promise<boolean> => {
      let failure: unknown = null;
      while (queue.next && !failure) {
        const draft = queue.next;
        queue.next = null;
        try {
          await mutateAsync({ dayId, durationMinutes: draft.durationMinutes, openSlotStarts: draft.open });
        } catch (error) {
          failure = error;
        }
      }
      queue.next = null;
      queue.running = null;
      patch(dayId, { draft: null, status: failure ? 'failed' : 'saved', error: failure });
      if (failure) {
        await queryClient.invalidateQueries({ queryKey: availabilityKeys.recruiter(eventId, recruiterId) });
      }
      return !failure;
    },
    [mutateAsync, patch, queryClient, eventId, recruiterId],
  );

  const save = useCallback(
    (dayId: string, draft: DayDraft) => {
      patch(dayId, { draft, status: 'saving', error: null });
      let queue = queues.current.get(dayId);
      if (!queue) {
        queue = { next: null, running: null };
        queues.current.set(dayId, queue);
      }
      queue.next = draft;
      queue.running ??= drain(dayId, queue);
    },
    [patch, drain],
  );

  /** Resolves once every day is saved; false when a save failed meanwhile (its day shows why). */
  const settled = useCallback(async (): Promise<boolean> => {
    const running = [...queues.current.values()].flatMap((queue) => (queue.running ? [queue.running] : []));
    const results = await Promise.all(running);
    return results.every(Boolean);
  }, []);

  return { state: (dayId: string) => states[dayId] ?? idle, save, settled };
}
