import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Role } from '../../../shared/schemas/auth.schemas';
import type { HomeEventCounts } from '../../../shared/schemas/home.schemas';
import { Link } from 'react-router';
import type { useEvents } from '../../api/events';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { formatDateRange } from '../../time';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What the counts of an event say, most urgent first; zeros are left out. */
function countTexts(counts: HomeEventCounts, role: Role): string[] {
  const texts = [
    counts.live > 0 && `${counts.live} live now`,
    counts.today > 0 && plural(counts.today, 'chat today', 'chats today'),
    counts.waitingForAnswer > 0 &&
      `${counts.waitingForAnswer} waiting for ${role === 'organizer' ? 'an answer' : 'your answer'}`,
    counts.toPick > 0 &&
      plural(counts.toPick, 'chat', 'chats') +
        (role === 'talent' ? ' to pick a time for' : ' waiting for a time'),
    counts.upcoming > 0 && `${counts.upcoming} upcoming`,
    (counts.recruitersWithoutAvailability ?? 0) > 0 &&
      plural(counts.recruitersWithoutAvailability!, 'recruiter', 'recruiters') +
        ' without confirmed availability',
  ];
  return texts.filter((text): text is string => Boolean(text));
}

/** The events the person takes part in, each a link named by the event, with what needs them there. */
export function EventList({
  events,
  counts,
  role,
}: {
  events: ReturnType<typeof useEvents>;
  counts: HomeEventCounts[] | undefined;
  role: Role;
}) {
  return (
    <Stack component="section" gap="sm" aria-labelledby="home-events">
      <Title order={2} id="home-events">
        Your events
      </Title>
      {events.isPending && <Loader aria-label="Loading events" />}
      <ApiErrorAlert error={events.error} title="Could not load your events" />
      {events.data?.length === 0 && (
        <EmptyState title="No events yet">
          {role === 'organizer'
            ? 'Create your first event: its days, chat durations and who may send requests.'
            : 'You will see an event here once its organizer registers you for it.'}
        </EmptyState>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {events.data?.map((event) => {
          const eventCounts = counts?.find((c) => c.eventId === event.id);
          const texts = eventCounts ? countTexts(eventCounts, role) : [];
          return (
            <Card withBorder key={event.id} component="li" padding="lg">
              <Stack gap={6}>
                <Anchor component={Link} to={`/events/${event.id}`} fw={700} fz="lg">
                  {event.name}
                </Anchor>
                <Text size="sm">{formatDateRange(event.firstDay, event.lastDay)}</Text>
                <Group gap="xs">
                  <Badge variant="light" color="gray" c="dark.8" tt="none">
                    {event.timeZone}
                  </Badge>
                  <Badge variant="light" color="gray" c="dark.8" tt="none">
                    {plural(event.dayCount, 'day', 'days')}
                  </Badge>
                  {!event.published && (
                    <Badge variant="light" color="orange" c="dark.8" tt="none">
                      Draft
                    </Badge>
                  )}
                </Group>
                {texts.length > 0 && (
                  <Text component="ul" size="sm" m={0} pl="md">
                    {texts.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </Text>
                )}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
