import { Badge, Group, Loader, Spoiler, Stack, Tabs, Text, Title } from '@mantine/core';
import { type ReactNode, Suspense } from 'react';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { dayModeLabel, type Event } from '../../shared/schemas/events.schemas';
import { useEvent } from '../api/events';
import { lazyNamed, PageLoader } from '../app/lazyPage';
import { useWatchEvent } from '../app/watchEvents';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDateRange } from '../time';
import { ChatsTab } from './event/ChatsTab';
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
  label: string;
  render: (event: Event) => ReactNode;
}

/** The tabs each role sees on an event; browser tests and guides rely on their labels. */
const tabsByRole: Record<Event['viewerRole'], TabSpec[]> = {
  recruiter: [
    { path: 'chats', label: '1-1 Chats', render: (event) => <ChatsTab event={event} /> },
    { path: 'talents', label: 'Talent Profiles', render: (event) => <TalentProfilesTab event={event} /> },
    { path: 'schedule', label: 'My Schedule', render: (event) => <ScheduleTab event={event} /> },
  ],
  talent: [
    { path: 'chats', label: '1-1 Chats', render: (event) => <ChatsTab event={event} /> },
    { path: 'schedule', label: 'My Schedule', render: (event) => <ScheduleTab event={event} /> },
  ],
  organizer: [
    { path: 'dashboard', label: 'Dashboard', render: (event) => <DashboardTab event={event} /> },
    { path: 'setup', label: 'Event setup', render: (event) => <EventSetupTab event={event} /> },
    { path: 'companies', label: 'Companies', render: (event) => <CompaniesTab event={event} /> },
    { path: 'participants', label: 'Talents', render: (event) => <TalentsTab event={event} /> },
    { path: 'reports', label: 'Reports', render: (event) => <ReportsTab event={event} /> },
    {
      path: 'notification-log',
      label: 'Notification log',
      render: (event) => <NotificationLogTab event={event} />,
    },
    { path: 'announcements', label: 'Announcements', render: (event) => <AnnouncementsTab event={event} /> },
  ],
  support: [{ path: 'support', label: 'Support', render: (event) => <SupportTab event={event} /> }],
};

export function EventPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  // Every tab of every role follows the organizer's edits (details, days, registrations) as they are saved.
  useWatchEvent(event.data ? eventId : undefined);
  if (event.isPending) return <Loader aria-label="Loading the event" />;
  if (!event.data) return <ApiErrorAlert error={event.error} title="Could not open this event" />;
  const modes = [...new Set(event.data.days.map((day) => day.mode))];
  return (
    <Stack>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>{event.data.name}</Title>
          {!event.data.published && (
            <Badge color="orange" variant="light">
              Draft
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Text size="sm">
            {formatDateRange(event.data.days[0]?.date ?? null, event.data.days.at(-1)?.date ?? null)} · times
            in {event.data.timeZone}
          </Text>
          {modes.map((mode) => (
            <Badge key={mode} variant="light" color={mode === 'virtual' ? 'indigo' : 'teal'}>
              {dayModeLabel[mode]}
            </Badge>
          ))}
        </Group>
        {event.data.description && (
          // What the organizer wrote for everyone taking part; long texts fold after a few lines.
          <Spoiler maxHeight={72} showLabel="Show more" hideLabel="Show less" maw={720}>
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
      <Tabs.List aria-label="Event sections">
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.path} value={tab.path} pt="md">
          {tab.path === active.path && (
            <Suspense fallback={<PageLoader label={`Loading ${tab.label}`} />}>{tab.render(event)}</Suspense>
          )}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
