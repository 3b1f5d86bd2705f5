import { Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Event } from '../../../shared/schemas/events.schemas';
import { usePublication, useUpdateEvent } from '../../api/events';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/i18n';
import { EventForm } from './event-form/EventForm';
import { valuesFromEvent } from './event-form/eventFormValues';

function PublicationPanel({ event }: { event: Event }) {
  const publication = usePublication(event.id);
  const { t } = useT();
  const publish = !event.published;
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group wrap="nowrap" align="flex-start">
            <ThemeIcon variant="light" color={publish ? 'orange' : 'green'} size="lg" aria-hidden>
              {publish ? <IconEyeOff size={20} /> : <IconEye size={20} />}
            </ThemeIcon>
            <div>
              <Text fw={600}>
                {publish ? t('organizer.publication.draft') : t('organizer.publication.published')}
              </Text>
              <Text size="sm" c="dark.6">
                {publish ? t('organizer.publication.draftHint') : t('organizer.publication.publishedHint')}
              </Text>
            </div>
          </Group>
          <Button
            variant={publish ? 'filled' : 'default'}
            loading={publication.isPending}
            onClick={() =>
              publication.mutate(publish, {
                onSuccess: () =>
                  notifications.show({
                    color: 'green',
                    title: publish
                      ? t('organizer.publication.publishedTitle')
                      : t('organizer.publication.unpublishedTitle'),
                    message: publish
                      ? t('organizer.publication.publishedMessage', { name: event.name })
                      : t('organizer.publication.unpublishedMessage', { name: event.name }),
                  }),
              })
            }
          >
            {publish ? t('organizer.publication.publish') : t('organizer.publication.unpublish')}
          </Button>
        </Group>
        <ApiErrorAlert error={publication.error} title={t('organizer.publication.error')} />
      </Stack>
    </Paper>
  );
}

export function EventSetupTab({ event }: { event: Event }) {
  const update = useUpdateEvent(event.id);
  const { t } = useT();
  // The query keeps the same event object until it changes, so the form hears of real changes only.
  const saved = useMemo(() => valuesFromEvent(event), [event]);
  return (
    <Stack maw={1040}>
      <PublicationPanel event={event} />
      <EventForm
        key={event.id}
        initialValues={saved}
        submitLabel={t('organizer.setup.submit')}
        onSubmit={async (input) => {
          const saved = await update.mutateAsync(input);
          notifications.show({
            color: 'green',
            title: t('organizer.setup.saved.title'),
            message: t('organizer.setup.saved.message', { name: saved.name }),
          });
          return saved;
        }}
      />
    </Stack>
  );
}
