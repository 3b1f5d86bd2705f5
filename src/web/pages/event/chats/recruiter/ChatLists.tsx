import { Badge, Group, Loader, Select, Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { ChatTab, chatTabLabel } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useChatPages } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { ShowMore } from '../../../../components/ShowMore';
import { ChatCard } from './ChatCard';
import { FreeSlotsBox } from './FreeSlotsBox';

interface Whom {
  /** `you`, `your team`, `Sam Lee` */
  whom: string;
  /** `your`, `your team’s`, `Sam Lee’s` */
  whose: string;
}

const emptyTexts: Record<ChatTab, [string, (w: Whom) => string]> = {
  requests: [
    'No open requests',
    (w) => `Talents’ requests for 1-1 chats with ${w.whom} appear here to approve or decline.`,
  ],
  in_scheduling: [
    'Nobody is picking a time',
    (w) => `Approved requests wait here until the talent picks one of ${w.whose} free slots.`,
  ],
  confirmed: [
    'No confirmed chats yet',
    () => 'Once a talent picks a time slot, the chat is confirmed and shows here.',
  ],
  declined: ['Nothing declined', () => 'Declined requests show here, with the message sent to the talent.'],
  completed: [
    'No completed chats yet',
    () => 'After a 1-1 chat has taken place, it shows here so you can review whom you spoke with.',
  ],
};

/**
 * Step 4 of the recruiter's journey (docs/DOMAIN.md): the request lists, for oneself, a colleague, or the whole team (`Show chats of`). The
 * filter and the tab live in the URL (`?show=team&tab=confirmed`), so links and the back button keep them.
 */
export function ChatLists({ event, members }: { event: Event; members: readonly TeamMember[] | undefined }) {
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
  const name = shown[0]?.recruiter.name ?? 'this recruiter';
  const whom: Whom =
    show === 'mine'
      ? { whom: 'you', whose: 'your' }
      : show === 'team'
        ? { whom: 'your team', whose: 'your team’s' }
        : { whom: name, whose: `${name}’s` };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>1-1 chat requests</Title>
        <Select
          label="Show chats of"
          w={240}
          allowDeselect={false}
          value={show}
          onChange={(value) => value && change('show', value)}
          data={[
            { value: 'mine', label: 'Me' },
            { value: 'team', label: 'Whole team' },
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
                {chatTabLabel[value]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {ChatTab.options.map((value) => {
          const [title, text] = emptyTexts[value];
          return (
            <Tabs.Panel key={value} value={value} pt="md">
              <Stack>
                {chats.isPending && <Loader aria-label="Loading the chats" />}
                <ApiErrorAlert error={chats.error} title="Could not load the chats" />
                {chats.isSuccess && chats.chats.length === 0 && (
                  <EmptyState title={title}>{text(whom)}</EmptyState>
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
