import { Button, Stack, Text } from '@mantine/core';
import { ApiErrorAlert } from './ApiErrorAlert';

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
  /** What the list holds, in the plural: `chats`. */
  noun: string;
}) {
  if (!list.hasNextPage) return null;
  return (
    <Stack align="center" gap="xs">
      <ApiErrorAlert
        error={list.isFetchNextPageError ? list.error : null}
        title={`More ${noun} could not be loaded`}
      />
      <Text size="sm" c="dark.6" role="status">
        {total === undefined ? `Showing ${shown} ${noun}` : `Showing ${shown} of ${total} ${noun}`}
      </Text>
      <Button variant="light" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
        Show more {noun}
      </Button>
    </Stack>
  );
}
