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
import { useT } from '../../../../i18n/i18n';
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
  const { t } = useT();
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
            ? t('talent.chat.inPersonAt', { place: chat.location ?? chat.company.name })
            : t('talent.chat.virtual')}
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
  const { t } = useT();
  const { withdraw } = useChatAction(chat.eventId);
  return (
    <ConfirmButton
      buttonProps={{ variant: 'outline', color: 'red.9' }}
      title={t('talent.withdraw.title')}
      message={t('talent.withdraw.message', { name: chat.recruiter.name })}
      confirmLabel={t('talent.withdraw.confirm')}
      onConfirm={() => withdraw.mutateAsync(chat.id)}
    >
      {t('talent.withdraw.button')}
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
  const { t } = useT();
  const { acceptOffer, declineOffer } = useChatAction(chat.eventId);
  return (
    <>
      <ConfirmButton
        buttonProps={{ variant: 'outline', color: 'red.9' }}
        title={t('talent.offer.letGoTitle')}
        message={t('talent.offer.letGoMessage', { name: chat.recruiter.name })}
        confirmLabel={t('talent.offer.letGo')}
        onConfirm={() => declineOffer.mutateAsync(chat.id)}
      >
        {t('talent.offer.letGo')}
      </ConfirmButton>
      <Button loading={acceptOffer.isPending} onClick={() => acceptOffer.mutate(chat.id)}>
        {t('talent.offer.accept')}
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
  const { t } = useT();
  const until = formatTime(chat.offerExpiresAt!, viewerTimeZone());
  const underWay = Date.parse(chat.startsAt!) <= Date.now();
  return (
    <Note>
      {underWay
        ? t('talent.offer.underWay', { name: chat.recruiter.name, until })
        : t('talent.offer.held', { name: chat.recruiter.name, until })}
    </Note>
  );
}

/** A chat in the talent's lists, with what its state calls for. */
export function TalentChatCard({ chat, event }: { chat: Chat; event: Event }) {
  const { t } = useT();
  const { recruiter } = chat;
  switch (chat.tab) {
    case 'requests':
      return chat.state === 'invited' ? (
        <ChatCard
          chat={chat}
          summary={<Note>{t('talent.chat.invited', { name: recruiter.name })}</Note>}
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
            <Note>
              {t('talent.chat.requested', {
                day: formatDay(chat.createdAt, viewerTimeZone()),
                name: recruiter.name,
              })}
            </Note>
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
                  ? t('talent.chat.rescheduled', { name: recruiter.name })
                  : t('talent.chat.approved', { name: recruiter.name })}
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
                ? t('talent.chat.declinedByRecruiter', { name: recruiter.name })
                : t('talent.chat.declinedByYou', { name: recruiter.name })}
            </Note>
          }
        >
          {chat.declineMessage && (
            <Quote
              label={
                byTalent
                  ? t('talent.chat.messageFrom', { name: recruiter.name })
                  : t('talent.chat.yourMessage')
              }
            >
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
                  <Note>{t('talent.chat.noShow', { name: recruiter.name })}</Note>
                </>
              ) : (
                <Note>
                  {t('talent.chat.completed', { name: recruiter.name, company: chat.company.name })}
                </Note>
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
