import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { Link } from 'react-router';
import type { Event } from '../../../shared/schemas/events.schemas';
import type { HomeResponse } from '../../../shared/schemas/home.schemas';
import { useEvents } from '../../api/events';
import { useHome } from '../../api/home';
import { useWatchEvents } from '../../app/watchEvents';
import { useUser } from '../../app/session';
import { lazyNamed, PageLoader } from '../../app/lazyPage';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { UnreadNotifications } from '../../notifications/UnreadNotifications';
import { formatDay, viewerTimeZone } from '../../time';
import { recruiterPaths } from '../event/chats/recruiter/paths';
import { EventList } from './EventList';
import { HomeChatItem, HomeSection } from './HomeChatItem';

// The support team's console is theirs alone: other roles' home screens do not carry its code.
const SupportConsole = lazyNamed(() => import('../../support/SupportConsole'), 'SupportConsole');

type EventSummary = NonNullable<ReturnType<typeof useEvents>['data']>[number];

/**
 * `/`: the first screen after login answers "what do I do now?" — a chat that is live, the next ones, what waits
 * for an answer, times to pick, availability to confirm, unread notifications — above the events with their
 * counts. Support agents get their console here.
 */
export function HomePage() {
  const user = useUser();
  const events = useEvents();
  const home = useHome();
  useWatchEvents(events.data?.map((event) => event.id) ?? []);
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Today</Title>
          <Text c="dark.6">{formatDay(new Date().toISOString(), viewerTimeZone())}</Text>
        </div>
        {user.role === 'organizer' && (
          <Button component={Link} to="/events/new">
            Create event
          </Button>
        )}
      </Group>
      {user.role === 'support' ? (
        <Suspense fallback={<PageLoader label="Loading the support console" />}>
          <SupportConsole />
        </Suspense>
      ) : (
        <>
          {home.isPending && <Loader aria-label="Loading what needs you today" />}
          <ApiErrorAlert error={home.error} title="Could not load your day" />
          {home.data && (user.role === 'talent' || user.role === 'recruiter') && (
            <ToDo home={home.data} viewer={user.role} userId={user.id} events={events.data ?? []} />
          )}
          <UnreadNotifications />
        </>
      )}
      <EventList events={events} counts={home.data?.events} role={user.role} />
    </Stack>
  );
}

function ToDo({
  home,
  viewer,
  userId,
  events,
}: {
  home: HomeResponse;
  viewer: 'talent' | 'recruiter';
  userId: string;
  events: EventSummary[];
}) {
  const eventOf = (eventId: string): Pick<Event, 'name' | 'timeZone'> | undefined =>
    events.find((event) => event.id === eventId);
  const nothing =
    home.live.length +
      home.upcoming.length +
      home.waitingForMe.length +
      home.waitingForColleagues.total +
      home.toPick.length +
      home.availabilityToConfirm.length ===
    0;
  if (nothing) {
    return (
      <Alert variant="light" color="gray" title="Nothing needs you right now">
        {viewer === 'talent'
          ? 'Open an event to find recruiters and request a 1-1 chat.'
          : 'New requests and your next chats will show here.'}
      </Alert>
    );
  }
  const item = (action: string, options: { showRecruiter?: boolean } = {}) =>
    function render(chat: HomeResponse['live'][number]) {
      return (
        <HomeChatItem
          key={chat.id}
          chat={chat}
          viewer={viewer}
          event={eventOf(chat.eventId)}
          action={action}
          {...options}
        />
      );
    };
  return (
    <Stack gap="lg">
      <HomeSection title="Live now" count={home.live.length}>
        {home.live.map(item('Open chat'))}
      </HomeSection>
      <HomeSection title="Waiting for your answer" count={home.waitingForMe.length}>
        {home.waitingForMe.map(item(viewer === 'talent' ? 'Answer invitation' : 'Answer request'))}
      </HomeSection>
      <HomeSection title="Pick a time" count={home.toPick.length}>
        {home.toPick.map(item('Choose a time'))}
      </HomeSection>
      <HomeSection title="Availability to confirm" count={home.availabilityToConfirm.length}>
        {home.availabilityToConfirm.map((event) => (
          <Group component="li" key={event.eventId} gap="xs" style={{ listStyle: 'none' }}>
            <Text>Talents cannot request you at {event.eventName} until you confirm your availability.</Text>
            <Anchor component={Link} to={recruiterPaths.availability(event.eventId, userId)} fw={600}>
              Set up your availability
            </Anchor>
          </Group>
        ))}
      </HomeSection>
      <HomeSection title="Next chats" count={home.upcoming.length}>
        {home.upcoming.map(item('Open chat'))}
      </HomeSection>
      <HomeSection
        title="Your colleagues' requests"
        count={home.waitingForColleagues.total}
        footer={
          home.waitingForColleagues.total > home.waitingForColleagues.chats.length && (
            <Text size="sm" c="dark.6">
              {home.waitingForColleagues.chats.length} of {home.waitingForColleagues.total} shown, oldest
              first. All of them are in each event's All 1-1 Chats.
            </Text>
          )
        }
      >
        {home.waitingForColleagues.chats.map(item('Answer request', { showRecruiter: true }))}
      </HomeSection>
    </Stack>
  );
}
