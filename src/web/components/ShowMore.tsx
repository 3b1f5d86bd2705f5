import { Button, Stack, Text } from '@mantine/core';
import { type MessageKey, useT } from '../i18n/i18n';
import { ApiErrorAlert } from './ApiErrorAlert';

/** What a paged list can hold, each with its sentences (a noun's plural differs between languages). */
type Noun = 'chats';
const sentences: Record<Noun, Record<'couldNotLoad' | 'showing' | 'showingOf' | 'button', MessageKey>> = {
  chats: {
    couldNotLoad: 'shell.showMore.chats.couldNotLoad',
    showing: 'shell.showMore.chats.showing',
    showingOf: 'shell.showMore.chats.showingOf',
    button: 'shell.showMore.chats.button',
  },
};

/**
 * Below a list that comes a page at a time: how much of it is shown, and a button for the next page while more
 * remain. The count is a polite live region, so a screen reader hears the list grow.
 */
export function ShowMore({
  list,
  shown,
  total,
  noun,
}: {
  list: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => unknown;
    isFetchNextPageError: boolean;
    error: Error | null;
  };
  /** How many rows are on the screen. */
  shown: number;
  /** The length of the whole list, when known. */
  total: number | undefined;
  /** What the list holds: `chats`. */
  noun: Noun;
}) {
  const { t } = useT();
  if (!list.hasNextPage) return null;
  const say = sentences[noun];
  return (
    <Stack align="center" gap="xs">
      <ApiErrorAlert error={list.isFetchNextPageError ? list.error : null} title={t(say.couldNotLoad)} />
      <Text size="sm" c="dark.6" role="status">
        {total === undefined ? t(say.showing, { shown }) : t(say.showingOf, { shown, total })}
      </Text>
      <Button variant="light" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
        {t(say.button)}
      </Button>
    </Stack>
  );
}
