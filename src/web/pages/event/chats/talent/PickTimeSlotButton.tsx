import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarTime } from '@tabler/icons-react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import { SlotPicker } from './SlotPicker';

/** `Pick a Time Slot` on an approved request or an invitation; the slots load when the picker opens. */
export function PickTimeSlotButton({ chat }: { chat: Chat }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconCalendarTime size={16} aria-hidden />} onClick={open}>
        Pick a Time Slot
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={`Pick a time for your 1-1 chat with ${chat.recruiter.name}`}
        size="xl"
      >
        <SlotPicker chat={chat} onClose={close} />
      </Modal>
    </>
  );
}
