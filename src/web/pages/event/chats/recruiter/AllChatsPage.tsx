import { Anchor, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { type Chat, ChatListSort, ChatStatus, ChatTab } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useTeamOverview } from '../../../../api/availability';
import { useChatPages } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { ResponsiveTable } from '../../../../components/ResponsiveTable';
import { ShowMore } from '../../../../components/ShowMore';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { chatTimeText, formatDay, formatTime, viewerTimeZone } from '../../../../time';
import { HandoffPanel, SharesDataBadge } from '../../../../handoff/HandoffPanel';
import { RescheduledBadge } from '../RescheduledBadge';
import { chatStatusKeys } from './chatLabels';
import { ChatStatusBadge } from './ChatStatusBadge';
import { recruiterPaths } from './paths';

const ALL = 'all';
const TEAM = 'team';

/** The orders the server pages the list in (`ChatListSort`), as the Sort by menu names them. */
const sortLabels: Record<ChatListSort, MessageKey> = {
  time: 'recruiter.allChats.sort.time',
  activity: 'recruiter.allChats.sort.activity',
  talent: 'recruiter.allChats.sort.talent',
  recruiter: 'recruiter.allChats.sort.recruiter',
};

/** When a chat takes place, in the viewer's zone with the event's beside it; requests have no time yet. */
function When({ chat, eventZone }: { chat: Chat; eventZone: string }) {
  const { t } = useT();
  if (!chat.startsAt || !chat.endsAt)
    return (
      <Text size="sm" c="dark.6">
        {t('recruiter.allChats.notScheduled')}
      </Text>
    );
  const text = chatTimeText(chat.startsAt, chat.endsAt, eventZone);
  return (
    <>
      <Text size="sm">{text.viewer}</Text>
      {text.event && (
        <Text size="xs" c="dark.6">
          {text.event}
        </Text>
      )}
    </>
  );
}

/** Oneself first, then colleagues by name. */
const teamOrder = (members: readonly TeamMember[]) =>
  [...members].sort(
    (a, b) => Number(b.isMe) - Number(a.isMe) || a.recruiter.name.localeCompare(b.recruiter.name),
  );

/**
 * `All 1-1 Chats` (reached from `Manage 1-1 Chats`): every chat of the company at the event in one table, filtered by status and by
 * recruiter and sorted; each row opens the chat, where any colleague can act on it. The filters and the order live
 * in the URL (`?status=confirmed&recruiter=…&sort=time`), so the way back from a chat keeps them.
 */
export function AllChatsPage({ event }: { event: Event }) {
  const { t } = useT();
  const team = useTeamOverview(event.id);
  const members = teamOrder(team.data?.members ?? []);
  const [params, setParams] = useSearchParams();
  const { search } = useLocation();
  const status = ChatStatus.safeParse(params.get('status')).data;
  const requested = params.get('recruiter') ?? TEAM;
  // An unknown recruiter (e.g. someone who left the company) falls back to the whole team once the team is known.
  const recruiter =
    !team.data || requested === TEAM || members.some((m) => m.recruiter.id === requested) ? requested : TEAM;
  const sort = ChatListSort.safeParse(params.get('sort')).data ?? 'time';
  const chats = useChatPages(event.id, { recruiterId: recruiter, status, sort });
  const rows = chats.chats;
  // Cancelled chats are counted under Declined too.
  const total =
    chats.counts &&
    (status ? chats.counts[status] : ChatTab.options.reduce((sum, tab) => sum + chats.counts![tab], 0));
  const change = (key: 'status' | 'recruiter' | 'sort', value: string, fallback: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === fallback) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack>
      <Anchor component={Link} to={recruiterPaths.manage(event.id)} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden /> {t('recruiter.allChats.back')}
        </Group>
      </Anchor>
      <div>
        <Title order={2}>{t('recruiter.allChats.title')}</Title>
        <Text c="dark.6">
          {team.data
            ? t('recruiter.allChats.introOfCompany', { company: team.data.company.name, event: event.name })
            : t('recruiter.allChats.intro')}
        </Text>
      </div>
      {team.data && <HandoffPanel eventId={event.id} companyName={team.data.company.name} />}
      <Group align="flex-end" gap="md">
        <Select
          label={t('recruiter.allChats.status')}
          w={200}
          allowDeselect={false}
          value={status ?? ALL}
          onChange={(value) => value && change('status', value, ALL)}
          data={[
            { value: ALL, label: t('recruiter.allChats.allStatuses') },
            ...ChatStatus.options.map((value) => ({ value, label: t(chatStatusKeys[value]) })),
          ]}
        />
        <Select
          label={t('recruiter.allChats.recruiter')}
          w={240}
          allowDeselect={false}
          value={recruiter}
          onChange={(value) => value && change('recruiter', value, TEAM)}
          data={[
            { value: TEAM, label: t('recruiter.allChats.wholeTeam') },
            ...members.map((m) => ({
              value: m.recruiter.id,
              label: m.isMe ? t('recruiter.you', { name: m.recruiter.name }) : m.recruiter.name,
            })),
          ]}
        />
        <Select
          label={t('recruiter.allChats.sortBy')}
          w={200}
          allowDeselect={false}
          value={sort}
          onChange={(value) => value && change('sort', value, 'time')}
          data={ChatListSort.options.map((value) => ({ value, label: t(sortLabels[value]) }))}
        />
      </Group>
      {chats.isPending && <Loader aria-label={t('recruiter.chats.loading')} />}
      <ApiErrorAlert error={chats.error} title={t('recruiter.chats.couldNotLoad')} />
      {chats.isSuccess && rows.length === 0 && (
        <EmptyState title={t('recruiter.allChats.emptyTitle')}>
          {status || recruiter !== TEAM
            ? t('recruiter.allChats.emptyFiltered')
            : t('recruiter.allChats.emptyAll')}
        </EmptyState>
      )}
      {rows.length > 0 && (
        <ResponsiveTable
          label={t('recruiter.allChats.tableLabel')}
          minWidth={720}
          caption={t('recruiter.allChats.caption', { count: total ?? rows.length, sort })}
          rows={rows}
          rowKey={(chat) => chat.id}
          columns={[
            {
              label: t('recruiter.allChats.column.talent'),
              cell: (chat) => (
                <Group gap={6}>
                  <Anchor
                    component={Link}
                    to={recruiterPaths.chat(event.id, chat.id)}
                    state={{ search }}
                    fw={600}
                  >
                    {chat.talent.name}
                  </Anchor>
                  <SharesDataBadge eventId={event.id} talentId={chat.talent.id} />
                </Group>
              ),
            },
            {
              label: t('recruiter.allChats.column.recruiter'),
              cell: (chat) => <Text size="sm">{chat.recruiter.name}</Text>,
            },
            {
              label: t('recruiter.allChats.column.status'),
              cell: (chat) => (
                <Group gap={6}>
                  <ChatStatusBadge chat={chat} />
                  <RescheduledBadge chat={chat} />
                </Group>
              ),
            },
            {
              label: t('recruiter.allChats.column.time'),
              cell: (chat) => <When chat={chat} eventZone={event.timeZone} />,
            },
            {
              label: t('recruiter.allChats.column.lastChange'),
              cell: (chat) => (
                <Text size="sm">
                  {formatDay(chat.updatedAt, viewerTimeZone())},{' '}
                  {formatTime(chat.updatedAt, viewerTimeZone())}
                </Text>
              ),
            },
          ]}
        />
      )}
      <ShowMore list={chats} shown={rows.length} total={total} noun="chats" />
    </Stack>
  );
}
