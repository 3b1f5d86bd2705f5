import { Button, Group, Text } from '@mantine/core';
import { IconMapPin, IconVideo } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useChatAction, useFreeSlots } from '../../../../api/chats';
import { AttendancePanel, NoShowBadge } from '../../../../components/Attendance';
import { ChatTime } from '../../../../components/ChatTime';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { JoinButton } from '../../../../components/JoinButton';
import { RoomRecordLink } from '../../../../components/RoomRecordLink';
import { formatDay, formatTime, viewerTimeZone } from '../../../../time';
import { CalledOffBadge, CalledOffNote } from '../ChatHistory';
import { ChatMoreActions } from '../ChatMoreActions';
import { RescheduledBadge } from '../RescheduledBadge';
import { ChatCard, Quote } from './ChatCard';
import { DeclineInvitationButton } from './DeclineInvitationButton';
import { PickTimeSlotButton } from './PickTimeSlotButton';
import { SuggestedColleague } from './SuggestedColleague';
import { WaitlistControl } from './WaitlistControl';

function Note({ children }: { children: string }) {
  return (
    <Text size="sm" c="dark.6">
      {children}
    </Text>
  );
}

/** When and where a booked chat takes place. */
function Booking({ chat, eventZone }: { chat: Chat; eventZone: string }) {
  if (!chat.startsAt || !chat.endsAt) return null;
  const inPerson = chat.day?.mode === 'in_person';
  const Icon = inPerson ? IconMapPin : IconVideo;
  return (
    <>
      <ChatTime startsAt={chat.startsAt} endsAt={chat.endsAt} eventZone={eventZone} />
      <Group gap={6} wrap="nowrap">
        <Icon size={16} aria-hidden />
        <Text size="sm">
          {inPerson
            ? `In person at ${chat.location ?? chat.company.name}`
            : 'Virtual — you will join from here'}
        </Text>
      </Group>
    </>
  );
}

/** What the card says about the chat's time, with the `Rescheduled` badge above it when the chat was. */
function Rescheduled({ chat, children }: { chat: Chat; children: ReactNode }) {
  if (!chat.rescheduledAt) return children;
  return (
    <>
      <Group gap="xs">
        <RescheduledBadge chat={chat} />
      </Group>
      {children}
    </>
  );
}

function WithdrawButton({ chat }: { chat: Chat }) {
  const { withdraw } = useChatAction(chat.eventId);
  return (
    <ConfirmButton
      buttonProps={{ variant: 'outline', color: 'red.9' }}
      title="Withdraw your request?"
      message={`${chat.recruiter.name} will no longer see it. You can send a new request later.`}
      confirmLabel="Withdraw"
      onConfirm={() => withdraw.mutateAsync(chat.id)}
    >
      Withdraw request
    </ConfirmButton>
  );
}

/** A chat waiting for a time with a recruiter who has none free left: the talent may wait for one. */
function WaitlistWhenFull({ chat }: { chat: Chat }) {
  const slots = useFreeSlots(chat.eventId, chat.id);
  const full = slots.data?.days.every((day) => day.slots.length === 0);
  if (!full) return null;
  return <WaitlistControl eventId={chat.eventId} owner={{ kind: 'recruiter', ...chat.recruiter }} />;
}

/** A time freed from the waitlist, held for the talent until the offer lapses: `Accept slot` books it. */
function OfferActions({ chat }: { chat: Chat }) {
  const { acceptOffer, declineOffer } = useChatAction(chat.eventId);
  return (
    <>
      <ConfirmButton
        buttonProps={{ variant: 'outline', color: 'red.9' }}
        title="Let this time go?"
        message={`It will be offered to the next person waiting for ${chat.recruiter.name}, and you leave their waitlist.`}
        confirmLabel="Let it go"
        onConfirm={() => declineOffer.mutateAsync(chat.id)}
      >
        Let it go
      </ConfirmButton>
      <Button loading={acceptOffer.isPending} onClick={() => acceptOffer.mutate(chat.id)}>
        Accept slot
      </Button>
      {acceptOffer.error && (
        <Text size="sm" c="red.9" role="alert" w="100%">
          {acceptOffer.error.message}
        </Text>
      )}
    </>
  );
}

/** What the offer holds and until when; the rest of a slot already under way is taken now or never. */
function OfferNote({ chat }: { chat: Chat }) {
  const until = formatTime(chat.offerExpiresAt!, viewerTimeZone());
  const underWay = Date.parse(chat.startsAt!) <= Date.now();
  return (
    <Note>
      {underWay
        ? `The rest of a slot with ${chat.recruiter.name} is free now and held for you until ${until}: accept it, then join at once.`
        : `A slot with ${chat.recruiter.name} is free and held for you until ${until}.`}
    </Note>
  );
}

/** A chat in the talent's lists, with what its state calls for. */
export function TalentChatCard({ chat, event }: { chat: Chat; event: Event }) {
  const { recruiter } = chat;
  switch (chat.tab) {
    case 'requests':
      return chat.state === 'invited' ? (
        <ChatCard
          chat={chat}
          summary={
            <Note>{`${recruiter.name} invited you to a 1-1 chat. Pick a time that suits you, or decline.`}</Note>
          }
          actions={
            <>
              <WaitlistWhenFull chat={chat} />
              <DeclineInvitationButton chat={chat} />
              <PickTimeSlotButton chat={chat} />
            </>
          }
        />
      ) : (
        <ChatCard
          chat={chat}
          summary={
            <Note>{`Sent ${formatDay(chat.createdAt, viewerTimeZone())}. Waiting for ${recruiter.name} to answer; you will get an email.`}</Note>
          }
          actions={<WithdrawButton chat={chat} />}
        />
      );
    case 'in_scheduling':
      if (chat.state === 'offered')
        return (
          <ChatCard
            chat={chat}
            summary={
              <>
                <OfferNote chat={chat} />
                <Booking chat={chat} eventZone={event.timeZone} />
              </>
            }
            actions={<OfferActions chat={chat} />}
          />
        );
      return (
        <ChatCard
          chat={chat}
          summary={
            <Rescheduled chat={chat}>
              <Note>
                {chat.rescheduledAt
                  ? `Your chat with ${recruiter.name} was rescheduled and its old time released. Pick a new time from their free slots.`
                  : `${recruiter.name} approved your request. Pick one of their free time slots.`}
              </Note>
            </Rescheduled>
          }
          actions={
            <>
              <ChatMoreActions chat={chat} side="talent" />
              <WaitlistWhenFull chat={chat} />
              <PickTimeSlotButton chat={chat} />
            </>
          }
        />
      );
    case 'confirmed':
      return (
        <ChatCard
          chat={chat}
          summary={
            <>
              <Rescheduled chat={chat}>
                <Booking chat={chat} eventZone={event.timeZone} />
              </Rescheduled>
              <AttendancePanel chat={chat} side="talent" />
            </>
          }
          actions={
            <>
              <ChatMoreActions chat={chat} side="talent" />
              <JoinButton chat={chat} />
            </>
          }
        />
      );
    case 'declined': {
      if (chat.state === 'cancelled')
        return (
          <ChatCard
            chat={chat}
            summary={
              <>
                <Group gap="xs">
                  <CalledOffBadge chat={chat} />
                </Group>
                <CalledOffNote chat={chat} />
              </>
            }
          />
        );
      const byTalent = chat.initiatedBy === 'talent';
      return (
        <ChatCard
          chat={chat}
          summary={
            <Note>
              {byTalent
                ? `${recruiter.name} declined your request.`
                : `You declined ${recruiter.name}'s invitation.`}
            </Note>
          }
        >
          {chat.declineMessage && (
            <Quote label={byTalent ? `Message from ${recruiter.name}` : 'Your message'}>
              {chat.declineMessage}
            </Quote>
          )}
          <SuggestedColleague event={event} chat={chat} />
        </ChatCard>
      );
    }
    case 'completed':
      return (
        <ChatCard
          chat={chat}
          summary={
            <>
              {chat.state === 'no_show' ? (
                <>
                  <Group gap="xs">
                    <NoShowBadge chat={chat} />
                  </Group>
                  <Note>{`You did not check in, so ${recruiter.name} marked the chat as a no-show.`}</Note>
                </>
              ) : (
                <Note>{`You talked with ${recruiter.name} of ${chat.company.name}.`}</Note>
              )}
              {chat.startsAt && chat.endsAt && (
                <ChatTime startsAt={chat.startsAt} endsAt={chat.endsAt} eventZone={event.timeZone} />
              )}
            </>
          }
          actions={<RoomRecordLink chat={chat} />}
        />
      );
    default:
      return null;
  }
}
