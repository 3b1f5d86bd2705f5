import { Button, Center, Collapse, Loader, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import type { Event } from '../../../shared/schemas/events.schemas';
import { useAllChats } from '../../api/chats';
import { useWatchEvent } from '../../app/watchEvents';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useClock } from '../../components/clock';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/i18n';
import { viewerTimeZone } from '../../time';
import { CalendarFeedSection } from './schedule/CalendarFeedSection';
import { ScheduleItem } from './schedule/ScheduleItem';
import { type ScheduleDay, scheduleSections } from './schedule/scheduleSections';

function Days({ days, event }: { days: ScheduleDay[]; event: Event }) {
  return (
    <Stack gap="lg">
      {days.map(({ day, chats }) => (
        <Stack key={day} gap="xs" component="section" aria-label={day}>
          <Title order={3} fz="h5">
            {day}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0}>
            {chats.map((chat) => (
              <ScheduleItem
                key={chat.id}
                chat={chat}
                eventZone={event.timeZone}
                viewerRole={event.viewerRole}
              />
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}

/** Chats that took place, folded away so what comes next stays on top. */
function Earlier({ days, event }: { days: ScheduleDay[]; event: Event }) {
  const { t } = useT();
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  const count = days.reduce((sum, day) => sum + day.chats.length, 0);
  const Chevron = opened ? IconChevronDown : IconChevronRight;
  return (
    <Stack gap="sm">
      <Button
        variant="subtle"
        color="dark"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={panelId}
        leftSection={<Chevron size={16} aria-hidden />}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('event.schedule.earlier', { count })}
      </Button>
      <Collapse expanded={opened} keepMounted={false} id={panelId}>
        <Days days={days} event={event} />
      </Collapse>
    </Stack>
  );
}

/** `My Schedule`: the viewer's confirmed chats at the event in time order, with `Join` when it is time. */
export function ScheduleTab({ event }: { event: Event }) {
  const { t } = useT();
  useWatchEvent(event.id);
  // Only the chats that hold a time: a recruiter's requests can be many more.
  const confirmed = useAllChats(event.id, { recruiterId: 'mine', status: 'confirmed' });
  const completed = useAllChats(event.id, { recruiterId: 'mine', status: 'completed' });
  const booked = [...(confirmed.data ?? []), ...(completed.data ?? [])];
  // A chat moves to Earlier the moment it ends, without a reload.
  const now = useClock(booked.flatMap((chat) => (chat.endsAt ? [Date.parse(chat.endsAt)] : [])));
  if (confirmed.isPending || completed.isPending)
    return (
      <Center p="xl">
        <Loader aria-label={t('event.schedule.loading')} />
      </Center>
    );
  const { upcoming, earlier } = scheduleSections(booked, now, viewerTimeZone());
  return (
    <Stack gap="xl">
      <ApiErrorAlert error={confirmed.error ?? completed.error} title={t('event.schedule.couldNotLoad')} />
      {upcoming.length > 0 ? (
        <Days days={upcoming} event={event} />
      ) : (
        <EmptyState
          title={earlier.length > 0 ? t('event.schedule.nothingComingUp') : t('event.schedule.noneYet')}
        >
          {t('event.schedule.emptyText', { event: event.name })}
        </EmptyState>
      )}
      {earlier.length > 0 && <Earlier days={earlier} event={event} />}
      <CalendarFeedSection />
    </Stack>
  );
}
