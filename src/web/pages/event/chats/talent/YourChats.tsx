import { Badge, Center, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { type Chat, ChatTab, chatTabLabel } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import type { CompanyRequest } from '../../../../../shared/schemas/company-requests.schemas';
import { useAllChats } from '../../../../api/chats';
import { useCompanyRequests } from '../../../../api/companyRequests';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { useChatTabParam, YOUR_CHATS_ID } from './chatTabParam';
import { TalentChatCard } from './TalentChatCard';
import { TalentCompanyRequestCard } from './TalentCompanyRequestCard';

const emptyStates: Record<ChatTab, { title: string; text: string }> = {
  requests: {
    title: 'No open requests',
    text: 'Requests you send wait here until the recruiter answers. Invitations from recruiters appear here too. Find a recruiter below to send your first request.',
  },
  in_scheduling: {
    title: 'Nothing to schedule',
    text: 'When a recruiter approves your request, it moves here and you pick one of their free time slots.',
  },
  confirmed: {
    title: 'No confirmed 1-1 chats yet',
    text: 'Once you pick a time slot, the chat appears here with its time and place.',
  },
  declined: {
    title: 'No declined requests',
    text: 'If a recruiter cannot meet you, their message appears here, often with a colleague to ask instead.',
  },
  completed: {
    title: 'No completed 1-1 chats yet',
    text: 'After a chat has taken place, you find here whom you talked to and when.',
  },
};

const byTime = (pick: (chat: Chat) => string | null, direction: 1 | -1) => (a: Chat, b: Chat) =>
  direction * (pick(a) ?? '').localeCompare(pick(b) ?? '');

/** Upcoming chats soonest first; everything else newest first. */
const order: Record<ChatTab, (a: Chat, b: Chat) => number> = {
  requests: byTime((c) => c.createdAt, -1),
  in_scheduling: byTime((c) => c.updatedAt, -1),
  confirmed: byTime((c) => c.startsAt, 1),
  declined: byTime((c) => c.updatedAt, -1),
  completed: byTime((c) => c.startsAt, -1),
};

/** The talent's company requests each list shows: waiting ones under Requests, declined ones under Declined. */
const companyTabOf: Partial<Record<CompanyRequest['state'], ChatTab>> = {
  waiting: 'requests',
  declined: 'declined',
};

function ChatTabs({
  event,
  chats,
  companyRequests,
}: {
  event: Event;
  chats: Chat[];
  companyRequests: CompanyRequest[];
}) {
  const { tab, show } = useChatTabParam();
  const byTab = Object.fromEntries(
    ChatTab.options.map((t) => [t, chats.filter((chat) => chat.tab === t).sort(order[t])]),
  ) as Record<ChatTab, Chat[]>;
  const companyByTab = (t: ChatTab) => companyRequests.filter((request) => companyTabOf[request.state] === t);
  const countOf = (t: ChatTab) => byTab[t].length + companyByTab(t).length;
  // Without a tab in the URL, open the first one that has something, as the lists stood on arrival.
  const [fallback] = useState<ChatTab>(() => ChatTab.options.find((t) => countOf(t) > 0) ?? 'requests');
  const active = tab ?? fallback;
  return (
    <Tabs value={active} onChange={(value) => value && show(value as ChatTab)} keepMounted={false}>
      <Tabs.List>
        {ChatTab.options.map((t) => (
          <Tabs.Tab
            key={t}
            value={t}
            rightSection={
              countOf(t) > 0 && (
                <Badge size="sm" circle variant={t === active ? 'filled' : 'light'} aria-hidden>
                  {countOf(t)}
                </Badge>
              )
            }
          >
            {chatTabLabel[t]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {ChatTab.options.map((t) => (
        <Tabs.Panel key={t} value={t} pt="md">
          {countOf(t) === 0 && <EmptyState title={emptyStates[t].title}>{emptyStates[t].text}</EmptyState>}
          <Stack gap="sm">
            {companyByTab(t).length > 0 && (
              <Stack component="ul" gap="sm" m={0} p={0} aria-label={`${chatTabLabel[t]}: company requests`}>
                {companyByTab(t).map((request) => (
                  <TalentCompanyRequestCard key={request.id} request={request} />
                ))}
              </Stack>
            )}
            {byTab[t].length > 0 && (
              <Stack component="ul" gap="sm" m={0} p={0} aria-label={`${chatTabLabel[t]}: 1-1 chats`}>
                {byTab[t].map((chat) => (
                  <TalentChatCard key={chat.id} chat={chat} event={event} />
                ))}
              </Stack>
            )}
          </Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/** The talent's own 1-1 chats at the event, in the five request-list tabs. */
export function YourChats({ event }: { event: Event }) {
  // A talent's own chats stay few (one open chat per recruiter): the tabs sort and count them all here.
  const chats = useAllChats(event.id, {});
  const companyRequests = useCompanyRequests(event.id);
  return (
    <Stack component="section" aria-labelledby={`${YOUR_CHATS_ID}-heading`} id={YOUR_CHATS_ID} gap="md">
      <div>
        <Title order={2} fz="h3" id={`${YOUR_CHATS_ID}-heading`}>
          Your 1-1 chats
        </Title>
        <Text c="dark.6">
          Follow your requests, pick a time once a recruiter approves, and see what is booked.
        </Text>
      </div>
      {chats.isPending ? (
        <Center py="xl">
          <Loader aria-label="Loading your 1-1 chats" />
        </Center>
      ) : chats.data ? (
        <ChatTabs event={event} chats={chats.data} companyRequests={companyRequests.data?.requests ?? []} />
      ) : (
        <ApiErrorAlert error={chats.error} title="Could not load your 1-1 chats" />
      )}
    </Stack>
  );
}
