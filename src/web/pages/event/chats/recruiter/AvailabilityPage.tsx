import { Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useId } from 'react';
import { Link } from 'react-router';
import { recruitersChooseApproval } from '../../../../../shared/booking/booking-window';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useRecruiterAvailability } from '../../../../api/availability';
import { useUser } from '../../../../app/session';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { zoneName } from '../../../../time';
import { DayCard } from './DayCard';
import { DetailsForm } from './DetailsForm';
import { recruiterPaths } from './paths';
import { SlotLegend } from './SlotGrid';
import { useDaySaves } from './useDaySaves';

/** Steps 1 and 2 of the recruiter's journey (docs/DOMAIN.md) for one recruiter (oneself or a colleague): slots per day, details, confirmation. */
export function AvailabilityPage({ event, recruiterId }: { event: Event; recruiterId: string }) {
  const user = useUser();
  const availability = useRecruiterAvailability(event.id, recruiterId);
  const saves = useDaySaves(event.id, recruiterId);
  const isMe = recruiterId === user.id;
  const detailsId = useId();
  const back = (
    <Anchor component={Link} to={recruiterPaths.manage(event.id)} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden /> Back to the team overview
      </Group>
    </Anchor>
  );
  if (availability.isPending) return <Loader aria-label="Loading the availability" />;
  if (!availability.data) {
    return (
      <Stack align="flex-start">
        {back}
        <ApiErrorAlert error={availability.error} title="Could not open this calendar" />
      </Stack>
    );
  }
  const { recruiter, days } = availability.data;
  return (
    <Stack>
      {back}
      <div>
        <Group gap="sm">
          <Title order={2}>{recruiter.name}’s availability</Title>
          {isMe && <Badge variant="light">You</Badge>}
        </Group>
        <Text c="dark.6">
          Open the slots in which talents can book a 1-1 chat with {isMe ? 'you' : recruiter.name}: one
          duration per day, chosen among the organizer’s. Every change is saved at once. Times are{' '}
          {zoneName(event.timeZone)} time ({event.timeZone}).
        </Text>
      </div>
      <SlotLegend />
      {days.map((day) => (
        <DayCard
          key={day.dayId}
          day={day}
          eventDay={event.days.find((d) => d.id === day.dayId)}
          timeZone={event.timeZone}
          state={saves.state(day.dayId)}
          onChange={(draft) => saves.save(day.dayId, draft)}
          skipTo={detailsId}
        />
      ))}
      <DetailsForm
        id={detailsId}
        eventId={event.id}
        availability={availability.data}
        approvalSwitch={recruitersChooseApproval(event)}
        isMe={isMe}
        slotsSaved={saves.settled}
      />
    </Stack>
  );
}
