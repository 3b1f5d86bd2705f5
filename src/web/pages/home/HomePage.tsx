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
import { useT } from '../../i18n/i18n';
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
  const { t } = useT();
  const user = useUser();
  const events = useEvents();
  const home = useHome();
  useWatchEvents(events.data?.map((event) => event.id) ?? []);
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('home.today')}</Title>
          <Text c="dark.6">{formatDay(new Date().toISOString(), viewerTimeZone())}</Text>
        </div>
        {user.role === 'organizer' && (
          <Button component={Link} to="/events/new">
            {t('home.createEvent')}
          </Button>
        )}
      </Group>
      {user.role === 'support' ? (
        <Suspense fallback={<PageLoader label={t('home.loadingSupport')} />}>
          <SupportConsole />
        </Suspense>
      ) : (
        <>
          {home.isPending && <Loader aria-label={t('home.loading')} />}
          <ApiErrorAlert error={home.error} title={t('home.couldNotLoad')} />
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
  const { t } = useT();
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
      <Alert variant="light" color="gray" title={t('home.nothing.title')}>
        {t(viewer === 'talent' ? 'home.nothing.talent' : 'home.nothing.recruiter')}
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
      <HomeSection title={t('home.live')} count={home.live.length}>
        {home.live.map(item(t('home.action.open')))}
      </HomeSection>
      <HomeSection title={t('home.waitingForYou')} count={home.waitingForMe.length}>
        {home.waitingForMe.map(
          item(t(viewer === 'talent' ? 'home.action.answerInvitation' : 'home.action.answerRequest')),
        )}
      </HomeSection>
      <HomeSection title={t('home.pickTime')} count={home.toPick.length}>
        {home.toPick.map(item(t('home.action.chooseTime')))}
      </HomeSection>
      <HomeSection title={t('home.availability')} count={home.availabilityToConfirm.length}>
        {home.availabilityToConfirm.map((event) => (
          <Group component="li" key={event.eventId} gap="xs" style={{ listStyle: 'none' }}>
            <Text>{t('home.availabilityText', { event: event.eventName })}</Text>
            <Anchor component={Link} to={recruiterPaths.availability(event.eventId, userId)} fw={600}>
              {t('home.availabilityLink')}
            </Anchor>
          </Group>
        ))}
      </HomeSection>
      <HomeSection title={t('home.next')} count={home.upcoming.length}>
        {home.upcoming.map(item(t('home.action.open')))}
      </HomeSection>
      <HomeSection
        title={t('home.colleagues')}
        count={home.waitingForColleagues.total}
        footer={
          home.waitingForColleagues.total > home.waitingForColleagues.chats.length && (
            <Text size="sm" c="dark.6">
              {t('home.colleaguesShown', {
                shown: home.waitingForColleagues.chats.length,
                total: home.waitingForColleagues.total,
              })}
            </Text>
          )
        }
      >
        {home.waitingForColleagues.chats.map(item(t('home.action.answerRequest'), { showRecruiter: true }))}
      </HomeSection>
    </Stack>
  );
}
