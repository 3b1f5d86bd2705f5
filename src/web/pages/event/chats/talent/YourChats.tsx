import { Badge, Center, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { type Chat, ChatTab } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import type { CompanyRequest } from '../../../../../shared/schemas/company-requests.schemas';
import { useAllChats } from '../../../../api/chats';
import { useCompanyRequests } from '../../../../api/companyRequests';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { useChatTabParam, YOUR_CHATS_ID } from './chatTabParam';
import { TalentChatCard } from './TalentChatCard';
import { TalentCompanyRequestCard } from './TalentCompanyRequestCard';

/** Each list's name, the names of its company requests and chats, and what it says while empty. */
const tabTexts: Record<
  ChatTab,
  { label: MessageKey; companyRequests: MessageKey; chats: MessageKey; title: MessageKey; text: MessageKey }
> = {
  requests: {
    label: 'talent.tabs.requests',
    companyRequests: 'talent.tabs.requestsCompanyRequests',
    chats: 'talent.tabs.requestsChats',
    title: 'talent.tabs.requestsEmptyTitle',
    text: 'talent.tabs.requestsEmptyText',
  },
  in_scheduling: {
    label: 'talent.tabs.inScheduling',
    companyRequests: 'talent.tabs.inSchedulingCompanyRequests',
    chats: 'talent.tabs.inSchedulingChats',
    title: 'talent.tabs.inSchedulingEmptyTitle',
    text: 'talent.tabs.inSchedulingEmptyText',
  },
  confirmed: {
    label: 'talent.tabs.confirmed',
    companyRequests: 'talent.tabs.confirmedCompanyRequests',
    chats: 'talent.tabs.confirmedChats',
    title: 'talent.tabs.confirmedEmptyTitle',
    text: 'talent.tabs.confirmedEmptyText',
  },
  declined: {
    label: 'talent.tabs.declined',
    companyRequests: 'talent.tabs.declinedCompanyRequests',
    chats: 'talent.tabs.declinedChats',
    title: 'talent.tabs.declinedEmptyTitle',
    text: 'talent.tabs.declinedEmptyText',
  },
  completed: {
    label: 'talent.tabs.completed',
    companyRequests: 'talent.tabs.completedCompanyRequests',
    chats: 'talent.tabs.completedChats',
    title: 'talent.tabs.completedEmptyTitle',
    text: 'talent.tabs.completedEmptyText',
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
  const { t: translate } = useT();
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
            {translate(tabTexts[t].label)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {ChatTab.options.map((t) => (
        <Tabs.Panel key={t} value={t} pt="md">
          {countOf(t) === 0 && (
            <EmptyState title={translate(tabTexts[t].title)}>{translate(tabTexts[t].text)}</EmptyState>
          )}
          <Stack gap="sm">
            {companyByTab(t).length > 0 && (
              <Stack component="ul" gap="sm" m={0} p={0} aria-label={translate(tabTexts[t].companyRequests)}>
                {companyByTab(t).map((request) => (
                  <TalentCompanyRequestCard key={request.id} request={request} />
                ))}
              </Stack>
            )}
            {byTab[t].length > 0 && (
              <Stack component="ul" gap="sm" m={0} p={0} aria-label={translate(tabTexts[t].chats)}>
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
  const { t } = useT();
  const chats = useAllChats(event.id, {});
  const companyRequests = useCompanyRequests(event.id);
  return (
    <Stack component="section" aria-labelledby={`${YOUR_CHATS_ID}-heading`} id={YOUR_CHATS_ID} gap="md">
      <div>
        <Title order={2} fz="h3" id={`${YOUR_CHATS_ID}-heading`}>
          {t('talent.yourChats.title')}
        </Title>
        <Text c="dark.6">{t('talent.yourChats.intro')}</Text>
      </div>
      {chats.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('talent.yourChats.loading')} />
        </Center>
      ) : chats.data ? (
        <ChatTabs event={event} chats={chats.data} companyRequests={companyRequests.data?.requests ?? []} />
      ) : (
        <ApiErrorAlert error={chats.error} title={t('talent.yourChats.couldNotLoad')} />
      )}
    </Stack>
  );
}
