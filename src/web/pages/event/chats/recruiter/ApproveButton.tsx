import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import type { useChatAction } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';

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
      title: 'Request approved',
      message: `${chat.talent.name} can now pick a time slot.`,
    });
  };
  const who = isMine ? 'You have' : `${chat.recruiter.name} has`;
  return (
    <>
      <Button
        leftSection={<IconCheck size={16} aria-hidden />}
        loading={approve.isPending && !opened}
        onClick={() => (noFreeSlots ? open() : run())}
      >
        Approve
      </Button>
      <Modal opened={opened} onClose={close} title="No free slots left" centered>
        <Stack>
          <Text>
            {who} no free slots left, so {chat.talent.name} cannot pick a time until more are opened. Approve
            anyway?
          </Text>
          <ApiErrorAlert error={approve.error} title="Could not approve the request" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button loading={approve.isPending} onClick={run}>
              Approve
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
