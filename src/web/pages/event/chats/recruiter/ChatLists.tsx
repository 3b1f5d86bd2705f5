import { Badge, Group, Loader, Select, Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { ChatTab } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useChatPages } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { ShowMore } from '../../../../components/ShowMore';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { chatTabKeys } from './chatLabels';
import { ChatCard } from './ChatCard';
import { FreeSlotsBox } from './FreeSlotsBox';

/**
 * Each tab's empty state: a title and a text, which may name whose chats are shown (`who`: `mine`, `team`, or a
 * colleague's `name`).
 */
const emptyTexts: Record<ChatTab, [MessageKey, MessageKey]> = {
  requests: ['recruiter.chatLists.empty.requests.title', 'recruiter.chatLists.empty.requests.text'],
  in_scheduling: [
    'recruiter.chatLists.empty.inScheduling.title',
    'recruiter.chatLists.empty.inScheduling.text',
  ],
  confirmed: ['recruiter.chatLists.empty.confirmed.title', 'recruiter.chatLists.empty.confirmed.text'],
  declined: ['recruiter.chatLists.empty.declined.title', 'recruiter.chatLists.empty.declined.text'],
  completed: ['recruiter.chatLists.empty.completed.title', 'recruiter.chatLists.empty.completed.text'],
};

/**
 * Step 4 of the recruiter's journey (docs/DOMAIN.md): the request lists, for oneself, a colleague, or the whole team (`Show chats of`). The
 * filter and the tab live in the URL (`?show=team&tab=confirmed`), so links and the back button keep them.
 */
export function ChatLists({ event, members }: { event: Event; members: readonly TeamMember[] | undefined }) {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const colleagues = (members ?? []).filter((member) => !member.isMe);
  const requested = params.get('show') ?? 'mine';
  const known =
    requested === 'mine' || requested === 'team' || colleagues.some((m) => m.recruiter.id === requested);
  const show = known || !members ? requested : 'mine';
  const tab = ChatTab.safeParse(params.get('tab')).data ?? 'requests';
  const chats = useChatPages(event.id, { recruiterId: show, status: tab });
  const change = (key: 'show' | 'tab', value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(key, value);
      return next;
    });

  const shown = (members ?? []).filter((member) =>
    show === 'team' ? true : show === 'mine' ? member.isMe : member.recruiter.id === show,
  );
  const whom = {
    who: show === 'mine' || show === 'team' ? show : 'colleague',
    name: shown[0]?.recruiter.name ?? t('recruiter.chatLists.thisRecruiter'),
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('recruiter.chatLists.title')}</Title>
        <Select
          label={t('recruiter.chatLists.showChatsOf')}
          w={240}
          allowDeselect={false}
          value={show}
          onChange={(value) => value && change('show', value)}
          data={[
            { value: 'mine', label: t('recruiter.chatLists.me') },
            { value: 'team', label: t('recruiter.allChats.wholeTeam') },
            ...colleagues.map((member) => ({ value: member.recruiter.id, label: member.recruiter.name })),
          ]}
        />
      </Group>
      {shown.length > 0 && <FreeSlotsBox eventId={event.id} members={shown} />}
      <Tabs value={tab} onChange={(value) => value && change('tab', value)} keepMounted={false}>
        <Tabs.List>
          {ChatTab.options.map((value) => {
            const count = chats.counts?.[value] ?? 0;
            return (
              <Tabs.Tab
                key={value}
                value={value}
                rightSection={
                  count > 0 && (
                    <Badge size="sm" variant="light" color="gray" c="dark.7" circle aria-hidden>
                      {count}
                    </Badge>
                  )
                }
              >
                {t(chatTabKeys[value])}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {ChatTab.options.map((value) => {
          const [title, text] = emptyTexts[value];
          return (
            <Tabs.Panel key={value} value={value} pt="md">
              <Stack>
                {chats.isPending && <Loader aria-label={t('recruiter.chats.loading')} />}
                <ApiErrorAlert error={chats.error} title={t('recruiter.chats.couldNotLoad')} />
                {chats.isSuccess && chats.chats.length === 0 && (
                  <EmptyState title={t(title)}>{t(text, whom)}</EmptyState>
                )}
                {chats.chats.map((chat) => (
                  <ChatCard
                    key={chat.id}
                    chat={chat}
                    timeZone={event.timeZone}
                    showRecruiter={show !== 'mine'}
                    members={members ?? []}
                  />
                ))}
                <ShowMore
                  list={chats}
                  shown={chats.chats.length}
                  total={chats.counts?.[value]}
                  noun="chats"
                />
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
