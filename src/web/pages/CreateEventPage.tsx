import { Anchor, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCreateEvent } from '../api/events';
import { useUser } from '../app/session';
import { EmptyState } from '../components/EmptyState';
import { EventForm } from './organizer/event-form/EventForm';
import { newEventValues } from './organizer/event-form/eventFormValues';

export function CreateEventPage() {
  const user = useUser();
  const navigate = useNavigate();
  const create = useCreateEvent();
  const initialValues = useMemo(newEventValues, []);
  if (user.role !== 'organizer') {
    return (
      <EmptyState title="Only organizers create events">
        Events are set up by their organizers, who then register you.{' '}
        <Anchor component={Link} to="/">
          Back to your events
        </Anchor>
      </EmptyState>
    );
  }
  return (
    <Stack maw={1040}>
      <div>
        <Anchor component={Link} to="/" size="sm">
          ← Your events
        </Anchor>
        <Title order={1}>New event</Title>
        <Text c="dark.6">
          Set the days and chat lengths now; you can change everything later. The event stays a draft, visible
          only to you, until you publish it.
        </Text>
      </div>
      <EventForm
        initialValues={initialValues}
        submitLabel="Create event"
        onSubmit={async (input) => {
          const event = await create.mutateAsync(input);
          notifications.show({
            color: 'green',
            title: 'Event created',
            message: `${event.name} is ready. Register companies and talents, then publish it.`,
          });
          navigate(`/events/${event.id}/setup`);
          return event;
        }}
      />
    </Stack>
  );
}
