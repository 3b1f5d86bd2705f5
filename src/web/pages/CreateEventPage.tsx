import { Anchor, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCreateEvent } from '../api/events';
import { useUser } from '../app/session';
import { EmptyState } from '../components/EmptyState';
import { useT } from '../i18n/i18n';
import { EventForm } from './organizer/event-form/EventForm';
import { newEventValues } from './organizer/event-form/eventFormValues';

export function CreateEventPage() {
  const user = useUser();
  const navigate = useNavigate();
  const create = useCreateEvent();
  const { t, rich } = useT();
  const initialValues = useMemo(newEventValues, []);
  if (user.role !== 'organizer') {
    return (
      <EmptyState title={t('organizer.createEvent.onlyOrganizers.title')}>
        {rich('organizer.createEvent.onlyOrganizers.body', {
          link: (text) => (
            <Anchor component={Link} to="/">
              {text}
            </Anchor>
          ),
        })}
      </EmptyState>
    );
  }
  return (
    <Stack maw={1040}>
      <div>
        <Anchor component={Link} to="/" size="sm">
          {t('organizer.createEvent.back')}
        </Anchor>
        <Title order={1}>{t('organizer.createEvent.title')}</Title>
        <Text c="dark.6">{t('organizer.createEvent.intro')}</Text>
      </div>
      <EventForm
        initialValues={initialValues}
        submitLabel={t('organizer.createEvent.submit')}
        onSubmit={async (input) => {
          const event = await create.mutateAsync(input);
          notifications.show({
            color: 'green',
            title: t('organizer.createEvent.created.title'),
            message: t('organizer.createEvent.created.message', { name: event.name }),
          });
          navigate(`/events/${event.id}/setup`);
          return event;
        }}
      />
    </Stack>
  );
}
