import type { RecruiterGap as Gap } from '../../../shared/booking/walk-in.js';
import type {
  BoothQueueResponse,
  RecruiterGap,
  RecruiterQueueEntry,
  TalentQueueEntry,
} from '../../../shared/schemas/booths.schemas.js';
import type { EntryRow, LineRow } from './booths.repository.js';

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

/** A talent's own entry: their place and estimated wait while waiting, neither once called. */
export function presentTalentEntry(
  mine: { entry: EntryRow; position: number },
  waitAt: ((position: number) => number) | undefined,
): TalentQueueEntry {
  const { entry } = mine;
  const waiting = entry.state === 'waiting';
  return {
    id: entry.id,
    state: waiting ? 'waiting' : 'called',
    position: waiting ? mine.position : null,
    waitMinutes: waiting && waitAt ? waitAt(mine.position) : null,
    joinedAt: entry.joinedAt.toISOString(),
    calledAt: iso(entry.calledAt),
  };
}

export function presentGap(gap: Gap): RecruiterGap {
  return gap.free
    ? { free: true, until: gap.until.toISOString(), nextChatAt: iso(gap.nextChatAt) }
    : { free: false, busyUntil: iso(gap.busyUntil), nextChatAt: iso(gap.nextChatAt) };
}

/** A booth's line for its recruiters: the called first, then the waiting, each in the order they joined. */
export function presentLine(line: LineRow[]): Pick<BoothQueueResponse, 'called' | 'waiting'> {
  const present = ({ entry, talent, calledBy }: LineRow): RecruiterQueueEntry => ({
    id: entry.id,
    state: entry.state === 'called' ? 'called' : 'waiting',
    talent,
    joinedAt: entry.joinedAt.toISOString(),
    calledAt: iso(entry.calledAt),
    calledBy,
  });
  return {
    called: line.filter((l) => l.entry.state === 'called').map(present),
    waiting: line.filter((l) => l.entry.state === 'waiting').map(present),
  };
}
