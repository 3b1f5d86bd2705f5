import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarTime } from '@tabler/icons-react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import { useT } from '../../../../i18n/i18n';
import { useTabBookingWindow } from '../bookingWindow';
import { SlotPicker } from './SlotPicker';

/**
 * `Pick a Time Slot` on an approved request or an invitation; the slots load when the picker opens. Picking is a
 * booking: disabled before the booking window opens, gone once it closed.
 */
export function PickTimeSlotButton({ chat }: { chat: Chat }) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const { phase } = useTabBookingWindow().phase;
  if (phase === 'closed') return null;
  return (
    <>
      <Button
        leftSection={<IconCalendarTime size={16} aria-hidden />}
        disabled={phase === 'not_yet_open'}
        onClick={open}
      >
        {t('talent.pickSlot.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('talent.pickSlot.title', { name: chat.recruiter.name })}
        size="xl"
      >
        <SlotPicker chat={chat} onClose={close} />
      </Modal>
    </>
  );
}
