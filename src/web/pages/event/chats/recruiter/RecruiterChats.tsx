import { Stack } from '@mantine/core';
import { Route, Routes, useParams } from 'react-router';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useTeamOverview } from '../../../../api/availability';
import { useWatchEvent } from '../../../../app/watchEvents';
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
  return (
    <Routes>
      <Route path="manage" element={<TeamOverview event={event} />} />
      <Route path="availability/:recruiterId" element={<RecruiterAvailability event={event} />} />
      <Route path="all" element={<AllChatsPage event={event} />} />
      <Route path="all/:chatId" element={<CompanyChat event={event} />} />
      <Route path="*" element={<ChatsHome event={event} />} />
    </Routes>
  );
}

function RecruiterAvailability({ event }: { event: Event }) {
  const { recruiterId = '' } = useParams();
  // Another person's calendar starts with no pending saves of the previous one.
  return <AvailabilityPage key={recruiterId} event={event} recruiterId={recruiterId} />;
}

function CompanyChat({ event }: { event: Event }) {
  const { chatId = '' } = useParams();
  return <CompanyChatPage event={event} chatId={chatId} />;
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
