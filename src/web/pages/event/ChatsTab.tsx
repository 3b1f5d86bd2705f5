import { Stack } from '@mantine/core';
import type { Event } from '../../../shared/schemas/events.schemas';
import { useUser } from '../../app/session';
import { RuleSentences } from '../../components/RuleSentences';
import { useT } from '../../i18n/i18n';
import { EventInvitationsSwitch } from '../../safety/EventInvitationsSwitch';
import { BookingRulesLine } from './chats/BookingRulesLine';
import { BookingWindowProvider, useBookingWindow } from './chats/bookingWindow';
import { RecruiterChats } from './chats/recruiter/RecruiterChats';
import { TalentChats } from './chats/talent/TalentChats';

export function ChatsTab({ event }: { event: Event }) {
  const { t } = useT();
  const user = useUser();
  const bookingWindow = useBookingWindow(event);
  return (
    <BookingWindowProvider value={bookingWindow}>
      <Stack gap="lg">
        <Stack gap="xs">
          <BookingRulesLine event={event} bookingWindow={bookingWindow} />
          <RuleSentences rules={event.rules} title={t('event.rules.title')} />
          {user.role === 'talent' && event.requestPolicy !== 'talents' && (
            <EventInvitationsSwitch eventId={event.id} />
          )}
        </Stack>
        {user.role === 'recruiter' ? <RecruiterChats event={event} /> : <TalentChats event={event} />}
      </Stack>
    </BookingWindowProvider>
  );
}
