import { Box, Loader, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { SupportMessage } from '../../shared/schemas/support.schemas';
import { useSupportMessages } from '../api/support';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { LoadEarlierMessages } from '../components/LoadEarlierMessages';
import { useT } from '../i18n/i18n';
import { formatDay, formatTime, viewerTimeZone } from '../time';

/**
 * A support conversation's messages, oldest first, scrolled to the newest, earlier ones on demand. A `log` region, so screen readers
 * announce a reply as it arrives. Messages of the viewer's own side sit at the end of the line (the right in English).
 */
export function SupportMessages({
  conversationId,
  label,
  authorOf,
  ownSide,
  height,
}: {
  conversationId: string;
  /** The region's accessible name. */
  label: string;
  /** Who wrote a message, as the viewer calls them: "You", "Support", a name. */
  authorOf: (message: SupportMessage) => string;
  ownSide: 'asker' | 'support';
  height: number | string;
}) {
  const { t } = useT();
  const paged = useSupportMessages(conversationId);
  const messages = paged.data ?? [];
  const viewport = useRef<HTMLDivElement>(null);
  // Follows new messages, but stays put when earlier ones are loaded above.
  const newest = messages.at(-1)?.id;
  useEffect(() => {
    if (newest) viewport.current?.scrollTo({ top: viewport.current.scrollHeight });
  }, [newest]);
  const zone = viewerTimeZone();
  return (
    <ScrollArea h={height} viewportRef={viewport} type="auto" offsetScrollbars>
      <Stack gap="sm" role="log" aria-label={label} p={2}>
        {paged.isPending && <Loader size="sm" aria-label={t('support.messages.loading')} />}
        <ApiErrorAlert
          error={paged.isFetchNextPageError ? null : paged.error}
          title={t('support.messages.loadError')}
        />
        <LoadEarlierMessages messages={paged} />
        {messages.map((message) => {
          const own = message.fromSupport === (ownSide === 'support');
          const author = authorOf(message);
          return (
            <Box
              key={message.id}
              maw="85%"
              ms={own ? 'auto' : undefined}
              component="article"
              aria-label={t('support.messages.article', {
                author,
                time: formatTime(message.createdAt, zone),
              })}
            >
              <Paper withBorder p="sm" bg={own ? 'indigo.0' : 'gray.0'}>
                <Text size="sm" fw={700}>
                  {author}{' '}
                  <Text span size="xs" c="dark.6" fw={400}>
                    <time dateTime={message.createdAt} title={formatDay(message.createdAt, zone)}>
                      {formatTime(message.createdAt, zone)}
                    </time>
                  </Text>
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {message.body}
                </Text>
              </Paper>
            </Box>
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
