import { Loader, Stack, Text, Title } from '@mantine/core';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useRecruiterAvailability } from '../../../../api/availability';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { zoneName } from '../../../../time';
import { DayCard } from '../../chats/recruiter/DayCard';
import { SlotLegend } from '../../chats/recruiter/SlotGrid';
import { useDaySaves } from '../../chats/recruiter/useDaySaves';

/**
 * The chosen recruiter's slots over the whole event, in the set-up editor: the talent will pick among the free
 * ones, so the sender can open more right here before inviting. Changes are saved at once, as in set-up.
 */
export function InviteAvailability({ event, recruiterId }: { event: Event; recruiterId: string }) {
  const availability = useRecruiterAvailability(event.id, recruiterId);
  const saves = useDaySaves(event.id, recruiterId);
  if (availability.isPending) return <Loader aria-label="Loading the availability" />;
  if (!availability.data)
    return <ApiErrorAlert error={availability.error} title="Could not open this calendar" />;
  return (
    <Stack>
      <Title order={3} fz="h4">
        {availability.data.recruiter.name}'s availability
      </Title>
      <Text size="sm" c="dark.6">
        The talent picks one of the free slots below. Times are {zoneName(event.timeZone)} time (
        {event.timeZone}).
      </Text>
      <SlotLegend />
      {availability.data.days.map((day) => (
        <DayCard
          key={day.dayId}
          day={day}
          eventDay={event.days.find((d) => d.id === day.dayId)}
          timeZone={event.timeZone}
          state={saves.state(day.dayId)}
          onChange={(draft) => saves.save(day.dayId, draft)}
        />
      ))}
    </Stack>
  );
}
