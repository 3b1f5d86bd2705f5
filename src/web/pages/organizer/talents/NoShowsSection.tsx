import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { Event } from '../../../../shared/schemas/events.schemas';
import { useNoShows } from '../../../api/chats';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatDay, formatTime, viewerTimeZone, zoneName } from '../../../time';

/** When a missed chat was due: on the viewer's clock, and on the event's beside it where that reads otherwise. */
function dueAt(startsAt: string, viewerZone: string, eventZone: string): string {
  const on = (zone: string) => `${formatDay(startsAt, zone)}, ${formatTime(startsAt, zone)}`;
  const viewer = on(viewerZone);
  const event = on(eventZone);
  return viewer === event ? viewer : `${viewer} (${event} ${zoneName(eventZone)} time)`;
}

/** The event's no-shows for its organizer: how many, and who did not come to which chat. */
export function NoShowsSection({ event }: { event: Event }) {
  const noShows = useNoShows(event.id);
  const rows = noShows.data?.noShows ?? [];
  const zone = viewerTimeZone();
  return (
    <Stack gap="sm" component="section" aria-labelledby="no-shows-title">
      <div>
        <Title order={2} fz="h3" id="no-shows-title">
          No-shows
        </Title>
        <Text size="sm" c="dark.6">
          {rows.length === 0
            ? 'No talent has missed a booked chat.'
            : `${rows.length} ${rows.length === 1 ? 'booked chat was' : 'booked chats were'} missed.`}
          {event.rules.noShowLimit !== null &&
            ` After ${event.rules.noShowLimit}, a talent cannot request or book more chats here.`}
        </Text>
      </div>
      {noShows.isPending && <Loader aria-label="Loading the no-shows" />}
      <ApiErrorAlert error={noShows.error} title="Could not load the no-shows" />
      {rows.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Talent</Table.Th>
              <Table.Th>Chat with</Table.Th>
              <Table.Th>When</Table.Th>
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
