import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import type { useChatAction } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { useT } from '../../../../i18n/i18n';

/**
 * Approving lets the talent pick one of the recruiter's free slots. With none left the talent would be stuck, so
 * the recruiter is warned first.
 */
export function ApproveButton({
  chat,
  approve,
  noFreeSlots,
  isMine,
}: {
  chat: Chat;
  approve: ReturnType<typeof useChatAction>['approve'];
  noFreeSlots: boolean;
  isMine: boolean;
}) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  // Awaited rather than per-call callbacks: the card leaves the Requests tab once the lists refresh, and an
  // unmounted observer skips those callbacks.
  const run = async () => {
    try {
      await approve.mutateAsync(chat.id);
    } catch {
      return; // shown from the mutation's state, below the buttons or in the dialog
    }
    close();
    notifications.show({
      color: 'green',
      title: t('recruiter.approve.done'),
      message: t('recruiter.approve.doneMessage', { talent: chat.talent.name }),
    });
  };
  return (
    <>
      <Button
        leftSection={<IconCheck size={16} aria-hidden />}
        loading={approve.isPending && !opened}
        onClick={() => (noFreeSlots ? open() : run())}
      >
        {t('recruiter.approve.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('recruiter.approve.noFreeSlotsTitle')} centered>
        <Stack>
          <Text>
            {isMine
              ? t('recruiter.approve.noFreeSlotsMine', { talent: chat.talent.name })
              : t('recruiter.approve.noFreeSlotsOf', {
                  recruiter: chat.recruiter.name,
                  talent: chat.talent.name,
                })}
          </Text>
          <ApiErrorAlert error={approve.error} title={t('recruiter.approve.couldNotApprove')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('recruiter.cancel')}
            </Button>
            <Button loading={approve.isPending} onClick={run}>
              {t('recruiter.approve.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
