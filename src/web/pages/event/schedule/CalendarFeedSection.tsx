import { Button, CopyButton, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { useCalendarFeed, useResetCalendarFeed } from '../../../api/schedule';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ConfirmButton } from '../../../components/ConfirmButton';

/** The personal calendar feed: its secret address to copy or subscribe to, and a way to replace it. */
export function CalendarFeedSection() {
  const headingId = useId();
  const feed = useCalendarFeed();
  const reset = useResetCalendarFeed();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={headingId}>
          Calendar feed
        </Title>
        <Text size="sm" c="dark.6">
          Subscribe to this address in your calendar app to see your confirmed 1-1 chats of every event there.
          It updates by itself when a chat is booked, moved or cancelled. Keep it to yourself: anyone who has
          it can see your chats.
        </Text>
        {feed.isPending && <Loader size="sm" aria-label="Loading your calendar feed" />}
        <ApiErrorAlert error={feed.error} title="Could not load your calendar feed" />
        {feed.data && (
          <>
            <Group align="flex-end" gap="sm">
              <TextInput
                label="Calendar feed address"
                value={feed.data.url}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1, minWidth: 240 }}
              />
              <CopyButton value={feed.data.url}>
                {({ copied, copy }) => (
                  <Button
                    variant="default"
                    onClick={copy}
                    leftSection={
                      copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                    }
                  >
                    {copied ? 'Copied' : 'Copy link'}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Group gap="sm">
              <Button
                component="a"
                href={feed.data.subscribeUrl}
                leftSection={<IconCalendarPlus size={16} aria-hidden />}
              >
                Subscribe
              </Button>
              <ConfirmButton
                buttonProps={{ variant: 'subtle', color: 'red.9' }}
                title="Reset the calendar feed link?"
                message="The current address stops working at once: calendars subscribed to it no longer update. You then subscribe again with the new address."
                confirmLabel="Reset link"
                onConfirm={() => reset.mutateAsync()}
              >
                Reset link
              </ConfirmButton>
            </Group>
            {reset.isSuccess && (
              <Text size="sm" role="status">
                The link was reset. Subscribe again with the new address.
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
