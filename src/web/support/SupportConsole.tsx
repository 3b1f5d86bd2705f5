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
import { type MessageKey, t as translate, useT } from '../i18n/i18n';
import { chatTimeText, formatDay, formatTime, viewerTimeZone } from '../time';
import { SupportMessageForm } from './SupportMessageForm';
import { SupportMessages } from './SupportMessages';
import { useNow, waitedText } from './waiting';

/** Past this, a wait is shown in red: someone is stuck in a chat room. */
const LONG_WAIT_MS = 5 * 60_000;

function WaitingBadge({ conversation }: { conversation: SupportConversationSummary }) {
  const { t } = useT();
  const now = useNow(1000);
  if (conversation.status === 'closed') {
    return (
      <Badge color="gray" variant="light">
        {t('support.badge.closed')}
      </Badge>
    );
  }
  if (!conversation.waitingSince) {
    return (
      <Badge color="teal" variant="light">
        {t('support.badge.answered')}
      </Badge>
    );
  }
  const long = now - Date.parse(conversation.waitingSince) > LONG_WAIT_MS;
  return (
    <Badge color={long ? 'red' : 'orange'} variant="light" tt="none">
      {t('support.badge.waiting', { time: waitedText(conversation.waitingSince, now) })}
    </Badge>
  );
}

const roleLine = (asker: SupportConversationSummary['asker']) =>
  asker.role === 'recruiter'
    ? translate('support.asker.recruiter', { company: asker.company ?? '' })
    : translate('support.asker.talent');

type ChatSummary = NonNullable<SupportConversationSummary['chat']>;
const chatValues = (chat: ChatSummary) => ({
  talent: chat.talent.name,
  recruiter: chat.recruiter.name,
  company: chat.company,
});

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
  const { t } = useT();
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
        {event && <Text size="sm">{t('support.line.event', { name: event.name })}</Text>}
        {chat && (
          <Text size="sm">
            {chat.startsAt && chat.endsAt && event
              ? t('support.line.chatAt', {
                  ...chatValues(chat),
                  time: chatTimeText(chat.startsAt, chat.endsAt, event.timeZone).viewer,
                })
              : t('support.line.chat', chatValues(chat))}
          </Text>
        )}
        {lastMessage && (
          <Text size="sm" c="dark.6" lineClamp={1}>
            {lastMessage.fromSupport
              ? t('support.line.fromSupport', { body: lastMessage.body })
              : lastMessage.body}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The open conversation on the right: where the person is, the messages, and the agent's reply and close. */
function ConversationPanel({ conversationId }: { conversationId: string }) {
  const { t, rich } = useT();
  const me = useUser();
  const conversation = useSupportConversation(conversationId);
  const actions = useSupportAgentActions(conversationId);
  if (conversation.isPending) return <Loader aria-label={t('support.panel.loading')} />;
  if (!conversation.data)
    return <ApiErrorAlert error={conversation.error} title={t('support.panel.error')} />;
  const { asker, event, chat, status, closedAt, closedBy } = conversation.data;
  const authorOf = (message: SupportMessage) => {
    if (!message.fromSupport) return asker.name;
    return message.author.id === me.id
      ? t('support.author.you')
      : t('support.author.agent', { name: message.author.name });
  };
  const zone = viewerTimeZone();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('support.panel.label', { name: asker.name })}>
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
                  {rich('support.panel.event', {
                    name: event.name,
                    link: (text) => (
                      <Anchor component={Link} to={`/events/${event.id}`}>
                        {text}
                      </Anchor>
                    ),
                  })}
                </Text>
              )}
              {chat && <Text size="sm">{t('support.panel.chat', chatValues(chat))}</Text>}
              {chat?.startsAt && chat.endsAt && event && (
                <ChatTime startsAt={chat.startsAt} endsAt={chat.endsAt} eventZone={event.timeZone} />
              )}
            </Stack>
          </Paper>
        )}
        <SupportMessages
          conversationId={conversationId}
          label={t('support.panel.messages', { name: asker.name })}
          authorOf={authorOf}
          ownSide="support"
          height={360}
        />
        {status === 'open' ? (
          <SupportMessageForm
            label={t('support.panel.reply')}
            submitLabel={t('support.panel.sendReply')}
            send={actions.reply.mutateAsync}
            error={actions.reply.error}
            pending={actions.reply.isPending}
            extraActions={
              <Button
                variant="default"
                loading={actions.close.isPending}
                onClick={() => actions.close.mutate()}
              >
                {t('support.panel.close')}
              </Button>
            }
          />
        ) : (
          <Text size="sm" c="dark.6">
            {t('support.panel.closed', {
              by: closedBy ? (closedBy.id === me.id ? 'you' : 'agent') : 'nobody',
              name: closedBy?.name ?? '',
              at: closedAt ? 'yes' : 'no',
              day: closedAt ? formatDay(closedAt, zone) : '',
              time: closedAt ? formatTime(closedAt, zone) : '',
              asker: asker.name,
            })}
          </Text>
        )}
        <ApiErrorAlert error={actions.close.error} title={t('support.panel.closeError')} />
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
  const { t } = useT();
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
  const emptyText: MessageKey =
    status === 'open'
      ? eventId
        ? 'support.console.noOpenBodyEvent'
        : 'support.console.noOpenBody'
      : eventId
        ? 'support.console.noClosedBodyEvent'
        : 'support.console.noClosedBody';
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack>
          <SegmentedControl
            aria-label={t('support.console.which')}
            value={status}
            onChange={(value) => setParams(value === 'closed' ? { status: 'closed' } : {})}
            data={[
              { value: 'open', label: t('support.console.open') },
              { value: 'closed', label: t('support.console.closed') },
            ]}
          />
          {conversations.isPending && <Loader aria-label={t('support.console.loading')} />}
          <ApiErrorAlert error={conversations.error} title={t('support.console.loadError')} />
          {conversations.data?.length === 0 && (
            <EmptyState title={t(status === 'open' ? 'support.console.noOpen' : 'support.console.noClosed')}>
              {t(emptyText)}
            </EmptyState>
          )}
          <Stack
            component="ul"
            gap="xs"
            aria-label={t(status === 'open' ? 'support.console.openList' : 'support.console.closedList')}
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
          conversations.data?.length !== 0 && <Text c="dark.6">{t('support.console.choose')}</Text>
        )}
      </Grid.Col>
    </Grid>
  );
}
