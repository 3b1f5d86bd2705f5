import { Group, Text } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { formatEventDay } from '../../../../shared/booking/booking-window';
import type { Event } from '../../../../shared/schemas/events.schemas';
import { currentLocale, type MessageKey, useT } from '../../../i18n/i18n';
import { formatTime } from '../../../time';
import { type BookingWindowState, countdownText } from './bookingWindow';

type Translate = ReturnType<typeof useT>['t'];

const modeLabel: Record<Event['bookingMode'], MessageKey> = {
  approval: 'event.bookingRules.approval',
  direct: 'event.bookingRules.direct',
};

const modeText: Record<Event['bookingMode'], MessageKey> = {
  approval: 'event.bookingRules.approvalText',
  direct: 'event.bookingRules.directText',
};

/** `Thursday 5 March at 09:00 (Europe/Berlin)`: an instant on the event's wall clock, in the language in use. */
function windowInstant(iso: string, timeZone: string, t: Translate): string {
  const day = formatEventDay(new Date(iso), timeZone, currentLocale());
  return t('event.bookingRules.instant', { day, time: formatTime(iso, timeZone), zone: timeZone });
}

/** Where the window stands now: the live countdown, closed, or nothing while open. */
function windowStatus(window: BookingWindowState, t: Translate): string | null {
  const { phase } = window;
  if (phase.phase === 'not_yet_open') return countdownText(phase.opensAt, window.now);
  if (phase.phase === 'closed') return t('event.bookingRules.closed');
  return null;
}

/** The window's bounds as a sentence, or null when it has none. */
function windowText(event: Event, t: Translate): string | null {
  const opens = event.bookingsOpenAt && windowInstant(event.bookingsOpenAt, event.timeZone, t);
  const closes = event.bookingsCloseAt && windowInstant(event.bookingsCloseAt, event.timeZone, t);
  if (opens && closes) return t('event.bookingRules.windowOpenClose', { opens, closes });
  if (opens) return t('event.bookingRules.windowOpen', { opens });
  if (closes) return t('event.bookingRules.windowClose', { closes });
  return null;
}

/** The booking mode and window in effect, for everyone on the `1-1 Chats` tab. */
export function BookingRulesLine({
  event,
  bookingWindow,
}: {
  event: Event;
  bookingWindow: BookingWindowState;
}) {
  const { t, rich } = useT();
  const window = windowText(event, t);
  const status = windowStatus(bookingWindow, t);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="booking-rules">
      <IconCalendarCheck size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <div>
        <Text size="sm">
          {rich('event.bookingRules.line', {
            mode: t(modeLabel[event.bookingMode]),
            text: t(modeText[event.bookingMode]),
            strong: (chunks) => (
              <Text span fw={600}>
                {chunks}
              </Text>
            ),
          })}
          {window && ` ${window}`}
        </Text>
        {status && (
          <Text
            size="sm"
            fw={600}
            // Dark enough for AA contrast on white; a ticking countdown is a timer, which screen readers do not
            // announce at every tick, while the closed notice is a status.
            c={bookingWindow.phase.phase === 'closed' ? 'red.9' : 'blue.9'}
            role={bookingWindow.phase.phase === 'closed' ? 'status' : 'timer'}
          >
            {status}
          </Text>
        )}
      </div>
    </Group>
  );
}
