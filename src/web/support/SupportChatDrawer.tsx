import { Alert, Drawer, Loader, Stack, Text } from '@mantine/core';
import type { SupportMessage } from '../../shared/schemas/support.schemas';
import { useMySupportConversation, useWriteToSupport } from '../api/support';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { SupportMessageForm } from './SupportMessageForm';
import { SupportMessages } from './SupportMessages';

const authorOf = (message: SupportMessage) => (message.fromSupport ? 'Support' : 'You');

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
  const conversation = useMySupportConversation(opened);
  const write = useWriteToSupport();
  const current = conversation.data;
  const closed = current?.status === 'closed';
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title="Technical support"
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': 'Close technical support' }}
    >
      <Stack>
        <Text size="sm" c="dark.6">
          Trouble with your camera, microphone or connection? Write to our support team; the answer appears
          here.
        </Text>
        {conversation.isPending && opened && <Loader aria-label="Loading your conversation with support" />}
        <ApiErrorAlert error={conversation.error} title="Could not load your conversation with support" />
        {current && current.messages.length > 0 && (
          <SupportMessages
            conversationId={current.id}
            label="Your conversation with support"
            authorOf={authorOf}
            ownSide="asker"
            height="calc(100dvh - 22rem)"
          />
        )}
        {closed && (
          <Alert color="gray" variant="light" title="Conversation closed">
            Support closed this conversation. Write again if you need more help: a new one starts.
          </Alert>
        )}
        <SupportMessageForm
          label="Write to support"
          submitLabel="Send to support"
          send={(body) => write.mutateAsync({ body, eventId, chatId })}
          error={write.error}
          pending={write.isPending}
        />
      </Stack>
    </Drawer>
  );
}
