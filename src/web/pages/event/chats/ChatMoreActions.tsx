import { ActionIcon, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconDots, IconX } from '@tabler/icons-react';
import type { Chat } from '../../../../shared/schemas/chats.schemas';
import { useChatChanges } from '../../../api/chats';
import { MessageDialog } from './MessageDialog';
import { RescheduleDialog } from './recruiter/RescheduleDialog';

type Side = 'talent' | 'recruiter';

const otherSide = (chat: Chat, side: Side) => (side === 'talent' ? chat.recruiter.name : chat.talent.name);

/**
 * `More actions` on a chat that is still going on: `Reschedule` (confirmed chats only) and `Cancel`. The recruiter's
 * side reschedules in its own dialog, which can also move the chat straight to another slot.
 */
export function ChatMoreActions({ chat, side }: { chat: Chat; side: Side }) {
  const { cancel, reschedule } = useChatChanges(chat.eventId);
  const [cancelOpened, cancelDialog] = useDisclosure(false);
  const [rescheduleOpened, rescheduleDialog] = useDisclosure(false);
  const other = otherSide(chat, side);
  const booked = chat.state === 'confirmed';
  const open = (dialog: { open: () => void }, mutation: { reset: () => void }) => () => {
    mutation.reset();
    dialog.open();
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label="More actions">
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {booked && (
            <Menu.Item
              leftSection={<IconCalendarEvent size={16} aria-hidden />}
              onClick={open(rescheduleDialog, reschedule)}
            >
              Reschedule
            </Menu.Item>
          )}
          <Menu.Item
            color="red.8"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={open(cancelDialog, cancel)}
          >
            Cancel
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <MessageDialog
        opened={cancelOpened}
        onClose={cancelDialog.close}
        title={`Cancel the 1-1 chat with ${other}?`}
        intro={`${other} is told by email${booked ? ' and the time slot is freed' : ''}. This cannot be undone.`}
        submitLabel="Cancel chat"
        mutation={{
          mutateAsync: (message) => cancel.mutateAsync({ chatId: chat.id, message }),
          error: cancel.error,
          isPending: cancel.isPending,
        }}
        onDone={() =>
          notifications.show({ color: 'green', title: 'Chat cancelled', message: `${other} has been told.` })
        }
      />
      {side === 'recruiter' ? (
        <RescheduleDialog chat={chat} opened={rescheduleOpened} onClose={rescheduleDialog.close} />
      ) : (
        <MessageDialog
          opened={rescheduleOpened}
          onClose={rescheduleDialog.close}
          title="Reschedule this 1-1 chat?"
          intro={`Your time slot is released and the chat goes back to In Scheduling, where you pick a new time from ${other}'s free slots. ${other} is told by email.`}
          submitLabel="Reschedule"
          mutation={{
            mutateAsync: (message) => reschedule.mutateAsync({ chatId: chat.id, message }),
            error: reschedule.error,
            isPending: reschedule.isPending,
          }}
          onDone={() =>
            notifications.show({
              color: 'green',
              title: 'Back to In Scheduling',
              message: 'Pick a new time slot under In Scheduling.',
            })
          }
        />
      )}
    </>
  );
}
