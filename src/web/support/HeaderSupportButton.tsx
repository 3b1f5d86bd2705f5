import { ActionIcon, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLifebuoy } from '@tabler/icons-react';
import { LazyTooltip } from '../components/LazyTooltip';
import { useT } from '../i18n/i18n';
import { LazySupportChatDrawer } from './LazySupportChatDrawer';

/**
 * Technical support from any page with the app's header. The video room has no header: its own life ring opens the
 * same conversation and tells support which chat the person is in. `compact`: the life ring alone, for a phone's
 * header, with the same name.
 */
export function HeaderSupportButton({ compact = false }: { compact?: boolean }) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      {compact ? (
        <LazyTooltip label={t('support.title')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('support.title')}
            onClick={open}
            aria-haspopup="dialog"
          >
            <IconLifebuoy size={20} aria-hidden />
          </ActionIcon>
        </LazyTooltip>
      ) : (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconLifebuoy size={16} aria-hidden />}
          onClick={open}
          aria-haspopup="dialog"
        >
          {t('support.title')}
        </Button>
      )}
      <LazySupportChatDrawer opened={opened} onClose={close} />
    </>
  );
}
