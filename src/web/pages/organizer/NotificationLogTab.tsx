import { Anchor, Badge, Button, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Event } from '../../../shared/schemas/events.schemas';
import {
  type DeliveryStatus,
  deliveryStatuses,
  deliveryStatusLabel,
  type MailKind,
  mailKinds,
  type NotificationLogEntry,
} from '../../../shared/schemas/notification-log.schemas';
import { useNotificationLog, useResendMail } from '../../api/notificationLog';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable';
import { notificationText } from '../../notifications/notificationText';
import { formatDay, formatTime, viewerTimeZone, zoneName } from '../../time';

const kindLabel = (kind: MailKind) => {
  const words = kind.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const statusColor: Record<DeliveryStatus, string> = {
  queued: 'gray',
  retrying: 'yellow',
  sent: 'green',
  failed: 'red',
  delivered: 'blue',
};

/** An instant on the viewer's clock, with the event's beside it when the two read differently. */
function When({ iso, eventZone }: { iso: string; eventZone: string }) {
  const viewerZone = viewerTimeZone();
  const mine = `${formatDay(iso, viewerZone)}, ${formatTime(iso, viewerZone)}`;
  const theirs = `${formatDay(iso, eventZone)}, ${formatTime(iso, eventZone)}`;
  return (
    <Stack gap={0}>
      <Text size="sm">{mine}</Text>
      {mine !== theirs && (
        <Text size="xs" c="dark.6">
          {theirs} {zoneName(eventZone)} time
        </Text>
      )}
    </Stack>
  );
}

/** What the entry said: an email's subject, or the notification's text as its reader saw it. */
function said(entry: NotificationLogEntry, eventZone: string) {
  if (entry.subject !== null) return entry.subject;
  if (!entry.kind || !entry.params || entry.kind === 'account_invitation') return '';
  const role = entry.recipient.role ?? 'talent';
  return notificationText(
    {
      id: entry.id,
      kind: entry.kind as Parameters<typeof notificationText>[0]['kind'],
      eventId: null,
      chatId: entry.chatId,
      supportConversationId: null,
      params: entry.params,
      createdAt: entry.createdAt,
      readAt: entry.readAt,
    },
    role,
    eventZone,
  );
}

/**
 * Every email and in-app notification sent about the event, with what became of it: the organizer sees a failed
 * email and sends it again, on purpose and logged, instead of wondering whether it arrived.
 */
export function NotificationLogTab({ event }: { event: Event }) {
  const [params, setParams] = useSearchParams();
  const person = params.get('person') ?? '';
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const [kind, setKind] = useState<MailKind | null>(null);
  const [search] = useDebouncedValue(person.trim(), 300);
  const log = useNotificationLog(event.id, {
    ...(search ? { person: search } : {}),
    ...(status ? { status } : {}),
    ...(kind ? { kind } : {}),
  });
  const resend = useResendMail(event.id);
  const setPerson = (value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set('person', value);
      else next.delete('person');
      return next;
    });
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  const columns: Column<NotificationLogEntry>[] = [
    { label: 'Created', cell: (e) => <When iso={e.createdAt} eventZone={event.timeZone} /> },
    {
      label: 'Recipient',
      cell: (e) => (
        <Stack gap={0}>
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="left"
            onClick={() => setPerson(e.recipient.email)}
            aria-label={`Show what ${e.recipient.name ?? e.recipient.email} was sent`}
          >
            {e.recipient.name ?? e.recipient.email}
          </Anchor>
          <Text size="xs" c="dark.6">
            {e.recipient.email}
            {e.recipient.role ? ` · ${e.recipient.role}` : ''}
          </Text>
        </Stack>
      ),
    },
    {
      label: 'Message',
      cell: (e) => (
        <Stack gap={0}>
          <Text size="sm">{said(e, event.timeZone)}</Text>
          <Text size="xs" c="dark.6">
            {e.channel === 'email' ? 'Email' : 'In the app'}
            {e.kind ? ` · ${kindLabel(e.kind)}` : ''}
            {e.params?.otherName ? ` · chat with ${e.params.otherName}` : ''}
          </Text>
          {e.resentBy && (
            <Text size="xs" c="dark.6">
              Resent by {e.resentBy.name}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      label: 'Status',
      cell: (e) => (
        <Stack gap={2}>
          <Badge color={statusColor[e.status]} variant="light">
            {deliveryStatusLabel[e.status]}
          </Badge>
          <StatusDetails entry={e} eventZone={event.timeZone} />
        </Stack>
      ),
    },
    {
      label: 'Actions',
      cell: (e) =>
        e.channel === 'email' && (
          <Button
            size="xs"
            variant="default"
            aria-label={`Resend "${e.subject}" to ${e.recipient.email}`}
            loading={resend.isPending && resend.variables === e.id}
            disabled={resend.isPending && resend.variables === e.id}
            onClick={() => resend.mutate(e.id)}
          >
            Resend
          </Button>
        ),
    },
  ];

  return (
    <Stack>
      <Title order={2} fz="h3">
        Notification log
      </Title>
      <Text size="sm" c="dark.6">
        Every email and in-app notification sent to this event's talents and recruiters, and whether it
        arrived. Click a recipient to see everything they were sent.
      </Text>
      <Group align="end">
        <TextInput
          label="Person"
          description="Name or email"
          value={person}
          onChange={(e) => setPerson(e.currentTarget.value)}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={deliveryStatuses.map((s) => ({ value: s, label: deliveryStatusLabel[s] }))}
          value={status}
          onChange={(value) => setStatus(value as DeliveryStatus | null)}
        />
        <Select
          label="Kind"
          placeholder="Any kind"
          clearable
          searchable
          data={mailKinds.map((k) => ({ value: k, label: kindLabel(k) }))}
          value={kind}
          onChange={(value) => setKind(value as MailKind | null)}
        />
      </Group>
      {resend.isSuccess && (
        <Text size="sm" role="status">
          A copy was queued; it appears at the top of the log.
        </Text>
      )}
      <ApiErrorAlert error={log.error ?? resend.error} title="Could not do that" />
      {log.isPending && <Loader aria-label="Loading the notification log" />}
      {log.data && entries.length === 0 && (
        <EmptyState title="Nothing sent">No email or notification matches.</EmptyState>
      )}
      {entries.length > 0 && (
        <ResponsiveTable
          label="Notification log"
          columns={columns}
          rows={entries}
          rowKey={(e) => e.id}
          minWidth={880}
        />
      )}
      {log.hasNextPage && (
        <Button variant="default" loading={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
          Show older
        </Button>
      )}
    </Stack>
  );
}

function StatusDetails({ entry, eventZone }: { entry: NotificationLogEntry; eventZone: string }) {
  switch (entry.status) {
    case 'sent':
      return entry.sentAt ? <When iso={entry.sentAt} eventZone={eventZone} /> : null;
    case 'retrying':
      return (
        <Text size="xs">
          {entry.attempts} {entry.attempts === 1 ? 'attempt' : 'attempts'}
          {entry.nextAttemptAt ? `, next at ${formatTime(entry.nextAttemptAt, viewerTimeZone())}` : ''}.{' '}
          {entry.lastError}
        </Text>
      );
    case 'failed':
      return <Text size="xs">{entry.lastError}</Text>;
    case 'delivered':
      return <Text size="xs">{entry.readAt ? 'Read' : 'Not read yet'}</Text>;
    default:
      return null;
  }
}
