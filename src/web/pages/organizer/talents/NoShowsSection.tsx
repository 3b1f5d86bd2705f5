import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { Event } from '../../../../shared/schemas/events.schemas';
import { useNoShows } from '../../../api/chats';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { t as translate, useT } from '../../../i18n/i18n';
import { formatDay, formatTime, viewerTimeZone, zoneName } from '../../../time';

/** When a missed chat was due: on the viewer's clock, and on the event's beside it where that reads otherwise. */
function dueAt(startsAt: string, viewerZone: string, eventZone: string): string {
  const on = (zone: string) => `${formatDay(startsAt, zone)}, ${formatTime(startsAt, zone)}`;
  const viewer = on(viewerZone);
  const event = on(eventZone);
  return viewer === event
    ? viewer
    : translate('organizer.noShows.dueAt', { viewer, event, zone: zoneName(eventZone) });
}

/** The event's no-shows for its organizer: how many, and who did not come to which chat. */
export function NoShowsSection({ event }: { event: Event }) {
  const noShows = useNoShows(event.id);
  const { t } = useT();
  const rows = noShows.data?.noShows ?? [];
  const zone = viewerTimeZone();
  return (
    <Stack gap="sm" component="section" aria-labelledby="no-shows-title">
      <div>
        <Title order={2} fz="h3" id="no-shows-title">
          {t('organizer.noShows.title')}
        </Title>
        <Text size="sm" c="dark.6">
          {rows.length === 0
            ? t('organizer.noShows.none')
            : t('organizer.noShows.count', { count: rows.length })}
          {event.rules.noShowLimit !== null &&
            ` ${t('organizer.noShows.limit', { limit: event.rules.noShowLimit })}`}
        </Text>
      </div>
      {noShows.isPending && <Loader aria-label={t('organizer.noShows.loading')} />}
      <ApiErrorAlert error={noShows.error} title={t('organizer.noShows.loadError')} />
      {rows.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organizer.noShows.talent')}</Table.Th>
              <Table.Th>{t('organizer.noShows.chatWith')}</Table.Th>
              <Table.Th>{t('organizer.noShows.when')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.chatId}>
                <Table.Td>{row.talent.name}</Table.Td>
                <Table.Td>{`${row.recruiter.name} (${row.company.name})`}</Table.Td>
                <Table.Td>{dueAt(row.startsAt, zone, event.timeZone)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
