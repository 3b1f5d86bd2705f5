import { Anchor, Badge, Button, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Event } from '../../../shared/schemas/events.schemas';
import {
  type DeliveryStatus,
  deliveryStatuses,
  type MailKind,
  mailKinds,
  type NotificationLogEntry,
} from '../../../shared/schemas/notification-log.schemas';
import { useNotificationLog, useResendMail } from '../../api/notificationLog';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { type MessageKey, useT } from '../../i18n/i18n';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable';
import { notificationText } from '../../notifications/notificationText';
import { formatDay, formatTime, viewerTimeZone, zoneName } from '../../time';

const kindKey: Record<MailKind, MessageKey> = {
  chat_requested: 'organizer.log.kind.chatRequested',
  company_requested: 'organizer.log.kind.companyRequested',
  company_request_declined: 'organizer.log.kind.companyRequestDeclined',
  company_request_withdrawn: 'organizer.log.kind.companyRequestWithdrawn',
  chat_invited: 'organizer.log.kind.chatInvited',
  chat_invited_for_you: 'organizer.log.kind.chatInvitedForYou',
  chat_approved: 'organizer.log.kind.chatApproved',
  chat_declined: 'organizer.log.kind.chatDeclined',
  chat_withdrawn: 'organizer.log.kind.chatWithdrawn',
  invitation_declined: 'organizer.log.kind.invitationDeclined',
  chat_approved_for_you: 'organizer.log.kind.chatApprovedForYou',
  chat_declined_for_you: 'organizer.log.kind.chatDeclinedForYou',
  chat_confirmed: 'organizer.log.kind.chatConfirmed',
  chat_cancelled: 'organizer.log.kind.chatCancelled',
  chat_rescheduled: 'organizer.log.kind.chatRescheduled',
  chat_moved: 'organizer.log.kind.chatMoved',
  reminder_hour: 'organizer.log.kind.reminderHour',
  reminder_ten_minutes: 'organizer.log.kind.reminderTenMinutes',
  support_reply: 'organizer.log.kind.supportReply',
  booth_called: 'organizer.log.kind.boothCalled',
  booth_missed: 'organizer.log.kind.boothMissed',
  chat_no_show: 'organizer.log.kind.chatNoShow',
  chat_running_late: 'organizer.log.kind.chatRunningLate',
  waitlist_offer: 'organizer.log.kind.waitlistOffer',
  waitlist_offer_lapsed: 'organizer.log.kind.waitlistOfferLapsed',
  organizer_reminder: 'organizer.log.kind.organizerReminder',
  announcement: 'organizer.log.kind.announcement',
  account_invitation: 'organizer.log.kind.accountInvitation',
  password_reset: 'organizer.log.kind.passwordReset',
  password_changed: 'organizer.log.kind.passwordChanged',
};

const deliveryStatusLabel: Record<DeliveryStatus, MessageKey> = {
  queued: 'organizer.log.status.queued',
  retrying: 'organizer.log.status.retrying',
  sent: 'organizer.log.status.sent',
  failed: 'organizer.log.status.failed',
  delivered: 'organizer.log.status.delivered',
};

const roleLabel: Record<NonNullable<NotificationLogEntry['recipient']['role']>, MessageKey> = {
  organizer: 'organizer.log.role.organizer',
  recruiter: 'organizer.log.role.recruiter',
  talent: 'organizer.log.role.talent',
  support: 'organizer.log.role.support',
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
  const { t } = useT();
  const viewerZone = viewerTimeZone();
  const mine = `${formatDay(iso, viewerZone)}, ${formatTime(iso, viewerZone)}`;
  const theirs = `${formatDay(iso, eventZone)}, ${formatTime(iso, eventZone)}`;
  return (
    <Stack gap={0}>
      <Text size="sm">{mine}</Text>
      {mine !== theirs && (
        <Text size="xs" c="dark.6">
          {t('time.eventTime', { time: theirs, zone: zoneName(eventZone) })}
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
  const { t } = useT();
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
    { label: t('organizer.log.created'), cell: (e) => <When iso={e.createdAt} eventZone={event.timeZone} /> },
    {
      label: t('organizer.log.recipient'),
      cell: (e) => (
        <Stack gap={0}>
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="start"
            onClick={() => setPerson(e.recipient.email)}
            aria-label={t('organizer.log.showSent', { name: e.recipient.name ?? e.recipient.email })}
          >
            {e.recipient.name ?? e.recipient.email}
          </Anchor>
          <Text size="xs" c="dark.6">
            {e.recipient.email}
            {e.recipient.role ? ` · ${t(roleLabel[e.recipient.role])}` : ''}
          </Text>
        </Stack>
      ),
    },
    {
      label: t('organizer.log.message'),
      cell: (e) => (
        <Stack gap={0}>
          <Text size="sm">{said(e, event.timeZone)}</Text>
          <Text size="xs" c="dark.6">
            {e.channel === 'email' ? t('organizer.log.channel.email') : t('organizer.log.channel.app')}
            {e.kind ? ` · ${t(kindKey[e.kind])}` : ''}
            {e.params?.otherName ? ` · ${t('organizer.log.chatWith', { name: e.params.otherName })}` : ''}
          </Text>
          {e.resentBy && (
            <Text size="xs" c="dark.6">
              {t('organizer.log.resentBy', { name: e.resentBy.name })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      label: t('organizer.log.status'),
      cell: (e) => (
        <Stack gap={2}>
          <Badge color={statusColor[e.status]} variant="light">
            {t(deliveryStatusLabel[e.status])}
          </Badge>
          <StatusDetails entry={e} eventZone={event.timeZone} />
        </Stack>
      ),
    },
    {
      label: t('organizer.table.actions'),
      cell: (e) =>
        e.channel === 'email' && (
          <Button
            size="xs"
            variant="default"
            aria-label={t('organizer.log.resendLabel', {
              subject: e.subject ?? '',
              email: e.recipient.email,
            })}
            loading={resend.isPending && resend.variables === e.id}
            disabled={resend.isPending && resend.variables === e.id}
            onClick={() => resend.mutate(e.id)}
          >
            {t('organizer.log.resend')}
          </Button>
        ),
    },
  ];

  return (
    <Stack>
      <Title order={2} fz="h3">
        {t('organizer.log.title')}
      </Title>
      <Text size="sm" c="dark.6">
        {t('organizer.log.intro')}
      </Text>
      <Group align="end">
        <TextInput
          label={t('organizer.log.person')}
          description={t('organizer.log.personHint')}
          value={person}
          onChange={(e) => setPerson(e.currentTarget.value)}
        />
        <Select
          label={t('organizer.log.status')}
          placeholder={t('organizer.log.anyStatus')}
          clearable
          data={deliveryStatuses.map((s) => ({ value: s, label: t(deliveryStatusLabel[s]) }))}
          value={status}
          onChange={(value) => setStatus(value as DeliveryStatus | null)}
        />
        <Select
          label={t('organizer.log.kind')}
          placeholder={t('organizer.log.anyKind')}
          clearable
          searchable
          data={mailKinds.map((k) => ({ value: k, label: t(kindKey[k]) }))}
          value={kind}
          onChange={(value) => setKind(value as MailKind | null)}
        />
      </Group>
      {resend.isSuccess && (
        <Text size="sm" role="status">
          {t('organizer.log.queued')}
        </Text>
      )}
      <ApiErrorAlert error={log.error ?? resend.error} title={t('organizer.log.error')} />
      {log.isPending && <Loader aria-label={t('organizer.log.loading')} />}
      {log.data && entries.length === 0 && (
        <EmptyState title={t('organizer.log.empty.title')}>{t('organizer.log.empty.body')}</EmptyState>
      )}
      {entries.length > 0 && (
        <ResponsiveTable
          label={t('organizer.log.title')}
          columns={columns}
          rows={entries}
          rowKey={(e) => e.id}
          minWidth={880}
        />
      )}
      {log.hasNextPage && (
        <Button variant="default" loading={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
          {t('organizer.log.older')}
        </Button>
      )}
    </Stack>
  );
}

function StatusDetails({ entry, eventZone }: { entry: NotificationLogEntry; eventZone: string }) {
  const { t } = useT();
  switch (entry.status) {
    case 'sent':
      return entry.sentAt ? <When iso={entry.sentAt} eventZone={eventZone} /> : null;
    case 'retrying':
      return (
        <Text size="xs">
          {entry.nextAttemptAt
            ? t('organizer.log.attemptsNext', {
                count: entry.attempts,
                time: formatTime(entry.nextAttemptAt, viewerTimeZone()),
              })
            : t('organizer.log.attempts', { count: entry.attempts })}{' '}
          {entry.lastError}
        </Text>
      );
    case 'failed':
      return <Text size="xs">{entry.lastError}</Text>;
    case 'delivered':
      return <Text size="xs">{entry.readAt ? t('organizer.log.read') : t('organizer.log.notRead')}</Text>;
    default:
      return null;
  }
}
