import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, type To, useLocation, useSearchParams } from 'react-router';
import type {
  SupportConversationSummary,
  SupportMessage,
  SupportStatus,
} from '../../shared/schemas/support.schemas';
import { useSupportAgentActions, useSupportConversation, useSupportConversations } from '../api/support';
import { useUser } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ChatTime } from '../components/ChatTime';
import { EmptyState } from '../components/EmptyState';
import { chatTimeText, formatDay, formatTime, viewerTimeZone } from '../time';
import { SupportMessageForm } from './SupportMessageForm';
import { SupportMessages } from './SupportMessages';
import { useNow, waitedText } from './waiting';

/** Past this, a wait is shown in red: someone is stuck in a chat room. */
const LONG_WAIT_MS = 5 * 60_000;

function WaitingBadge({ conversation }: { conversation: SupportConversationSummary }) {
  const now = useNow(1000);
  if (conversation.status === 'closed') {
    return (
      <Badge color="gray" variant="light">
        Closed
      </Badge>
    );
  }
  if (!conversation.waitingSince) {
    return (
      <Badge color="teal" variant="light">
        Answered
      </Badge>
    );
  }
  const long = now - Date.parse(conversation.waitingSince) > LONG_WAIT_MS;
  return (
    <Badge color={long ? 'red' : 'orange'} variant="light" tt="none">
      Waiting {waitedText(conversation.waitingSince, now)}
    </Badge>
  );
}

const roleLine = (asker: SupportConversationSummary['asker']) =>
  asker.role === 'recruiter' ? `Recruiter · ${asker.company ?? ''}` : 'Talent';

const chatLine = (chat: NonNullable<SupportConversationSummary['chat']>) =>
  `${chat.talent.name} with ${chat.recruiter.name} (${chat.company})`;

/** One line of the list: who, from where, how long they have waited, and what they wrote last. */
function ConversationLine({
  conversation,
  selected,
  to,
}: {
  conversation: SupportConversationSummary;
  selected: boolean;
  to: To;
}) {
  const { asker, event, chat, lastMessage } = conversation;
  return (
    <Paper
      component={Link}
      to={to}
      aria-current={selected ? 'true' : undefined}
      withBorder
      p="sm"
      bg={selected ? 'indigo.0' : undefined}
      style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
    >
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={700}>{asker.name}</Text>
          <WaitingBadge conversation={conversation} />
        </Group>
        <Text size="sm">{roleLine(asker)}</Text>
        {event && <Text size="sm">Event: {event.name}</Text>}
        {chat && (
          <Text size="sm">
            Chat: {chatLine(chat)}
            {chat.startsAt && chat.endsAt && event
              ? `, ${chatTimeText(chat.startsAt, chat.endsAt, event.timeZone).viewer}`
              : ''}
          </Text>
        )}
        {lastMessage && (
          <Text size="sm" c="dark.6" lineClamp={1}>
            {lastMessage.fromSupport ? 'Support: ' : ''}
            {lastMessage.body}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The open conversation on the right: where the person is, the messages, and the agent's reply and close. */
function ConversationPanel({ conversationId }: { conversationId: string }) {
  const me = useUser();
  const conversation = useSupportConversation(conversationId);
  const actions = useSupportAgentActions(conversationId);
  if (conversation.isPending) return <Loader aria-label="Loading the conversation" />;
  if (!conversation.data)
    return <ApiErrorAlert error={conversation.error} title="Could not open this conversation" />;
  const { asker, event, chat, status, closedAt, closedBy } = conversation.data;
  const authorOf = (message: SupportMessage) => {
    if (!message.fromSupport) return asker.name;
    return message.author.id === me.id ? 'You' : `${message.author.name} (Support)`;
  };
  const zone = viewerTimeZone();
  return (
    <Paper withBorder p="md" component="section" aria-label={`Conversation with ${asker.name}`}>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} fz="h3">
              {asker.name}
            </Title>
            <Text size="sm">{roleLine(asker)}</Text>
          </Stack>
          <WaitingBadge conversation={conversation.data} />
        </Group>
        {(event || chat) && (
          <Paper bg="gray.0" p="sm">
            <Stack gap={4}>
              {event && (
                <Text size="sm">
                  Event:{' '}
                  <Anchor component={Link} to={`/events/${event.id}`}>
                    {event.name}
                  </Anchor>
                </Text>
              )}
              {chat && <Text size="sm">1-1 chat: {chatLine(chat)}</Text>}
              {chat?.startsAt && chat.endsAt && event && (
                <ChatTime startsAt={chat.startsAt} endsAt={chat.endsAt} eventZone={event.timeZone} />
              )}
            </Stack>
          </Paper>
        )}
        <SupportMessages
          conversationId={conversationId}
          label={`Messages with ${asker.name}`}
          authorOf={authorOf}
          ownSide="support"
          height={360}
        />
        {status === 'open' ? (
          <SupportMessageForm
            label="Reply"
            submitLabel="Send reply"
            send={actions.reply.mutateAsync}
            error={actions.reply.error}
            pending={actions.reply.isPending}
            extraActions={
              <Button
                variant="default"
                loading={actions.close.isPending}
                onClick={() => actions.close.mutate()}
              >
                Close conversation
              </Button>
            }
          />
        ) : (
          <Text size="sm" c="dark.6">
            Closed{closedBy ? ` by ${closedBy.id === me.id ? 'you' : closedBy.name}` : ''}
            {closedAt ? ` on ${formatDay(closedAt, zone)} at ${formatTime(closedAt, zone)}` : ''}. If{' '}
            {asker.name} writes again, a new conversation opens.
          </Text>
        )}
        <ApiErrorAlert error={actions.close.error} title="Could not close the conversation" />
      </Stack>
    </Paper>
  );
}

/**
 * The support agents' console: open conversations, the longest waiting first, or the closed ones; the chosen one
 * beside the list. The choice lives in the address (`?conversation=`), so a conversation can be linked. Within an
 * event's `Support` tab, it shows that event's conversations only.
 */
export function SupportConsole({ eventId }: { eventId?: string }) {
  const [params, setParams] = useSearchParams();
  const status: SupportStatus = params.get('status') === 'closed' ? 'closed' : 'open';
  const selectedId = params.get('conversation') ?? undefined;
  const conversations = useSupportConversations(status, eventId);
  const { pathname } = useLocation();
  // Spelled out: a search-only link would resolve against the matched route, which may drop the event's tab.
  const linkTo = (conversationId: string) => {
    const next = new URLSearchParams(params);
    next.set('conversation', conversationId);
    return { pathname, search: `?${next}` };
  };
  const where = eventId ? ' at this event' : '';
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack>
          <SegmentedControl
            aria-label="Which conversations"
            value={status}
            onChange={(value) => setParams(value === 'closed' ? { status: 'closed' } : {})}
            data={[
              { value: 'open', label: 'Open' },
              { value: 'closed', label: 'Closed' },
            ]}
          />
          {conversations.isPending && <Loader aria-label="Loading the conversations" />}
          <ApiErrorAlert error={conversations.error} title="Could not load the conversations" />
          {conversations.data?.length === 0 && (
            <EmptyState
              title={status === 'open' ? 'No open support conversations' : 'No closed conversations yet'}
            >
              {status === 'open'
                ? `When someone${where} asks for technical support, their conversation appears here, the longest waiting first.`
                : `Conversations${where} you or another agent closed appear here.`}
            </EmptyState>
          )}
          <Stack
            component="ul"
            gap="xs"
            aria-label={status === 'open' ? 'Open conversations' : 'Closed conversations'}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {conversations.data?.map((conversation) => (
              <li key={conversation.id}>
                <ConversationLine
                  conversation={conversation}
                  selected={conversation.id === selectedId}
                  to={linkTo(conversation.id)}
                />
              </li>
            ))}
          </Stack>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        {selectedId ? (
          <ConversationPanel key={selectedId} conversationId={selectedId} />
        ) : (
          conversations.data?.length !== 0 && (
            <Text c="dark.6">Choose a conversation to read it and reply.</Text>
          )
        )}
      </Grid.Col>
    </Grid>
  );
}
