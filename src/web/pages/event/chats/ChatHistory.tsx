import { Badge, Blockquote, Button, Collapse, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import type { Chat, ChatHistoryEntry, ChatHistoryKind } from '../../../../shared/schemas/chats.schemas';
import { type MessageKey, useT } from '../../../i18n/i18n';
import { formatDay, formatTime, viewerTimeZone } from '../../../time';

type Translate = ReturnType<typeof useT>['t'];

/** `Tue, 4 Mar 2030, 09:30` on the viewer's clock. */
const when = (iso: string) => {
  const zone = viewerTimeZone();
  return `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
};

/** What the waitlist did on its own: nobody acted. */
const bySystem = new Set<ChatHistoryKind>(['offered', 'offer_lapsed']);

/** Who acted: their name, or their side once their account is gone; Parley for what the waitlist did. */
const who = (entry: ChatHistoryEntry, t: Translate) =>
  bySystem.has(entry.kind)
    ? t('event.history.parley')
    : (entry.actor?.name ??
      (entry.side === 'talent' ? t('event.history.theTalent') : t('event.history.aRecruiter')));

/** What they did, as a sentence with `<b>{who}</b>` as its subject. */
const didWhat: Record<ChatHistoryKind, (entry: ChatHistoryEntry) => MessageKey> = {
  requested: () => 'event.history.requested',
  invited: () => 'event.history.invited',
  approved: () => 'event.history.approved',
  declined: (entry) =>
    entry.side === 'talent' ? 'event.history.declinedInvitation' : 'event.history.declinedRequest',
  withdrawn: () => 'event.history.withdrawn',
  cancelled: () => 'event.history.cancelled',
  rescheduled: () => 'event.history.rescheduled',
  moved: () => 'event.history.moved',
  booked: () => 'event.history.booked',
  // Marked by the clock where the event says so: no one's name then.
  no_show: (entry) => (entry.actor ? 'event.history.noShowMarked' : 'event.history.noShow'),
  offered: () => 'event.history.offered',
  offer_accepted: () => 'event.history.offerAccepted',
  offer_declined: () => 'event.history.offerDeclined',
  offer_lapsed: () => 'event.history.offerLapsed',
};

/** What the time did: released, replaced or booked. */
function timeChange(entry: ChatHistoryEntry, t: Translate): string | null {
  if (entry.fromStartsAt && entry.toStartsAt)
    return t('event.history.fromTo', { from: when(entry.fromStartsAt), to: when(entry.toStartsAt) });
  if (entry.fromStartsAt) return t('event.history.was', { time: when(entry.fromStartsAt) });
  if (entry.toStartsAt) return t('event.history.for', { time: when(entry.toStartsAt) });
  return null;
}

function Said({ children }: { children: string }) {
  return (
    <Blockquote color="gray" p="xs" ps="md" fz="sm" c="dark.7" style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Blockquote>
  );
}

/** The entry that called the chat off (cancelled, or a request withdrawn), if it was. */
const calledOff = (chat: Chat): ChatHistoryEntry | undefined =>
  chat.state === 'cancelled'
    ? chat.history.findLast((entry) => entry.kind === 'cancelled' || entry.kind === 'withdrawn')
    : undefined;

/** `Cancelled` or `Withdrawn`, for a chat called off; dark text keeps AA contrast on the tint. */
export function CalledOffBadge({ chat }: { chat: Chat }) {
  const { t } = useT();
  const entry = calledOff(chat);
  if (!entry) return null;
  return (
    <Badge variant="light" color="gray" c="dark.8" tt="none">
      {entry.kind === 'withdrawn' ? t('event.history.withdrawnBadge') : t('event.history.cancelledBadge')}
    </Badge>
  );
}

/** Who called the chat off, when (on the viewer's clock), and what they said. */
export function CalledOffNote({ chat }: { chat: Chat }) {
  const { t } = useT();
  const entry = calledOff(chat);
  if (!entry) return null;
  const values = { who: who(entry, t), when: when(entry.at) };
  return (
    <Stack gap={4}>
      <Text size="sm">
        {entry.kind === 'withdrawn'
          ? t('event.history.withdrawnBy', values)
          : t('event.history.cancelledBy', values)}
      </Text>
      {entry.message && <Said>{entry.message}</Said>}
    </Stack>
  );
}

/** Messages the cards quote in a place of their own: the request or invitation, the decline, the call-off. */
const quotedElsewhere: readonly ChatHistoryKind[] = [
  'requested',
  'invited',
  'declined',
  'cancelled',
  'withdrawn',
];

/**
 * The chat's latest message with who said it and when, unless the card quotes it already, and the whole history
 * behind a disclosure (`Show history`), oldest first.
 */
export function ChatHistory({ chat }: { chat: Chat }) {
  const { t, rich } = useT();
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  const latest = chat.history.findLast((entry) => entry.message);
  const Chevron = opened ? IconChevronDown : IconChevronRight;
  return (
    <Stack gap="xs">
      {latest?.message && !quotedElsewhere.includes(latest.kind) && (
        <Stack gap={2}>
          <Text size="sm" fw={600} c="dark.6">
            {t('event.history.latestMessage')}
          </Text>
          <Said>{latest.message}</Said>
          <Text size="xs" c="dark.6">
            {t('event.history.byWhen', { who: who(latest, t), when: when(latest.at) })}
          </Text>
        </Stack>
      )}
      {chat.history.length > 0 && (
        <>
          <Button
            variant="subtle"
            color="dark"
            size="compact-sm"
            onClick={toggle}
            aria-expanded={opened}
            aria-controls={panelId}
            leftSection={<Chevron size={14} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
          >
            {opened ? t('event.history.hide') : t('event.history.show')}
          </Button>
          <Collapse expanded={opened} keepMounted={false} id={panelId}>
            <Stack component="ol" gap="xs" m={0} ps="md" aria-label={t('event.history.label')}>
              {chat.history.map((entry, index) => {
                const change = timeChange(entry, t);
                return (
                  // The history only grows at its end, so an entry's place is its identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={index}>
                    <Text size="sm">
                      {rich(didWhat[entry.kind](entry), {
                        who: who(entry, t),
                        b: (chunks) => (
                          <Text span fw={600} inherit>
                            {chunks}
                          </Text>
                        ),
                      })}
                      <Text span c="dark.6" inherit>
                        {` · ${when(entry.at)}`}
                      </Text>
                    </Text>
                    {change && (
                      <Text size="xs" c="dark.6">
                        {change}
                      </Text>
                    )}
                    {entry.message && <Said>{entry.message}</Said>}
                  </li>
                );
              })}
            </Stack>
          </Collapse>
        </>
      )}
    </Stack>
  );
}
