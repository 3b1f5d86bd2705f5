import { Anchor, Badge, Box, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { Role } from '../../../shared/schemas/auth.schemas';
import type { HomeEventCounts } from '../../../shared/schemas/home.schemas';
import { Link } from 'react-router';
import type { useEvents } from '../../api/events';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { t, useT } from '../../i18n/i18n';
import { formatDateRange } from '../../time';

/** What the counts of an event say, most urgent first; zeros are left out. */
function countTexts(counts: HomeEventCounts, role: Role): string[] {
  const texts = [
    counts.live > 0 && t('home.counts.live', { count: counts.live }),
    counts.today > 0 && t('home.counts.today', { count: counts.today }),
    counts.waitingForAnswer > 0 &&
      t(role === 'organizer' ? 'home.counts.waitingForAnswer' : 'home.counts.waitingForYourAnswer', {
        count: counts.waitingForAnswer,
      }),
    counts.toPick > 0 &&
      t(role === 'talent' ? 'home.counts.toPickTalent' : 'home.counts.toPick', { count: counts.toPick }),
    counts.upcoming > 0 && t('home.counts.upcoming', { count: counts.upcoming }),
    (counts.recruitersWithoutAvailability ?? 0) > 0 &&
      t('home.counts.withoutAvailability', { count: counts.recruitersWithoutAvailability! }),
  ];
  return texts.filter((text): text is string => Boolean(text));
}

/** The events the person takes part in, each a link named by the event, with what needs them there. */
export function EventList({
  events,
  counts,
  role,
}: {
  events: ReturnType<typeof useEvents>;
  counts: HomeEventCounts[] | undefined;
  role: Role;
}) {
  const { t } = useT();
  return (
    <Stack component="section" gap="sm" aria-labelledby="home-events">
      <Title order={2} id="home-events">
        {t('home.events.title')}
      </Title>
      {events.isPending && <Loader aria-label={t('home.events.loading')} />}
      <ApiErrorAlert error={events.error} title={t('home.events.couldNotLoad')} />
      {events.data?.length === 0 && (
        <EmptyState title={t('home.events.none')}>
          {t(role === 'organizer' ? 'home.events.noneOrganizer' : 'home.events.noneOther')}
        </EmptyState>
      )}
      {/* As many columns of cards as fit, one on a phone: a plain CSS grid keeps the first screen light. */}
      <Box
        component="ul"
        style={{
          listStyle: 'none',
          padding: 0,
          margin: 0,
          display: 'grid',
          gap: 'var(--mantine-spacing-md)',
          gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
        }}
      >
        {events.data?.map((event) => {
          const eventCounts = counts?.find((c) => c.eventId === event.id);
          const texts = eventCounts ? countTexts(eventCounts, role) : [];
          return (
            <Card withBorder key={event.id} component="li" padding="lg">
              <Stack gap={6}>
                <Anchor component={Link} to={`/events/${event.id}`} fw={700} fz="lg">
                  {event.name}
                </Anchor>
                <Text size="sm">{formatDateRange(event.firstDay, event.lastDay)}</Text>
                <Group gap="xs">
                  <Badge variant="light" color="gray" c="dark.8" tt="none">
                    {event.timeZone}
                  </Badge>
                  <Badge variant="light" color="gray" c="dark.8" tt="none">
                    {t('home.events.days', { count: event.dayCount })}
                  </Badge>
                  {!event.published && (
                    <Badge variant="light" color="orange" c="dark.8" tt="none">
                      {t('home.events.draft')}
                    </Badge>
                  )}
                </Group>
                {texts.length > 0 && (
                  <Text component="ul" size="sm" m={0} ps="md">
                    {texts.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </Text>
                )}
              </Stack>
            </Card>
          );
        })}
      </Box>
    </Stack>
  );
}
