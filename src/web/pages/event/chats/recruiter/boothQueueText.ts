import type { BoothQueueResponse } from '../../../../../shared/schemas/booths.schemas';
import { t } from '../../../../i18n/i18n';
import { formatTime, viewerTimeZone, zoneName } from '../../../../time';

/** `14:20`, with the event's clock beside it when the viewer's differs: `14:20 (13:20 Berlin time)`. */
export function clockText(iso: string, eventZone: string, viewerZone = viewerTimeZone()): string {
  const mine = formatTime(iso, viewerZone);
  const theirs = formatTime(iso, eventZone);
  return mine === theirs
    ? mine
    : t('recruiter.boothQueue.clock', { mine, theirs, zone: zoneName(eventZone) });
}

/** Whether the recruiter is in a gap now, so they know whether to call the next talent. */
export function gapText(
  gap: NonNullable<BoothQueueResponse['gap']>,
  zone: string,
  viewerZone = viewerTimeZone(),
): string {
  const next = gap.nextChatAt
    ? t('recruiter.boothQueue.nextChat', { time: clockText(gap.nextChatAt, zone, viewerZone) })
    : null;
  const now = gap.free
    ? t('recruiter.boothQueue.freeUntil', { time: clockText(gap.until, zone, viewerZone) })
    : gap.busyUntil
      ? t('recruiter.boothQueue.busyUntil', { time: clockText(gap.busyUntil, zone, viewerZone) })
      : null;
  if (now) return [now, next].filter(Boolean).join(' · ');
  return next ?? t('recruiter.boothQueue.noTime');
}

/** `just joined`, `waiting for 5 minutes`. */
export const waitedText = (minutes: number) =>
  minutes < 1 ? t('recruiter.boothQueue.justJoined') : t('recruiter.boothQueue.waiting', { minutes });
