import { Button, Modal, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import type { useChatAction } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { DialogActions } from '../../../../components/DialogActions';
import { LimitedTextarea } from '../../../../components/LengthLimited';

/**
 * `Decline` opens a dialog for a short message and, optionally, a colleague to suggest instead: one of the same
 * company with confirmed availability, other than the chat's recruiter.
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
    open();
  };
  return (
    <>
      <Button variant="default" leftSection={<IconX size={16} aria-hidden />} onClick={start}>
        Decline
      </Button>
      <Modal opened={opened} onClose={close} title={`Decline request from ${chat.talent.name}`} centered>
        <Stack component="form" onSubmit={submit}>
          <LimitedTextarea
            label="Message"
            description={`${chat.talent.name} reads this. A short reason helps.`}
            autosize
            minRows={3}
            maxLength={2000}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
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
          <ApiErrorAlert error={decline.error} title="Could not decline the request" />
          <DialogActions onCancel={close} submitLabel="Decline" loading={decline.isPending} color="red.8" />
        </Stack>
      </Modal>
    </>
  );
}
