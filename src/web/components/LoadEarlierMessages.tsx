import { Button, Stack } from '@mantine/core';
import { ApiErrorAlert } from './ApiErrorAlert';

/** At the top of a chat's history while earlier messages remain on the server. */
export function LoadEarlierMessages({
  messages,
}: {
  messages: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => unknown;
    isFetchNextPageError: boolean;
    error: Error | null;
  };
}) {
  if (!messages.hasNextPage) return null;
  return (
    <Stack align="center" gap="xs">
      <ApiErrorAlert
        error={messages.isFetchNextPageError ? messages.error : null}
        title="Earlier messages could not be loaded"
      />
      <Button
        variant="subtle"
        size="xs"
        loading={messages.isFetchingNextPage}
        onClick={() => messages.fetchNextPage()}
      >
        Load earlier messages
      </Button>
    </Stack>
  );
}
