import { Group, Text } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { countdownSentence, formatWindowInstant } from '../../../../shared/booking/booking-window';
import { bookingModeLabel, type Event } from '../../../../shared/schemas/events.schemas';
import type { BookingWindowState } from './bookingWindow';

const modeText: Record<Event['bookingMode'], string> = {
  approval: 'talents send a request, and pick a time once the recruiter approves',
  direct: "talents book a recruiter's free time slot directly",
};

/** Where the window stands now: the live countdown, closed, or nothing while open. */
function windowStatus(window: BookingWindowState): string | null {
  const { phase } = window;
  if (phase.phase === 'not_yet_open') return countdownSentence(phase.opensAt, window.now);
  if (phase.phase === 'closed') return 'Bookings closed';
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
  const bounds = [
    event.bookingsOpenAt &&
      `bookings open ${formatWindowInstant(new Date(event.bookingsOpenAt), event.timeZone)}`,
    event.bookingsCloseAt && `close ${formatWindowInstant(new Date(event.bookingsCloseAt), event.timeZone)}`,
  ].filter(Boolean);
  const status = windowStatus(bookingWindow);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="booking-rules">
      <IconCalendarCheck size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <div>
        <Text size="sm">
          <Text span fw={600}>
            {bookingModeLabel[event.bookingMode]}
          </Text>
          : {modeText[event.bookingMode]}.{bounds.length > 0 && ` Window: ${bounds.join(', ')}.`}
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
