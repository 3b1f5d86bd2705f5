import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useEvents } from '../api/events';
import { useUser } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { EmptyState } from '../components/EmptyState';
import { formatDateRange } from '../time';

export function EventsPage() {
  const user = useUser();
  const events = useEvents();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Your events</Title>
        {user.role === 'organizer' && (
          <Button component={Link} to="/events/new">
            Create event
          </Button>
        )}
      </Group>
      {events.isPending && <Loader aria-label="Loading events" />}
      <ApiErrorAlert error={events.error} title="Could not load your events" />
      {events.data?.length === 0 && (
        <EmptyState title="No events yet">
          {user.role === 'organizer'
            ? 'Create your first event: its days, chat durations and who may send requests.'
            : 'You will see an event here once its organizer registers you for it.'}
        </EmptyState>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {events.data?.map((event) => (
          <Card withBorder key={event.id} component="li" padding="lg">
            <Stack gap={6}>
              <Anchor component={Link} to={`/events/${event.id}`} fw={700} fz="lg">
                {event.name}
              </Anchor>
              <Text size="sm">{formatDateRange(event.firstDay, event.lastDay)}</Text>
              <Group gap="xs">
                <Badge variant="light" color="gray">
                  {event.timeZone}
                </Badge>
                <Badge variant="light" color="gray">
                  {event.dayCount} {event.dayCount === 1 ? 'day' : 'days'}
                </Badge>
                {!event.published && (
                  <Badge variant="light" color="orange">
                    Draft
                  </Badge>
                )}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
