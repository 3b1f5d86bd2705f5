import { Badge, Group, Stack, Text } from '@mantine/core';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import type { DayMode } from '../../../../../shared/schemas/events.schemas';
import { useT } from '../../../../i18n/i18n';
import { formatDate } from '../../../../time';
import { dayModeKeys } from './chatLabels';

type DayCounts = TeamMember['days'][number];

export function ModeBadge({ mode }: { mode: DayMode }) {
  const { t } = useT();
  return (
    <Badge variant="dot" color={mode === 'virtual' ? 'indigo' : 'teal'} c="dark.7" miw={104}>
      {t(dayModeKeys[mode])}
    </Badge>
  );
}

/** Free and booked slots per event day of one recruiter, with the day's mode and chosen duration. */
export function DaySlotList({
  days,
  showBooked = true,
}: {
  days: readonly DayCounts[];
  showBooked?: boolean;
}) {
  const { t } = useT();
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
              {t('recruiter.daySlots.none')}
            </Text>
          ) : (
            <Text size="sm">
              <Text
                span
                inherit
                fw={day.free === 0 ? 700 : undefined}
                c={day.free === 0 ? 'red.9' : undefined}
              >
                {t('recruiter.daySlots.free', { count: day.free })}
              </Text>
              {showBooked && ` · ${t('recruiter.daySlots.booked', { count: day.booked })}`}
              <Text span inherit c="dark.6">
                {` · ${t('recruiter.daySlots.duration', { minutes: day.durationMinutes })}`}
              </Text>
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
