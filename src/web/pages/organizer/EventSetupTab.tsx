import { Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Event } from '../../../shared/schemas/events.schemas';
import { usePublication, useUpdateEvent } from '../../api/events';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EventForm } from './event-form/EventForm';
import { valuesFromEvent } from './event-form/eventFormValues';

function PublicationPanel({ event }: { event: Event }) {
  const publication = usePublication(event.id);
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
                {publish ? 'Only you can see this event.' : 'Published: participants can open this event.'}
              </Text>
              <Text size="sm" c="dark.6">
                {publish
                  ? 'Publish it once companies and talents are registered, so they can open it and schedule 1-1 chats.'
                  : 'Registered recruiters and talents see it in their events. Unpublishing hides it from them again.'}
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
                    title: publish ? 'Event published' : 'Event unpublished',
                    message: publish
                      ? `Registered participants can now open ${event.name}.`
                      : `${event.name} is hidden from participants.`,
                  }),
              })
            }
          >
            {publish ? 'Publish event' : 'Unpublish'}
          </Button>
        </Group>
        <ApiErrorAlert error={publication.error} title="The change did not go through" />
      </Stack>
    </Paper>
  );
}

export function EventSetupTab({ event }: { event: Event }) {
  const update = useUpdateEvent(event.id);
  // The query keeps the same event object until it changes, so the form hears of real changes only.
  const saved = useMemo(() => valuesFromEvent(event), [event]);
  return (
    <Stack maw={1040}>
      <PublicationPanel event={event} />
      <EventForm
        key={event.id}
        initialValues={saved}
        submitLabel="Save changes"
        onSubmit={async (input) => {
          const saved = await update.mutateAsync(input);
          notifications.show({
            color: 'green',
            title: 'Changes saved',
            message: `${saved.name} is up to date.`,
          });
          return saved;
        }}
      />
    </Stack>
  );
}
