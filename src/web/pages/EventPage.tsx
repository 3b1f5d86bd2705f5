import { Badge, Group, Loader, Spoiler, Stack, Tabs, Text, Title } from '@mantine/core';
import { type ReactNode, Suspense } from 'react';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import type { Event } from '../../shared/schemas/events.schemas';
import { useEvent } from '../api/events';
import { lazyNamed, PageLoader } from '../app/lazyPage';
import { useWatchEvent } from '../app/watchEvents';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { type MessageKey, useT } from '../i18n/i18n';
import { formatDateRange } from '../time';
import { ChatsTab } from './event/ChatsTab';
import { dayModeKey } from './event/dayModeKey';
import { ScheduleTab } from './event/ScheduleTab';
import { TalentProfilesTab } from './event/TalentProfilesTab';

// The organizer's and the support team's tabs come when one of them opens: a talent's or a recruiter's event page
// does not carry their code.
const SupportTab = lazyNamed(() => import('./event/SupportTab'), 'SupportTab');
const CompaniesTab = lazyNamed(() => import('./organizer/CompaniesTab'), 'CompaniesTab');
const EventSetupTab = lazyNamed(() => import('./organizer/EventSetupTab'), 'EventSetupTab');
const TalentsTab = lazyNamed(() => import('./organizer/TalentsTab'), 'TalentsTab');
const ReportsTab = lazyNamed(() => import('./organizer/ReportsTab'), 'ReportsTab');
const DashboardTab = lazyNamed(() => import('./organizer/DashboardTab'), 'DashboardTab');
const NotificationLogTab = lazyNamed(() => import('./organizer/NotificationLogTab'), 'NotificationLogTab');
const AnnouncementsTab = lazyNamed(() => import('./organizer/AnnouncementsTab'), 'AnnouncementsTab');
const UndeliveredMailWarning = lazyNamed(
  () => import('./organizer/UndeliveredMailWarning'),
  'UndeliveredMailWarning',
);

interface TabSpec {
  path: string;
  label: MessageKey;
  render: (event: Event) => ReactNode;
}

/** The tabs each role sees on an event; browser tests and guides rely on their labels. */
const tabsByRole: Record<Event['viewerRole'], TabSpec[]> = {
  recruiter: [
    { path: 'chats', label: 'event.tabs.chats', render: (event) => <ChatsTab event={event} /> },
    {
      path: 'talents',
      label: 'event.tabs.talentProfiles',
      render: (event) => <TalentProfilesTab event={event} />,
    },
    { path: 'schedule', label: 'event.tabs.schedule', render: (event) => <ScheduleTab event={event} /> },
  ],
  talent: [
    { path: 'chats', label: 'event.tabs.chats', render: (event) => <ChatsTab event={event} /> },
    { path: 'schedule', label: 'event.tabs.schedule', render: (event) => <ScheduleTab event={event} /> },
  ],
  organizer: [
    { path: 'dashboard', label: 'event.tabs.dashboard', render: (event) => <DashboardTab event={event} /> },
    { path: 'setup', label: 'event.tabs.setup', render: (event) => <EventSetupTab event={event} /> },
    { path: 'companies', label: 'event.tabs.companies', render: (event) => <CompaniesTab event={event} /> },
    { path: 'participants', label: 'event.tabs.talents', render: (event) => <TalentsTab event={event} /> },
    { path: 'reports', label: 'event.tabs.reports', render: (event) => <ReportsTab event={event} /> },
    {
      path: 'notification-log',
      label: 'event.tabs.notificationLog',
      render: (event) => <NotificationLogTab event={event} />,
    },
    {
      path: 'announcements',
      label: 'event.tabs.announcements',
      render: (event) => <AnnouncementsTab event={event} />,
    },
  ],
  support: [
    { path: 'support', label: 'event.tabs.support', render: (event) => <SupportTab event={event} /> },
  ],
};

export function EventPage() {
  const { t } = useT();
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  // Every tab of every role follows the organizer's edits (details, days, registrations) as they are saved.
  useWatchEvent(event.data ? eventId : undefined);
  if (event.isPending) return <Loader aria-label={t('event.page.loading')} />;
  if (!event.data) return <ApiErrorAlert error={event.error} title={t('event.page.couldNotOpen')} />;
  const modes = [...new Set(event.data.days.map((day) => day.mode))];
  return (
    <Stack>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>{event.data.name}</Title>
          {!event.data.published && (
            <Badge color="orange" variant="light">
              {t('event.page.draft')}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Text size="sm">
            {t('event.page.datesAndZone', {
              dates: formatDateRange(event.data.days[0]?.date ?? null, event.data.days.at(-1)?.date ?? null),
              zone: event.data.timeZone,
            })}
          </Text>
          {modes.map((mode) => (
            <Badge key={mode} variant="light" color={mode === 'virtual' ? 'indigo' : 'teal'}>
              {t(dayModeKey[mode])}
            </Badge>
          ))}
        </Group>
        {event.data.description && (
          // What the organizer wrote for everyone taking part; long texts fold after a few lines.
          <Spoiler
            maxHeight={72}
            showLabel={t('event.page.showMore')}
            hideLabel={t('event.page.showLess')}
            maw={720}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="event-description">
              {event.data.description}
            </Text>
          </Spoiler>
        )}
      </Stack>
      {event.data.viewerRole === 'organizer' && (
        <Suspense>
          <UndeliveredMailWarning eventId={eventId} />
        </Suspense>
      )}
      {/* `/events/:eventId/:tab/…`: a tab's own places are routes below it; no tab or an unknown one opens the first. */}
      <Routes>
        <Route path=":tab?/*" element={<EventTabs event={event.data} />} />
      </Routes>
    </Stack>
  );
}

function EventTabs({ event }: { event: Event }) {
  const { t } = useT();
  const { tab: current } = useParams();
  const navigate = useNavigate();
  const tabs = tabsByRole[event.viewerRole];
  const active = tabs.find((tab) => tab.path === current) ?? tabs[0]!;
  return (
    <Tabs
      value={active.path}
      onChange={(value) => value && navigate(`/events/${event.id}/${value}`)}
      keepMounted={false}
    >
      <Tabs.List aria-label={t('event.tabs.label')}>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path}>
            {t(tab.label)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.path} value={tab.path} pt="md">
          {tab.path === active.path && (
            <Suspense fallback={<PageLoader label={t('event.tabs.loading', { tab: t(tab.label) })} />}>
              {tab.render(event)}
            </Suspense>
          )}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
