import { Button, CopyButton, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { useCalendarFeed, useResetCalendarFeed } from '../../../api/schedule';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { useT } from '../../../i18n/i18n';

/** The personal calendar feed: its secret address to copy or subscribe to, and a way to replace it. */
export function CalendarFeedSection() {
  const { t } = useT();
  const headingId = useId();
  const feed = useCalendarFeed();
  const reset = useResetCalendarFeed();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={headingId}>
          {t('event.calendarFeed.title')}
        </Title>
        <Text size="sm" c="dark.6">
          {t('event.calendarFeed.intro')}
        </Text>
        {feed.isPending && <Loader size="sm" aria-label={t('event.calendarFeed.loading')} />}
        <ApiErrorAlert error={feed.error} title={t('event.calendarFeed.couldNotLoad')} />
        {feed.data && (
          <>
            <Group align="flex-end" gap="sm">
              <TextInput
                label={t('event.calendarFeed.address')}
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
                    {copied ? t('event.calendarFeed.copied') : t('event.calendarFeed.copy')}
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
                {t('event.calendarFeed.subscribe')}
              </Button>
              <ConfirmButton
                buttonProps={{ variant: 'subtle', color: 'red.9' }}
                title={t('event.calendarFeed.resetTitle')}
                message={t('event.calendarFeed.resetMessage')}
                confirmLabel={t('event.calendarFeed.reset')}
                onConfirm={() => reset.mutateAsync()}
              >
                {t('event.calendarFeed.reset')}
              </ConfirmButton>
            </Group>
            {reset.isSuccess && (
              <Text size="sm" role="status">
                {t('event.calendarFeed.wasReset')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
