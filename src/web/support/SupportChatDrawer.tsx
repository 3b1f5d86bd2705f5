import { Alert, Drawer, Loader, Stack, Text } from '@mantine/core';
import { DIRECTIONS } from '../../shared/i18n/locales';
import type { SupportMessage } from '../../shared/schemas/support.schemas';
import { useMySupportConversation, useWriteToSupport } from '../api/support';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { t as translate, useT } from '../i18n/i18n';
import { SupportMessageForm } from './SupportMessageForm';
import { SupportMessages } from './SupportMessages';

const authorOf = (message: SupportMessage) =>
  translate(message.fromSupport ? 'support.author.support' : 'support.author.you');

/**
 * The person's chat with the technical support team (the room's life ring, the header's entry). Replies arrive
 * live: a `support.changed` message refreshes the conversation. The event and chat it is opened from go with each
 * message, so an agent sees where the person is.
 */
export function SupportChatDrawer({
  opened,
  onClose,
  eventId,
  chatId,
}: {
  opened: boolean;
  onClose: () => void;
  eventId?: string;
  chatId?: string;
}) {
  const { t, locale } = useT();
  const conversation = useMySupportConversation(opened);
  const write = useWriteToSupport();
  const current = conversation.data;
  const closed = current?.status === 'closed';
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      // At the end of the line: the right in English, the left in a right-to-left language.
      position={DIRECTIONS[locale] === 'rtl' ? 'left' : 'right'}
      size="md"
      title={t('support.title')}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': t('support.drawer.close') }}
    >
      <Stack>
        <Text size="sm" c="dark.6">
          {t('support.drawer.intro')}
        </Text>
        {conversation.isPending && opened && <Loader aria-label={t('support.drawer.loading')} />}
        <ApiErrorAlert error={conversation.error} title={t('support.drawer.loadError')} />
        {current && current.messages.length > 0 && (
          <SupportMessages
            conversationId={current.id}
            label={t('support.drawer.messages')}
            authorOf={authorOf}
            ownSide="asker"
            height="calc(100dvh - 22rem)"
          />
        )}
        {closed && (
          <Alert color="gray" variant="light" title={t('support.drawer.closedTitle')}>
            {t('support.drawer.closedBody')}
          </Alert>
        )}
        <SupportMessageForm
          label={t('support.drawer.label')}
          submitLabel={t('support.drawer.submit')}
          send={(body) => write.mutateAsync({ body, eventId, chatId })}
          error={write.error}
          pending={write.isPending}
        />
      </Stack>
    </Drawer>
  );
}
