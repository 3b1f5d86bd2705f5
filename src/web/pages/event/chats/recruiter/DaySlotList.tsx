import { Badge, Group, Stack, Text } from '@mantine/core';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { dayModeLabel, type DayMode } from '../../../../../shared/schemas/events.schemas';
import { formatDate } from '../../../../time';

type DayCounts = TeamMember['days'][number];

export function ModeBadge({ mode }: { mode: DayMode }) {
  return (
    <Badge variant="dot" color={mode === 'virtual' ? 'indigo' : 'teal'} c="dark.7" miw={104}>
      {dayModeLabel[mode]}
    </Badge>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Free and booked slots per event day of one recruiter, with the day's mode and chosen duration. */
export function DaySlotList({
  days,
  showBooked = true,
}: {
  days: readonly DayCounts[];
  showBooked?: boolean;
}) {
  return (
    <Stack gap={6}>
      {days.map((day) => (
        <Group key={day.dayId} gap="xs" wrap="wrap">
          <Text size="sm" fw={600} miw={150}>
            {formatDate(day.date)}
          </Text>
          <ModeBadge mode={day.mode} />
          {day.durationMinutes === null ? (
            <Text size="sm" c="dark.6">
              No slots yet
            </Text>
          ) : (
            <Text size="sm">
              <Text
                span
                inherit
                fw={day.free === 0 ? 700 : undefined}
                c={day.free === 0 ? 'red.9' : undefined}
              >
                {plural(day.free, 'free slot')}
              </Text>
              {showBooked && ` · ${day.booked} booked`}
              <Text span inherit c="dark.6">
                {` · ${day.durationMinutes} min`}
              </Text>
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
