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
import { formatDate, formatDay, formatTime, viewerTimeZone } from '../../time';

type Person = EventHealth['unconfirmed']['recruiters'][number];

const names = (people: Person[]) => people.map((p) => `${p.name} (${p.companyName})`).join(', ');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** When the last reminder went, in the viewer's time with the event's beside it. */
function lastSent(at: string | null, eventZone: string) {
  if (!at) return 'No reminder sent yet.';
  const zone = viewerTimeZone();
  const own = `${formatDay(at, zone)}, ${formatTime(at, zone)}`;
  return zone === eventZone
    ? `Last reminder sent ${own}.`
    : `Last reminder sent ${own} (${formatTime(at, eventZone)} ${eventZone}).`;
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
  const [note, setNote] = useState('');
  return (
    <Paper withBorder p="md" component="section" aria-label={props.title}>
      <Stack gap="xs">
        <Text fw={600}>{props.title}</Text>
        {props.children}
        <LimitedTextarea
          label="Note (optional)"
          description="Added to the email and the notification."
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
            Send reminder
          </Button>
        </Group>
        {send.data && (
          <Text size="sm" role="status">
            Reminder sent to {plural(send.data.sent.length, 'person')}
            {send.data.skipped.length > 0 &&
              `; ${names(send.data.skipped.map((p) => ({ ...p, companyName: 'reminded in the last 12 hours' })))} skipped`}
            .
          </Text>
        )}
        <ApiErrorAlert error={send.error} title="The reminder was not sent" />
      </Stack>
    </Paper>
  );
}

/**
 * The event's health for its organizer: who has not confirmed availability close to the event, companies with no
 * free slot left, days with more waiting requests than free slots; each with a reminder to the people concerned.
 */
export function EventHealthPanel({ event }: { event: Event }) {
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
          Health
        </Title>
        <NumberInput
          label="Flag unconfirmed recruiters from (days before the event)"
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
      <ApiErrorAlert error={health.error} title="Could not read the event's health" />
      {data && warnings === 0 && (
        <Alert color="green" title="Nothing needs your attention">
          Every recruiter due has confirmed availability, every company has free slots, and no day has more
          requests than free slots.
        </Alert>
      )}
      {data && data.unconfirmed.recruiters.length > 0 && (
        <Warning
          event={event}
          title={`${plural(data.unconfirmed.recruiters.length, 'recruiter')} without confirmed availability`}
          lastReminderAt={data.unconfirmed.lastReminderAt}
          reminder={{ kind: 'unconfirmed' }}
        >
          <Text size="sm">
            {data.daysUntilFirstDay !== null && data.daysUntilFirstDay > 0
              ? `The event starts in ${plural(data.daysUntilFirstDay, 'day')}. `
              : ''}
            {names(data.unconfirmed.recruiters)}
          </Text>
        </Warning>
      )}
      {data?.fullCompanies.map((company) => (
        <Warning
          key={company.companyId}
          event={event}
          title={`${company.companyName} has no free slot left`}
          lastReminderAt={company.lastReminderAt}
          reminder={{ kind: 'company_full', companyId: company.companyId }}
        >
          <Text size="sm">
            All {plural(company.takenSlots, 'slot')} ahead are taken. Recruiters:{' '}
            {company.recruiters.map((r) => r.name).join(', ')}
          </Text>
        </Warning>
      ))}
      {data?.busyDays.map((day) => (
        <Warning
          key={day.dayId}
          event={event}
          title={`${formatDate(day.date, 'long')}: ${plural(day.openRequests, 'open request')}, ${plural(day.freeSlots, 'free slot')}`}
          lastReminderAt={day.lastReminderAt}
          reminder={{ kind: 'busy_day', dayId: day.dayId }}
        >
          <Text size="sm">
            Waiting on: {day.recruiters.map((r) => `${r.name} (${r.companyName}, ${r.waiting})`).join(', ')}
          </Text>
        </Warning>
      ))}
    </Stack>
  );
}
