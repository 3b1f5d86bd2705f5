import { Stack } from '@mantine/core';
import { useLocation } from 'react-router';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useTeamOverview } from '../../../../api/availability';
import { useWatchEvent } from '../../../../app/live';
import { AllChatsPage } from './AllChatsPage';
import { AvailabilityPage } from './AvailabilityPage';
import { ChatLists } from './ChatLists';
import { CompanyChatPage } from './CompanyChatPage';
import { ManageBanner } from './ManageBanner';
import { TeamOverview } from './TeamOverview';

/**
 * The recruiter's `1-1 Chats` tab. Its places are paths under the tab, so each has its own address:
 * `/chats` (banner and request lists), `/chats/manage` (team overview), `/chats/availability/:recruiterId`, and
 * `/chats/all` (`All 1-1 Chats`) with `/chats/all/:chatId` (one chat of the company).
 */
export function RecruiterChats({ event }: { event: Event }) {
  useWatchEvent(event.id);
  const [, , , , place, id] = useLocation().pathname.split('/');
  if (place === 'manage') return <TeamOverview event={event} />;
  if (place === 'availability' && id) {
    // Another person's calendar starts with no pending saves of the previous one.
    return <AvailabilityPage key={id} event={event} recruiterId={id} />;
  }
  if (place === 'all')
    return id ? <CompanyChatPage event={event} chatId={id} /> : <AllChatsPage event={event} />;
  return <ChatsHome event={event} />;
}

function ChatsHome({ event }: { event: Event }) {
  const team = useTeamOverview(event.id);
  const members = team.data?.members;
  return (
    <Stack gap="lg">
      <ManageBanner eventId={event.id} me={members?.find((member) => member.isMe)} />
      <ChatLists event={event} members={members} />
    </Stack>
  );
}
