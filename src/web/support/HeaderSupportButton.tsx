import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLifebuoy } from '@tabler/icons-react';
import { SupportChatDrawer } from './SupportChatDrawer';

/**
 * Technical support from any page with the app's header. The video room has no header: its own life ring opens the
 * same conversation and tells support which chat the person is in.
 */
export function HeaderSupportButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconLifebuoy size={16} aria-hidden />}
        onClick={open}
        aria-haspopup="dialog"
      >
        Technical support
      </Button>
      <SupportChatDrawer opened={opened} onClose={close} />
    </>
  );
}
