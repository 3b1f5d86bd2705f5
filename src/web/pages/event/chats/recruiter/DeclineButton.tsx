import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import { chatErrorCatalog } from '../../../../../shared/api/chats.contract';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import type { useChatAction } from '../../../../api/chats';
import { ApiError } from '../../../../api/client';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { DialogActions } from '../../../../components/DialogActions';
import { LimitedTextarea } from '../../../../components/LengthLimited';

/** Reasons a recruiter gives often: one click fills the message, which can then be edited. */
const readyReasons = [
  'No free slots left',
  "Profile doesn't match the roles we're hiring for",
  'Please talk to my colleague',
];

/**
 * `Decline` opens a dialog for a short message (required: the talent is owed a reason) and, optionally, a colleague
 * to suggest instead: one of the same company with confirmed availability, other than the chat's recruiter.
 */
export function DeclineButton({
  chat,
  decline,
  colleagues,
}: {
  chat: Chat;
  decline: ReturnType<typeof useChatAction>['decline'];
  colleagues: readonly TeamMember[];
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const [suggested, setSuggested] = useState<string | null>(null);
  const [missingReason, setMissingReason] = useState(false);
  const reasonsId = useId();
  const options = colleagues
    .filter((member) => member.confirmed && member.recruiter.id !== chat.recruiter.id)
    .map((member) => ({
      value: member.recruiter.id,
      label: member.isMe ? `${member.recruiter.name} (you)` : member.recruiter.name,
    }));
  // Awaited rather than per-call callbacks: the card leaves the Requests tab once the lists refresh, and an
  // unmounted observer skips those callbacks.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setMissingReason(true);
      return;
    }
    try {
      await decline.mutateAsync({ chatId: chat.id, message, suggestedRecruiterId: suggested });
    } catch {
      return; // shown in the dialog
    }
    close();
    notifications.show({
      color: 'green',
      title: 'Request declined',
      message: `${chat.talent.name} has been told.`,
    });
  };
  const start = () => {
    decline.reset();
    setMissingReason(false);
    open();
  };
  const write = (text: string) => {
    setMessage(text);
    setMissingReason(false);
  };
  const serverFields = decline.error instanceof ApiError ? decline.error.fields : {};
  const messageError = missingReason
    ? chatErrorCatalog.specs.decline_reason_required.message
    : serverFields.message;
  return (
    <>
      <Button variant="default" leftSection={<IconX size={16} aria-hidden />} onClick={start}>
        Decline
      </Button>
      <Modal opened={opened} onClose={close} title={`Decline request from ${chat.talent.name}`} centered>
        <Stack component="form" onSubmit={submit}>
          <Stack gap={6}>
            <Text size="sm" fw={500} id={reasonsId}>
              Ready-made reasons
            </Text>
            <Group gap={6} role="group" aria-labelledby={reasonsId}>
              {readyReasons.map((reason) => (
                <Button
                  key={reason}
                  size="compact-sm"
                  variant={message === reason ? 'filled' : 'light'}
                  color="dark"
                  aria-pressed={message === reason}
                  onClick={() => write(reason)}
                >
                  {reason}
                </Button>
              ))}
            </Group>
          </Stack>
          <LimitedTextarea
            label="Message"
            description={`${chat.talent.name} reads this: choose a reason above or write your own.`}
            withAsterisk
            aria-required
            autosize
            minRows={3}
            maxLength={2000}
            value={message}
            onChange={(event) => write(event.currentTarget.value)}
            error={messageError}
            data-autofocus
          />
          <Select
            label="Suggest a colleague"
            description={
              options.length > 0
                ? 'Optional: someone from your team the talent could request instead.'
                : 'No colleague has confirmed availability to suggest.'
            }
            placeholder="No suggestion"
            data={options}
            value={suggested}
            onChange={setSuggested}
            disabled={options.length === 0}
            clearable
          />
          {!serverFields.message && (
            <ApiErrorAlert error={decline.error} title="Could not decline the request" />
          )}
          <DialogActions onCancel={close} submitLabel="Decline" loading={decline.isPending} color="red.8" />
        </Stack>
      </Modal>
    </>
  );
}
