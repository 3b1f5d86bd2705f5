import { Button, Checkbox, Fieldset, Group, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { DateField, TimeField } from '../../../components/DateTimeFields';
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
  const day = form.values.days[index]!;
  const path = (field: keyof typeof day) => `days.${index}.${field}`;
  const untilMidnight = day.closesAt === MIDNIGHT;
  // Unticking "until midnight" brings back the closing time the organizer had before.
  const [closedBefore, setClosedBefore] = useState(untilMidnight ? '17:00' : day.closesAt);
  return (
    <Fieldset legend={`Day ${index + 1}`} radius="md" styles={{ legend: { fontWeight: 700 } }}>
      <Stack gap="md">
        <Group align="flex-start" gap="lg" wrap="wrap">
          <DateField
            label="Date"
            id={`day-${day.key}-date`}
            hint="Pick a day"
            {...form.getInputProps(path('date'))}
          />
          <Radio.Group label="Mode" description="Where chats happen" {...form.getInputProps(path('mode'))}>
            <Group gap="md" mt={8}>
              <Radio value="virtual" label="Virtual" />
              <Radio value="in_person" label="In-person" />
            </Group>
          </Radio.Group>
          <TimeField
            label="Opens at"
            description="First chat starts"
            {...form.getInputProps(path('opensAt'))}
          />
          <Stack gap={6}>
            <TimeField
              label="Closes at"
              description="Last chat ends"
              {...form.getInputProps(path('closesAt'))}
              disabled={untilMidnight}
            />
            <Checkbox
              label="Open until midnight"
              checked={untilMidnight}
              onChange={(event) => {
                if (event.currentTarget.checked) setClosedBefore(day.closesAt);
                form.setFieldValue(path('closesAt'), event.currentTarget.checked ? MIDNIGHT : closedBefore);
              }}
            />
          </Stack>
        </Group>
        <Checkbox.Group
          label="Chat durations"
          description="Recruiters choose one of these lengths for their chats on this day."
          {...form.getInputProps(path('durations'))}
        >
          <Group gap="sm" mt={8}>
            {durationChoices.map((minutes) => (
              <Checkbox key={minutes} value={String(minutes)} label={`${minutes} min`} />
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
              Remove day
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
