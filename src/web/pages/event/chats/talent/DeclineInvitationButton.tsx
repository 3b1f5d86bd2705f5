import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import { useChatAction } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { LimitedTextarea } from '../../../../components/LengthLimited';
import { useT } from '../../../../i18n/i18n';

/** A talent turns down a recruiter's invitation, with an optional note for the recruiter. */
export function DeclineInvitationButton({ chat }: { chat: Chat }) {
  const { t } = useT();
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
      title: t('talent.declineInvitation.done'),
      message: t('talent.declineInvitation.doneMessage', { name: chat.recruiter.name }),
    });
    dismiss();
  };
  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        {t('talent.declineInvitation.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={dismiss}
        title={t('talent.declineInvitation.title', { name: chat.recruiter.name })}
      >
        <Stack>
          <Text size="sm" c="dark.6">
            {t('talent.declineInvitation.intro', { name: chat.recruiter.name })}
          </Text>
          <LimitedTextarea
            label={t('talent.request.message')}
            description={t('talent.declineInvitation.messageDescription')}
            autosize
            minRows={3}
            maxLength={2000}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            data-autofocus
          />
          <ApiErrorAlert error={decline.error} title={t('talent.declineInvitation.failed')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              {t('talent.declineInvitation.cancel')}
            </Button>
            <Button color="red.8" loading={decline.isPending} onClick={submit}>
              {t('talent.declineInvitation.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
