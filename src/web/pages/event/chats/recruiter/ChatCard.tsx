import { Badge, Blockquote, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import { useChatAction } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { AttendancePanel, NoShowBadge } from '../../../../components/Attendance';
import { ChatTime } from '../../../../components/ChatTime';
import { JoinButton } from '../../../../components/JoinButton';
import { RoomRecordLink } from '../../../../components/RoomRecordLink';
import { useT } from '../../../../i18n/i18n';
import { formatDay } from '../../../../time';
import { CalledOffBadge, CalledOffNote, ChatHistory } from '../ChatHistory';
import { ChatMoreActions } from '../ChatMoreActions';
import { RescheduledBadge } from '../RescheduledBadge';
import { ApproveButton } from './ApproveButton';
import { ModeBadge } from './DaySlotList';
import { DeclineButton } from './DeclineButton';
import { freeSlotCount } from './FreeSlotsBox';

function Quote({ label, children }: { label: string; children: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Blockquote p="xs" color="gray" c="dark.7" fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Blockquote>
    </Stack>
  );
}

/** `Approve` and `Decline` on a talent's request; the warning before approving needs the team's free slots. */
function RequestActions({ chat, members }: { chat: Chat; members: readonly TeamMember[] }) {
  const { t } = useT();
  const { approve, decline } = useChatAction(chat.eventId);
  const recruiter = members.find((member) => member.recruiter.id === chat.recruiter.id);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <ApproveButton
          chat={chat}
          approve={approve}
          noFreeSlots={recruiter ? freeSlotCount(recruiter) === 0 : false}
          isMine={recruiter?.isMe ?? false}
        />
        <DeclineButton chat={chat} decline={decline} colleagues={members} />
      </Group>
      <ApiErrorAlert error={approve.error} title={t('recruiter.approve.couldNotApprove')} />
    </Stack>
  );
}

/** Chats that can still be cancelled (and, once confirmed, rescheduled); a request is answered instead. */
const isGoingOn = (chat: Chat) =>
  chat.tab === 'confirmed' || chat.state === 'in_scheduling' || chat.state === 'invited';

/** `Requested by Dana Kim on Tue, 4 Mar 2031`, and with whom when the list shows colleagues' chats too. */
function Origin({ chat, timeZone, showRecruiter }: { chat: Chat; timeZone: string; showRecruiter: boolean }) {
  const { rich } = useT();
  const values = {
    talent: chat.talent.name,
    inviter: chat.createdBy.name,
    date: formatDay(chat.createdAt, timeZone),
    recruiter: chat.recruiter.name,
    b: (text: ReactNode[]) => (
      <Text span fw={600} inherit>
        {text}
      </Text>
    ),
  };
  const byTalent = chat.initiatedBy === 'talent';
  if (!showRecruiter)
    return rich(byTalent ? 'recruiter.chatCard.requestedBy' : 'recruiter.chatCard.invitedBy', values);
  return rich(byTalent ? 'recruiter.chatCard.requestedByWith' : 'recruiter.chatCard.invitedByWith', values);
}

/** One 1-1 chat in the recruiter's lists: who, why, when and where, and what can be done next. */
export function ChatCard({
  chat,
  timeZone,
  showRecruiter,
  members,
}: {
  chat: Chat;
  timeZone: string;
  showRecruiter: boolean;
  members: readonly TeamMember[];
}) {
  const { t, rich } = useT();
  const titleId = useId();
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} fz="h4" id={titleId}>
              {chat.talent.name}
            </Title>
            {chat.talent.headline && <Text c="dark.6">{chat.talent.headline}</Text>}
          </div>
          <Group gap="xs">
            <RescheduledBadge chat={chat} />
            <CalledOffBadge chat={chat} />
            <NoShowBadge chat={chat} />
            {chat.day && <ModeBadge mode={chat.day.mode} />}
            {chat.state === 'invited' && (
              <Badge variant="dot" color="orange" c="dark.7">
                {t('recruiter.chatCard.waitingForTalent')}
              </Badge>
            )}
            {isGoingOn(chat) && <ChatMoreActions chat={chat} side="recruiter" />}
            <JoinButton chat={chat} />
            <RoomRecordLink chat={chat} />
          </Group>
        </Group>
        <Text size="sm">
          <Origin chat={chat} timeZone={timeZone} showRecruiter={showRecruiter} />
        </Text>
        {chat.startsAt && chat.endsAt && (
          <ChatTime startsAt={chat.startsAt} endsAt={chat.endsAt} eventZone={timeZone} />
        )}
        {chat.location && (
          <Group gap={6}>
            <IconMapPin size={16} aria-hidden />
            <Text size="sm">{t('recruiter.chatCard.meetingPlace', { location: chat.location })}</Text>
          </Group>
        )}
        <AttendancePanel chat={chat} side="recruiter" />
        {chat.customQuestion && chat.talentAnswer && (
          <Quote label={t('recruiter.chatCard.answerTo', { question: chat.customQuestion })}>
            {chat.talentAnswer}
          </Quote>
        )}
        {chat.requestMessage && <Quote label={t('recruiter.chatCard.message')}>{chat.requestMessage}</Quote>}
        {chat.state === 'declined' && chat.declineMessage && (
          <Quote label={t('recruiter.chatCard.declineReply')}>{chat.declineMessage}</Quote>
        )}
        {chat.state === 'declined' && chat.suggestedRecruiter && (
          <Text size="sm">
            {rich('recruiter.chatCard.suggestedColleague', {
              name: chat.suggestedRecruiter.name,
              b: (text: ReactNode[]) => (
                <Text span fw={600} inherit>
                  {text}
                </Text>
              ),
            })}
          </Text>
        )}
        <CalledOffNote chat={chat} />
        <ChatHistory chat={chat} />
        {chat.state === 'requested' && <RequestActions chat={chat} members={members} />}
      </Stack>
    </Paper>
  );
}
