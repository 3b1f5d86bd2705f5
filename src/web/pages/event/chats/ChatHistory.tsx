import { Badge, Blockquote, Button, Collapse, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import type { Chat, ChatHistoryEntry, ChatHistoryKind } from '../../../../shared/schemas/chats.schemas';
import { formatDay, formatTime, viewerTimeZone } from '../../../time';

/** `Tue, 4 Mar 2030, 09:30` on the viewer's clock. */
const when = (iso: string) => {
  const zone = viewerTimeZone();
  return `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
};

/** What the waitlist did on its own: nobody acted. */
const bySystem = new Set<ChatHistoryKind>(['offered', 'offer_lapsed']);

/** Who acted: their name, or their side once their account is gone; Parley for what the waitlist did. */
const who = (entry: ChatHistoryEntry) =>
  bySystem.has(entry.kind)
    ? 'Parley'
    : (entry.actor?.name ?? (entry.side === 'talent' ? 'The talent' : 'A recruiter'));

const didWhat: Record<ChatHistoryKind, (entry: ChatHistoryEntry) => string> = {
  requested: () => 'requested the chat',
  invited: () => 'sent the invitation',
  approved: () => 'approved the request',
  declined: (entry) => (entry.side === 'talent' ? 'declined the invitation' : 'declined the request'),
  withdrawn: () => 'withdrew the request',
  cancelled: () => 'cancelled the chat',
  rescheduled: () => 'released the time to pick a new one',
  moved: () => 'moved the chat to a new time',
  booked: () => 'booked a time',
  // Marked by the clock where the event says so: no one's name then.
  no_show: (entry) => (entry.actor ? 'marked the talent as a no-show' : 'marked as a no-show'),
  offered: () => 'offered a freed time from the waitlist',
  offer_accepted: () => 'accepted the offered time',
  offer_declined: () => 'let the offered time go',
  offer_lapsed: () => 'passed the offered time on: it was not accepted in time',
};

/** What the time did: released, replaced or booked. */
function timeChange(entry: ChatHistoryEntry): string | null {
  if (entry.fromStartsAt && entry.toStartsAt)
    return `From ${when(entry.fromStartsAt)} to ${when(entry.toStartsAt)}`;
  if (entry.fromStartsAt) return `Was ${when(entry.fromStartsAt)}`;
  if (entry.toStartsAt) return `For ${when(entry.toStartsAt)}`;
  return null;
}

function Said({ children }: { children: string }) {
  return (
    <Blockquote color="gray" p="xs" pl="md" fz="sm" c="dark.7" style={{ whiteSpace: 'pre-wrap' }}>
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
  const entry = calledOff(chat);
  if (!entry) return null;
  return (
    <Badge variant="light" color="gray" c="dark.8" tt="none">
      {entry.kind === 'withdrawn' ? 'Withdrawn' : 'Cancelled'}
    </Badge>
  );
}

/** Who called the chat off, when (on the viewer's clock), and what they said. */
export function CalledOffNote({ chat }: { chat: Chat }) {
  const entry = calledOff(chat);
  if (!entry) return null;
  const verb = entry.kind === 'withdrawn' ? 'Withdrawn' : 'Cancelled';
  return (
    <Stack gap={4}>
      <Text size="sm">{`${verb} by ${who(entry)} on ${when(entry.at)}.`}</Text>
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
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  const latest = chat.history.findLast((entry) => entry.message);
  const Chevron = opened ? IconChevronDown : IconChevronRight;
  return (
    <Stack gap="xs">
      {latest?.message && !quotedElsewhere.includes(latest.kind) && (
        <Stack gap={2}>
          <Text size="sm" fw={600} c="dark.6">
            Latest message
          </Text>
          <Said>{latest.message}</Said>
          <Text size="xs" c="dark.6">
            {`${who(latest)}, ${when(latest.at)}`}
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
            {opened ? 'Hide history' : 'Show history'}
          </Button>
          <Collapse expanded={opened} keepMounted={false} id={panelId}>
            <Stack component="ol" gap="xs" m={0} pl="md" aria-label="History">
              {chat.history.map((entry, index) => {
                const change = timeChange(entry);
                return (
                  // The history only grows at its end, so an entry's place is its identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={index}>
                    <Text size="sm">
                      <Text span fw={600} inherit>
                        {who(entry)}
                      </Text>{' '}
                      {didWhat[entry.kind](entry)}
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
