import { Button, Stack } from '@mantine/core';
import { useT } from '../i18n/i18n';
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
  const { t } = useT();
  if (!messages.hasNextPage) return null;
  return (
    <Stack align="center" gap="xs">
      <ApiErrorAlert
        error={messages.isFetchNextPageError ? messages.error : null}
        title={t('shell.earlierMessages.couldNotLoad')}
      />
      <Button
        variant="subtle"
        size="xs"
        loading={messages.isFetchingNextPage}
        onClick={() => messages.fetchNextPage()}
      >
        {t('shell.earlierMessages.load')}
      </Button>
    </Stack>
  );
}
