import { Alert, Button, Group, List, Modal, Select, Stack, Switch, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { openStates } from '../../../../../shared/booking/chat-phase';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { type Chat, chatStatusOf } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useTeamOverview } from '../../../../api/availability';
import { useAllChats, useInviteTalent } from '../../../../api/chats';
import { ApiError } from '../../../../api/client';
import { useEvent, useEvents } from '../../../../api/events';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { t as translate, useT } from '../../../../i18n/i18n';
import { chatTimeText } from '../../../../time';
import { chatStatusKeys } from '../../chats/recruiter/chatLabels';
import { InviteAvailability } from './InviteAvailability';
import { LimitedTextarea } from '../../../../components/LengthLimited';

const MAX_TEXT = 2000;

/** Only events whose organizer lets recruiters invite offer the button. */
export const invitationsOpen = (event: Pick<Event, 'requestPolicy' | 'viewerRole'>) =>
  event.viewerRole === 'recruiter' && event.requestPolicy !== 'talents';

function memberLabel(member: TeamMember) {
  const free = member.days.reduce((sum, day) => sum + day.free, 0);
  const name = member.isMe
    ? translate('recruiter.you', { name: member.recruiter.name })
    : member.recruiter.name;
  return translate('talentProfiles.invite.member', { name, confirmed: member.counts.confirmed, free });
}

/** The team's open chats with the talent at an event: one per talent and recruiter, so those cannot be invited. */
function useOpenChatsWith(eventId: string, talentId: string): Chat[] {
  const chats = useAllChats(eventId, { recruiterId: 'team', talentId });
  return chats.data?.filter((chat) => (openStates as readonly string[]).includes(chat.state)) ?? [];
}

/** `In Scheduling` or `Confirmed · Thu, 5 Dec 2030, 10:00–10:20`, on the viewer's clock. */
function chatStanding(chat: Chat, timeZone: string): string {
  const status = translate(chatStatusKeys[chatStatusOf(chat)]);
  if (!chat.startsAt || !chat.endsAt) return status;
  return `${status} · ${chatTimeText(chat.startsAt, chat.endsAt, timeZone).viewer}`;
}

/** Who of the team already has an open chat with the talent, and where it stands. */
function OpenChats({ chats, talentName, timeZone }: { chats: Chat[]; talentName: string; timeZone: string }) {
  const { t } = useT();
  if (chats.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('talentProfiles.invite.openChats', { talent: talentName })}
      </Text>
      <List size="sm" spacing={2}>
        {chats.map((chat) => (
          <List.Item key={chat.id}>
            {t('talentProfiles.invite.openChat', {
              recruiter: chat.recruiter.name,
              standing: chatStanding(chat, timeZone),
            })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Step one: which event, and who the talent will chat with (oneself or a colleague). */
function ChooseStep({
  eventId,
  recruiterId,
  onEvent,
  onRecruiter,
}: {
  eventId: string;
  recruiterId: string | null;
  onEvent: (id: string) => void;
  onRecruiter: (id: string) => void;
}) {
  const { t } = useT();
  const events = useEvents();
  const team = useTeamOverview(eventId);
  return (
    <Stack>
      <Select
        label={t('talentProfiles.event')}
        data={events.data?.map((e) => ({ value: e.id, label: e.name })) ?? []}
        value={eventId}
        onChange={(id) => id && onEvent(id)}
        allowDeselect={false}
      />
      <Select
        label={t('talentProfiles.invite.chatWith')}
        placeholder={
          team.isPending ? t('talentProfiles.invite.loadingTeam') : t('talentProfiles.invite.pickRecruiter')
        }
        data={team.data?.members.map((m) => ({ value: m.recruiter.id, label: memberLabel(m) })) ?? []}
        value={recruiterId}
        onChange={(id) => id && onRecruiter(id)}
        allowDeselect={false}
      />
      <ApiErrorAlert error={team.error} title={t('talentProfiles.invite.couldNotLoadTeam')} />
    </Stack>
  );
}

/**
 * `Request 1-1 Chat` from a talent's profile: choose the event and the recruiter, look at (and adjust) that
 * recruiter's slots, optionally attach a message, and send the invitation. The talent then picks a slot.
 */
export function InviteButton({
  event,
  talent,
  refusal,
}: {
  event: Event;
  talent: { id: string; name: string };
  /** Why the viewer may not invite this talent (an opt-out or a block), said before they try. */
  refusal?: string | null;
}) {
  const { t } = useT();
  const refusalId = useId();
  const [opened, { open, close }] = useDisclosure(false);
  const [eventId, setEventId] = useState(event.id);
  const [recruiterId, setRecruiterId] = useState<string | null>(null);
  const [step, setStep] = useState<'choose' | 'time'>('choose');
  const [withMessage, setWithMessage] = useState(false);
  const [message, setMessage] = useState('');
  const chosenEvent = useEvent(eventId);
  const invite = useInviteTalent();
  const openChats = useOpenChatsWith(eventId, talent.id);
  const alreadyOpen = openChats.find((chat) => chat.recruiter.id === recruiterId);

  const dismiss = () => {
    close();
    setEventId(event.id);
    setRecruiterId(null);
    setStep('choose');
    setWithMessage(false);
    setMessage('');
    invite.reset();
  };

  const send = async () => {
    if (!recruiterId) return;
    try {
      await invite.mutateAsync({
        eventId,
        talentId: talent.id,
        recruiterId,
        message: (withMessage && message.trim()) || undefined,
      });
    } catch {
      return;
    }
    notifications.show({
      color: 'green',
      title: t('talentProfiles.invite.sent'),
      message: t('talentProfiles.invite.sentMessage', { talent: talent.name }),
    });
    dismiss();
  };

  const messageError = invite.error instanceof ApiError ? invite.error.fields.message : undefined;
  return (
    <>
      <Stack gap="sm">
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          onClick={open}
          w="fit-content"
          disabled={Boolean(refusal)}
          aria-describedby={refusal ? refusalId : undefined}
        >
          {t('talentProfiles.invite.button')}
        </Button>
        {refusal && (
          <Text size="sm" id={refusalId}>
            {refusal}
          </Text>
        )}
        <OpenChats chats={openChats} talentName={talent.name} timeZone={event.timeZone} />
      </Stack>
      <Modal
        opened={opened}
        onClose={dismiss}
        title={t('talentProfiles.invite.title', { talent: talent.name })}
        size="xl"
      >
        {step === 'choose' ? (
          <Stack>
            <ChooseStep
              eventId={eventId}
              recruiterId={recruiterId}
              onEvent={(id) => {
                setEventId(id);
                setRecruiterId(null);
              }}
              onRecruiter={setRecruiterId}
            />
            {alreadyOpen && chosenEvent.data && (
              <Alert color="yellow" variant="light" role="status">
                {t('talentProfiles.invite.alreadyOpen', {
                  recruiter: alreadyOpen.recruiter.name,
                  talent: talent.name,
                  standing: chatStanding(alreadyOpen, chosenEvent.data.timeZone),
                })}
              </Alert>
            )}
            {chosenEvent.data && !invitationsOpen(chosenEvent.data) && (
              <Text size="sm" c="red.8">
                {t('talentProfiles.invite.closed')}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={dismiss}>
                {t('talentProfiles.invite.cancel')}
              </Button>
              <Button
                disabled={
                  !recruiterId ||
                  !chosenEvent.data ||
                  !invitationsOpen(chosenEvent.data) ||
                  Boolean(alreadyOpen)
                }
                onClick={() => setStep('time')}
              >
                {t('talentProfiles.invite.continue')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack>
            {chosenEvent.data && recruiterId && (
              <InviteAvailability event={chosenEvent.data} recruiterId={recruiterId} />
            )}
            <Switch
              label={t('talentProfiles.invite.attach')}
              checked={withMessage}
              onChange={(e) => setWithMessage(e.currentTarget.checked)}
            />
            {withMessage && (
              <LimitedTextarea
                label={t('talentProfiles.invite.message')}
                description={t('talentProfiles.invite.messageHint')}
                autosize
                minRows={3}
                maxLength={MAX_TEXT}
                value={message}
                error={messageError}
                onChange={(e) => setMessage(e.currentTarget.value)}
              />
            )}
            <ApiErrorAlert error={invite.error} title={t('talentProfiles.invite.notSent')} />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep('choose')}>
                {t('talentProfiles.invite.back')}
              </Button>
              <Button onClick={send} loading={invite.isPending}>
                {t('talentProfiles.invite.send')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
