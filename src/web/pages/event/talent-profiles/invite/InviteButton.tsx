import { Alert, Button, Group, List, Modal, Select, Stack, Switch, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { openStates } from '../../../../../shared/booking/chat-phase';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { type Chat, chatStatusLabel, chatStatusOf } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useTeamOverview } from '../../../../api/availability';
import { useAllChats, useInviteTalent } from '../../../../api/chats';
import { ApiError } from '../../../../api/client';
import { useEvent, useEvents } from '../../../../api/events';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { chatTimeText } from '../../../../time';
import { InviteAvailability } from './InviteAvailability';
import { LimitedTextarea } from '../../../../components/LengthLimited';

const MAX_TEXT = 2000;

/** Only events whose organizer lets recruiters invite offer the button. */
export const invitationsOpen = (event: Pick<Event, 'requestPolicy' | 'viewerRole'>) =>
  event.viewerRole === 'recruiter' && event.requestPolicy !== 'talents';

function memberLabel(member: TeamMember) {
  const free = member.days.reduce((sum, day) => sum + day.free, 0);
  const name = member.isMe ? `${member.recruiter.name} (you)` : member.recruiter.name;
  return `${name} · ${member.counts.confirmed} confirmed · ${free} free slots`;
}

/** The team's open chats with the talent at an event: one per talent and recruiter, so those cannot be invited. */
function useOpenChatsWith(eventId: string, talentId: string): Chat[] {
  const chats = useAllChats(eventId, { recruiterId: 'team', talentId });
  return chats.data?.filter((chat) => (openStates as readonly string[]).includes(chat.state)) ?? [];
}

/** `In Scheduling` or `Confirmed · Thu, 5 Dec 2030, 10:00–10:20`, on the viewer's clock. */
function chatStanding(chat: Chat, timeZone: string): string {
  const status = chatStatusLabel[chatStatusOf(chat)];
  if (!chat.startsAt || !chat.endsAt) return status;
  return `${status} · ${chatTimeText(chat.startsAt, chat.endsAt, timeZone).viewer}`;
}

/** Who of the team already has an open chat with the talent, and where it stands. */
function OpenChats({ chats, talentName, timeZone }: { chats: Chat[]; talentName: string; timeZone: string }) {
  if (chats.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Open 1-1 chats with {talentName}
      </Text>
      <List size="sm" spacing={2}>
        {chats.map((chat) => (
          <List.Item key={chat.id}>
            {chat.recruiter.name}: {chatStanding(chat, timeZone)}
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
  const events = useEvents();
  const team = useTeamOverview(eventId);
  return (
    <Stack>
      <Select
        label="Event"
        data={events.data?.map((e) => ({ value: e.id, label: e.name })) ?? []}
        value={eventId}
        onChange={(id) => id && onEvent(id)}
        allowDeselect={false}
      />
      <Select
        label="Chat with"
        placeholder={team.isPending ? 'Loading the team…' : 'Pick yourself or a colleague'}
        data={team.data?.members.map((m) => ({ value: m.recruiter.id, label: memberLabel(m) })) ?? []}
        value={recruiterId}
        onChange={(id) => id && onRecruiter(id)}
        allowDeselect={false}
      />
      <ApiErrorAlert error={team.error} title="Could not load your team at this event" />
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
      title: 'Invitation sent',
      message: `${talent.name} gets your invitation by email and picks a time slot.`,
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
          Request 1-1 Chat
        </Button>
        {refusal && (
          <Text size="sm" id={refusalId}>
            {refusal}
          </Text>
        )}
        <OpenChats chats={openChats} talentName={talent.name} timeZone={event.timeZone} />
      </Stack>
      <Modal opened={opened} onClose={dismiss} title={`Invite ${talent.name} to a 1-1 chat`} size="xl">
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
                {alreadyOpen.recruiter.name} already has an open 1-1 chat with {talent.name} (
                {chatStanding(alreadyOpen, chosenEvent.data.timeZone)}). A talent and a recruiter have one
                open chat at a time: find it under 1-1 Chats, or choose a colleague.
              </Alert>
            )}
            {chosenEvent.data && !invitationsOpen(chosenEvent.data) && (
              <Text size="sm" c="red.8">
                The organizer of this event does not let recruiters send invitations.
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={dismiss}>
                Cancel
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
                Continue to Time Selection
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack>
            {chosenEvent.data && recruiterId && (
              <InviteAvailability event={chosenEvent.data} recruiterId={recruiterId} />
            )}
            <Switch
              label="Attach a Message"
              checked={withMessage}
              onChange={(e) => setWithMessage(e.currentTarget.checked)}
            />
            {withMessage && (
              <LimitedTextarea
                label="Message"
                description="What would you like to talk about?"
                autosize
                minRows={3}
                maxLength={MAX_TEXT}
                value={message}
                error={messageError}
                onChange={(e) => setMessage(e.currentTarget.value)}
              />
            )}
            <ApiErrorAlert error={invite.error} title="Your invitation was not sent" />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep('choose')}>
                Back
              </Button>
              <Button onClick={send} loading={invite.isPending}>
                Send Invitation
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
