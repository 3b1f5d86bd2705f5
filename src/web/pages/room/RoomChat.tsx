import { Alert, Box, Button, Group, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useRoomMessages, useSendRoomMessage } from '../../api/rooms';
import { useUser } from '../../app/session';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadEarlierMessages } from '../../components/LoadEarlierMessages';
import { useT } from '../../i18n/i18n';
import { formatTime, viewerTimeZone } from '../../time';
import { LimitedTextarea } from '../../components/LengthLimited';

/** The room's text chat: stored on the server, live for everyone present, read-only once the chat has ended. */
export function RoomChat({ chatId, readOnly }: { chatId: string; readOnly: boolean }) {
  const { t } = useT();
  const user = useUser();
  const messages = useRoomMessages(chatId);
  const send = useSendRoomMessage(chatId);
  const [draft, setDraft] = useState('');
  const end = useRef<HTMLDivElement>(null);
  // Follows new messages, but stays put when earlier ones are loaded above.
  const newest = messages.data?.at(-1)?.id;
  useEffect(() => {
    if (newest) end.current?.scrollIntoView({ block: 'end' });
  }, [newest]);
  const zone = viewerTimeZone();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const body = draft.trim();
    if (!body || send.isPending) return;
    send.mutate(body, { onSuccess: () => setDraft('') });
  };

  return (
    <Stack gap="sm" h="100%" style={{ minHeight: 0 }}>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack gap="sm" role="log" aria-label={t('room.chat.history')} pe="xs">
          {messages.isPending && <Loader size="sm" aria-label={t('room.chat.loading')} />}
          <ApiErrorAlert
            error={messages.isFetchNextPageError ? null : messages.error}
            title={t('room.chat.loadError')}
          />
          <LoadEarlierMessages messages={messages} />
          {messages.data?.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('room.chat.empty')}
            </Text>
          )}
          {messages.data?.map((message) => (
            <Box component="article" key={message.id}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" fw={700}>
                  {message.author.id === user.id
                    ? t('room.you', { name: message.author.name })
                    : message.author.name}
                </Text>
                <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt}>
                  {formatTime(message.createdAt, zone)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {message.body}
              </Text>
            </Box>
          ))}
          <div ref={end} />
        </Stack>
      </ScrollArea>
      {readOnly ? (
        <Alert variant="light" color="gray">
          {t('room.chat.readOnly')}
        </Alert>
      ) : (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <ApiErrorAlert error={send.error} title={t('room.chat.notSent')} />
            <LimitedTextarea
              label={t('room.chat.message')}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              onKeyDown={(event) => {
                // Enter sends, Shift+Enter starts a new line, as in most chats.
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  submit();
                }
              }}
              autosize
              minRows={1}
              maxRows={5}
              maxLength={2000}
            />
            <Button
              type="submit"
              loading={send.isPending}
              disabled={!draft.trim()}
              style={{ alignSelf: 'flex-end' }}
            >
              {t('room.chat.send')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
