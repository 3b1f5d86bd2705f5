import { ActionIcon, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconDots, IconX } from '@tabler/icons-react';
import type { Chat } from '../../../../shared/schemas/chats.schemas';
import { useChatChanges } from '../../../api/chats';
import { useT } from '../../../i18n/i18n';
import { MessageDialog } from './MessageDialog';
import { RescheduleDialog } from './recruiter/RescheduleDialog';

type Side = 'talent' | 'recruiter';

const otherSide = (chat: Chat, side: Side) => (side === 'talent' ? chat.recruiter.name : chat.talent.name);

/**
 * `More actions` on a chat that is still going on: `Reschedule` (confirmed chats only) and `Cancel`. The recruiter's
 * side reschedules in its own dialog, which can also move the chat straight to another slot.
 */
export function ChatMoreActions({ chat, side }: { chat: Chat; side: Side }) {
  const { t } = useT();
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
          <ActionIcon variant="subtle" color="gray" aria-label={t('event.chatActions.more')}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {booked && (
            <Menu.Item
              leftSection={<IconCalendarEvent size={16} aria-hidden />}
              onClick={open(rescheduleDialog, reschedule)}
            >
              {t('event.chatActions.reschedule')}
            </Menu.Item>
          )}
          <Menu.Item
            color="red.8"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={open(cancelDialog, cancel)}
          >
            {t('event.chatActions.cancel')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <MessageDialog
        opened={cancelOpened}
        onClose={cancelDialog.close}
        title={t('event.chatActions.cancelTitle', { other })}
        intro={
          booked
            ? t('event.chatActions.cancelIntroBooked', { other })
            : t('event.chatActions.cancelIntro', { other })
        }
        submitLabel={t('event.chatActions.cancelChat')}
        mutation={{
          mutateAsync: (message) => cancel.mutateAsync({ chatId: chat.id, message }),
          error: cancel.error,
          isPending: cancel.isPending,
        }}
        onDone={() =>
          notifications.show({
            color: 'green',
            title: t('event.chatActions.cancelled'),
            message: t('event.chatActions.cancelledMessage', { other }),
          })
        }
      />
      {side === 'recruiter' ? (
        <RescheduleDialog chat={chat} opened={rescheduleOpened} onClose={rescheduleDialog.close} />
      ) : (
        <MessageDialog
          opened={rescheduleOpened}
          onClose={rescheduleDialog.close}
          title={t('event.chatActions.rescheduleTitle')}
          intro={t('event.chatActions.rescheduleIntro', { other })}
          submitLabel={t('event.chatActions.reschedule')}
          mutation={{
            mutateAsync: (message) => reschedule.mutateAsync({ chatId: chat.id, message }),
            error: reschedule.error,
            isPending: reschedule.isPending,
          }}
          onDone={() =>
            notifications.show({
              color: 'green',
              title: t('event.chatActions.rescheduled'),
              message: t('event.chatActions.rescheduledMessage'),
            })
          }
        />
      )}
    </>
  );
}
