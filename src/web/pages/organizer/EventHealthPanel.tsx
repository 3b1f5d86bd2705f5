import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  DEFAULT_WARN_DAYS,
  type EventHealth,
  HEALTH_NOTE_MAX,
  type HealthReminderInput,
} from '../../../shared/schemas/event-health.schemas';
import type { Event } from '../../../shared/schemas/events.schemas';
import { useEventHealth, useSendHealthReminder } from '../../api/eventHealth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LimitedTextarea } from '../../components/LengthLimited';
import { t as translate, useT } from '../../i18n/i18n';
import { formatDate, formatDay, formatTime, viewerTimeZone } from '../../time';

type Person = EventHealth['unconfirmed']['recruiters'][number];

const names = (people: Person[]) => people.map((p) => `${p.name} (${p.companyName})`).join(', ');

/** When the last reminder went, in the viewer's time with the event's beside it. */
function lastSent(at: string | null, eventZone: string) {
  if (!at) return translate('organizer.health.noReminder');
  const zone = viewerTimeZone();
  const own = `${formatDay(at, zone)}, ${formatTime(at, zone)}`;
  return zone === eventZone
    ? translate('organizer.health.lastSent', { time: own })
    : translate('organizer.health.lastSentBoth', {
        time: own,
        eventTime: formatTime(at, eventZone),
        zone: eventZone,
      });
}

/** One warning with its one-click reminder and an optional note from the organizer. */
function Warning(props: {
  event: Event;
  title: string;
  children: React.ReactNode;
  lastReminderAt: string | null;
  reminder: HealthReminderInput;
}) {
  const send = useSendHealthReminder(props.event.id);
  const { t } = useT();
  const [note, setNote] = useState('');
  return (
    <Paper withBorder p="md" component="section" aria-label={props.title}>
      <Stack gap="xs">
        <Text fw={600}>{props.title}</Text>
        {props.children}
        <LimitedTextarea
          label={t('organizer.health.note')}
          description={t('organizer.health.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={1}
          maxLength={HEALTH_NOTE_MAX}
        />
        <Group justify="space-between">
          <Text size="sm" c="dark.6">
            {lastSent(props.lastReminderAt, props.event.timeZone)}
          </Text>
          <Button
            loading={send.isPending}
            onClick={() =>
              send.mutate(
                { ...props.reminder, note: note.trim() || undefined },
                { onSuccess: () => setNote('') },
              )
            }
          >
            {t('organizer.health.send')}
          </Button>
        </Group>
        {send.data && (
          <Text size="sm" role="status">
            {send.data.skipped.length > 0
              ? t('organizer.health.sentSkipped', {
                  count: send.data.sent.length,
                  skipped: send.data.skipped
                    .map((p) => t('organizer.health.skippedPerson', { name: p.name }))
                    .join(', '),
                })
              : t('organizer.health.sent', { count: send.data.sent.length })}
          </Text>
        )}
        <ApiErrorAlert error={send.error} title={t('organizer.health.sendError')} />
      </Stack>
    </Paper>
  );
}

/**
 * The event's health for its organizer: who has not confirmed availability close to the event, companies with no
 * free slot left, days with more waiting requests than free slots; each with a reminder to the people concerned.
 */
export function EventHealthPanel({ event }: { event: Event }) {
  const { t } = useT();
  const [withinDays, setWithinDays] = useState(DEFAULT_WARN_DAYS);
  const health = useEventHealth(event.id, withinDays);
  const data = health.data;
  const warnings = data
    ? (data.unconfirmed.recruiters.length > 0 ? 1 : 0) + data.fullCompanies.length + data.busyDays.length
    : 0;
  return (
    <Stack gap="sm" component="section" aria-labelledby="event-health-title">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="event-health-title">
          {t('organizer.health.title')}
        </Title>
        <NumberInput
          label={t('organizer.health.withinDays')}
          value={withinDays}
          min={0}
          max={365}
          allowDecimal={false}
          w={320}
          onChange={(value) =>
            typeof value === 'number' && value >= 0 && value <= 365 && setWithinDays(value)
          }
        />
      </Group>
      <ApiErrorAlert error={health.error} title={t('organizer.health.loadError')} />
      {data && warnings === 0 && (
        <Alert color="green" title={t('organizer.health.allGood.title')}>
          {t('organizer.health.allGood.body')}
        </Alert>
      )}
      {data && data.unconfirmed.recruiters.length > 0 && (
        <Warning
          event={event}
          title={t('organizer.health.unconfirmed.title', { count: data.unconfirmed.recruiters.length })}
          lastReminderAt={data.unconfirmed.lastReminderAt}
          reminder={{ kind: 'unconfirmed' }}
        >
          <Text size="sm">
            {data.daysUntilFirstDay !== null && data.daysUntilFirstDay > 0
              ? t('organizer.health.unconfirmed.startsIn', {
                  days: data.daysUntilFirstDay,
                  names: names(data.unconfirmed.recruiters),
                })
              : names(data.unconfirmed.recruiters)}
          </Text>
        </Warning>
      )}
      {data?.fullCompanies.map((company) => (
        <Warning
          key={company.companyId}
          event={event}
          title={t('organizer.health.full.title', { company: company.companyName })}
          lastReminderAt={company.lastReminderAt}
          reminder={{ kind: 'company_full', companyId: company.companyId }}
        >
          <Text size="sm">
            {t('organizer.health.full.body', {
              count: company.takenSlots,
              names: company.recruiters.map((r) => r.name).join(', '),
            })}
          </Text>
        </Warning>
      ))}
      {data?.busyDays.map((day) => (
        <Warning
          key={day.dayId}
          event={event}
          title={t('organizer.health.busy.title', {
            date: formatDate(day.date, 'long'),
            requests: day.openRequests,
            slots: day.freeSlots,
          })}
          lastReminderAt={day.lastReminderAt}
          reminder={{ kind: 'busy_day', dayId: day.dayId }}
        >
          <Text size="sm">
            {t('organizer.health.busy.body', {
              names: day.recruiters.map((r) => `${r.name} (${r.companyName}, ${r.waiting})`).join(', '),
            })}
          </Text>
        </Warning>
      ))}
    </Stack>
  );
}
