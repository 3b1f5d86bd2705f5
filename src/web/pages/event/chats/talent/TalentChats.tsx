import { Divider, Stack } from '@mantine/core';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useWatchEvent } from '../../../../app/watchEvents';
import { BoothQueues } from './BoothQueues';
import { RecruitersSection } from './RecruitersSection';
import { YourChats } from './YourChats';

/**
 * The talent's `1-1 Chats` tab: the booths' walk-in queues while an in-person day is under way, their own chats
 * (what needs doing), then the recruiters they can ask.
 * Both refresh live while the tab is open.
 */
export function TalentChats({ event }: { event: Event }) {
  useWatchEvent(event.id);
  return (
    <Stack gap="xl">
      <BoothQueues event={event} />
      <YourChats event={event} />
      <Divider />
      <RecruitersSection event={event} />
    </Stack>
  );
}
