import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { FreeSlotsResponse } from '../../../../../shared/schemas/chats.schemas';
import { FORMAT_LOCALES } from '../../../../../shared/i18n/locales';
import { currentLocale, t as translate, useT } from '../../../../i18n/i18n';
import { formatDay, formatTime } from '../../../../time';
import { ModeBadge } from './badges';

type FreeDay = FreeSlotsResponse['days'][number];
type FreeSlot = FreeDay['slots'][number];

/** The viewer's own clock for a slot, or null when it reads the same as the event's. */
export function viewerClock(startsAt: string, eventZone: string, viewerZone: string): string | null {
  const time = formatTime(startsAt, viewerZone);
  if (time === formatTime(startsAt, eventZone)) return null;
  const sameDay = formatDay(startsAt, viewerZone) === formatDay(startsAt, eventZone);
  const weekday = new Intl.DateTimeFormat(FORMAT_LOCALES[currentLocale()], {
    weekday: 'short',
    timeZone: viewerZone,
  }).format(new Date(startsAt));
  return sameDay ? time : translate('talent.slots.timeOnWeekday', { time, weekday });
}

interface Selection {
  eventZone: string;
  viewerZone: string;
  selected: string | null;
  onSelect: (startsAt: string) => void;
}

/** One day of the picker: its mode, the chat length, where to meet in person, and its free slots. */
export function DaySlots({ day, place, ...selection }: { day: FreeDay; place: string } & Selection) {
  const { t } = useT();
  const values = { minutes: day.durationMinutes, count: day.slots.length, place };
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <ModeBadge mode={day.mode} />
        <Text size="sm" c="dark.6">
          {day.mode === 'in_person' ? t('talent.slots.dayInPerson', values) : t('talent.slots.day', values)}
        </Text>
      </Group>
      <SlotGrid slots={day.slots} {...selection} />
    </Stack>
  );
}

/**
 * One toggle per free slot, named exactly by its time in the event's zone; the viewer's own time is shown beside it
 * when it differs.
 */
function SlotGrid({ slots, eventZone, viewerZone, selected, onSelect }: { slots: FreeSlot[] } & Selection) {
  const { t } = useT();
  return (
    <SimpleGrid cols={{ base: 3, xs: 4, sm: 5 }} spacing="xs">
      {slots.map((slot) => {
        const pressed = slot.startsAt === selected;
        const time = formatTime(slot.startsAt, eventZone);
        const yours = viewerClock(slot.startsAt, eventZone, viewerZone);
        return (
          <Button
            key={slot.startsAt}
            aria-label={time}
            aria-pressed={pressed}
            variant={pressed ? 'filled' : 'default'}
            h="auto"
            py={6}
            px={4}
            onClick={() => onSelect(slot.startsAt)}
          >
            <Stack gap={0} align="center">
              <Text fw={700} size="sm" c="inherit">
                {time}
              </Text>
              {yours && (
                <Text size="xs" c={pressed ? 'inherit' : 'dark.6'}>
                  {t('talent.slots.yourTime', { time: yours })}
                </Text>
              )}
            </Stack>
          </Button>
        );
      })}
    </SimpleGrid>
  );
}
