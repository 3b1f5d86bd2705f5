import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import { useChatAction } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { LimitedTextarea } from '../../../../components/LengthLimited';

/** A talent turns down a recruiter's invitation, with an optional note for the recruiter. */
export function DeclineInvitationButton({ chat }: { chat: Chat }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const { decline } = useChatAction(chat.eventId);
  const dismiss = () => {
    close();
    setMessage('');
    decline.reset();
  };
  const submit = async () => {
    try {
      await decline.mutateAsync({ chatId: chat.id, message: message.trim(), suggestedRecruiterId: null });
    } catch {
      return;
    }
    notifications.show({
      color: 'green',
      title: 'Invitation declined',
      message: `${chat.recruiter.name} has been told. You'll find it under Declined.`,
    });
    dismiss();
  };
  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        Decline
      </Button>
      <Modal opened={opened} onClose={dismiss} title={`Decline ${chat.recruiter.name}'s invitation?`}>
        <Stack>
          <Text size="sm" c="dark.6">
            {chat.recruiter.name} will be told by email. You can still request a chat with them later.
          </Text>
          <LimitedTextarea
            label="Message"
            description="Optional: a short note for the recruiter."
            autosize
            minRows={3}
            maxLength={2000}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            data-autofocus
          />
          <ApiErrorAlert error={decline.error} title="The invitation was not declined" />
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              Cancel
            </Button>
            <Button color="red.8" loading={decline.isPending} onClick={submit}>
              Decline
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
