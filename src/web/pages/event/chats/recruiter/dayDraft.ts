import { defaultDuration, isEditable, slotStarts } from '../../../../../shared/booking/grid';
import type { DayAvailability, Slot } from '../../../../../shared/schemas/availability.schemas';
import { type EventDay, timeToMinutes } from '../../../../../shared/schemas/events.schemas';

/** What the recruiter wants for one day: the body of a save, kept while saves are on their way. */
export interface DayDraft {
  durationMinutes: number;
  /** UTC starts (as the API writes them) of the slots opened; booked slots stay held by the server anyway. */
  open: string[];
}

/** The duration the grid is drawn at: the chosen one, or the default until the day is set up. */
export const shownDuration = (day: DayAvailability): number =>
  day.durationMinutes ?? defaultDuration(day.allowedDurations);

export function draftOf(day: DayAvailability): DayDraft {
  return {
    durationMinutes: shownDuration(day),
    open: day.slots.filter((slot) => slot.status === 'available').map((slot) => slot.startsAt),
  };
}

/** Opens or closes the given slots, whatever they were: one toggle, or a range given the state of its first slot. */
export function setSlots(draft: DayDraft, starts: readonly string[], open: boolean): DayDraft {
  const changed = new Set(starts);
  const others = draft.open.filter((start) => !changed.has(start));
  return { ...draft, open: open ? [...others, ...changed] : others };
}

/** Opens every slot still editable; past ones keep whatever they were. */
export function openAll(draft: DayDraft, slots: readonly Slot[]): DayDraft {
  const open = new Set(draft.open);
  for (const slot of slots) if (isEditable(slot)) open.add(slot.startsAt);
  return { ...draft, open: [...open] };
}

export function closeAll(draft: DayDraft, slots: readonly Slot[]): DayDraft {
  const editable = new Set(slots.filter(isEditable).map((slot) => slot.startsAt));
  return { ...draft, open: draft.open.filter((start) => !editable.has(start)) };
}

/**
 * Another duration means another grid. The time the recruiter had opened stays open: a new slot is opened when
 * the old open slots cover all of it, so switching 15 → 30 minutes keeps 09:00–10:00 open as two slots.
 */
export function changeDuration(
  draft: DayDraft,
  day: Pick<EventDay, 'date' | 'opensAt' | 'closesAt'>,
  timeZone: string,
  durationMinutes: number,
): DayDraft {
  const oldMs = draft.durationMinutes * 60_000;
  const newMs = durationMinutes * 60_000;
  const covered = draft.open.map((start) => Date.parse(start)).sort((a, b) => a - b);
  const isCovered = (from: number, to: number) => {
    let reached = from;
    for (const start of covered) {
      if (start > reached) break;
      reached = Math.max(reached, start + oldMs);
      if (reached >= to) return true;
    }
    return false;
  };
  const hours = {
    date: day.date,
    opensAtMinute: timeToMinutes(day.opensAt),
    closesAtMinute: timeToMinutes(day.closesAt),
  };
  const open = slotStarts(hours, durationMinutes, timeZone)
    .map((start) => start.getTime())
    .filter((start) => isCovered(start, start + newMs))
    .map((start) => new Date(start).toISOString());
  return { durationMinutes, open };
}
