import { Button, Checkbox, Fieldset, Group, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { DateField, TimeField } from '../../../components/DateTimeFields';
import { useT } from '../../../i18n/i18n';
import { durationChoices, type EventFormValues, MIDNIGHT } from './eventFormValues';

/** One event day: its date, mode, opening hours in the event's zone, and the chat durations allowed. */
export function DayFieldset({
  form,
  index,
  onRemove,
}: {
  form: UseFormReturnType<EventFormValues>;
  index: number;
  /** Absent for the only day: an event keeps at least one. */
  onRemove?: () => void;
}) {
  const { t } = useT();
  const day = form.values.days[index]!;
  const path = (field: keyof typeof day) => `days.${index}.${field}`;
  const untilMidnight = day.closesAt === MIDNIGHT;
  // Unticking "until midnight" brings back the closing time the organizer had before.
  const [closedBefore, setClosedBefore] = useState(untilMidnight ? '17:00' : day.closesAt);
  return (
    <Fieldset
      legend={t('organizer.day.legend', { number: index + 1 })}
      radius="md"
      styles={{ legend: { fontWeight: 700 } }}
    >
      <Stack gap="md">
        <Group align="flex-start" gap="lg" wrap="wrap">
          <DateField
            label={t('organizer.day.date')}
            id={`day-${day.key}-date`}
            hint={t('organizer.day.pickDay')}
            {...form.getInputProps(path('date'))}
          />
          <Radio.Group
            label={t('organizer.day.mode')}
            description={t('organizer.day.modeHint')}
            {...form.getInputProps(path('mode'))}
          >
            <Group gap="md" mt={8}>
              <Radio value="virtual" label={t('organizer.day.virtual')} />
              <Radio value="in_person" label={t('organizer.day.inPerson')} />
            </Group>
          </Radio.Group>
          <TimeField
            label={t('organizer.day.opensAt')}
            description={t('organizer.day.opensAtHint')}
            {...form.getInputProps(path('opensAt'))}
          />
          <Stack gap={6}>
            <TimeField
              label={t('organizer.day.closesAt')}
              description={t('organizer.day.closesAtHint')}
              {...form.getInputProps(path('closesAt'))}
              disabled={untilMidnight}
            />
            <Checkbox
              label={t('organizer.day.untilMidnight')}
              checked={untilMidnight}
              onChange={(event) => {
                if (event.currentTarget.checked) setClosedBefore(day.closesAt);
                form.setFieldValue(path('closesAt'), event.currentTarget.checked ? MIDNIGHT : closedBefore);
              }}
            />
          </Stack>
        </Group>
        <Checkbox.Group
          label={t('organizer.day.durations')}
          description={t('organizer.day.durationsHint')}
          {...form.getInputProps(path('durations'))}
        >
          <Group gap="sm" mt={8}>
            {durationChoices.map((minutes) => (
              <Checkbox
                key={minutes}
                value={String(minutes)}
                label={t('organizer.day.minutes', { minutes })}
              />
            ))}
          </Group>
        </Checkbox.Group>
        {onRemove && (
          <Group justify="flex-end">
            <Button
              variant="subtle"
              color="red.8"
              size="compact-sm"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={onRemove}
            >
              {t('organizer.day.remove')}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
