import { Alert, Container, Grid, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { RoomInfo } from '../../../shared/schemas/rooms.schemas';
import { useRoomAttendance } from '../../api/rooms';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatTime, viewerTimeZone } from '../../time';
import { RoomChat } from './RoomChat';
import { RoomHeader } from './RoomHeading';

/** `12 min`, `1 h 05 min`, or `under a minute`. */
function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

function Attendance({ chatId }: { chatId: string }) {
  const attendance = useRoomAttendance(chatId);
  const zone = viewerTimeZone();
  if (attendance.isPending) return <Loader size="sm" aria-label="Loading attendance" />;
  if (!attendance.data)
    return <ApiErrorAlert error={attendance.error} title="Attendance could not be loaded" />;
  if (attendance.data.length === 0) return <Text size="sm">Nobody joined this chat.</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Who</Table.Th>
          <Table.Th>Joined</Table.Th>
          <Table.Th>Left</Table.Th>
          <Table.Th>Time in the room</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attendance.data.map((person) => (
          <Table.Tr key={person.userId}>
            <Table.Td>
              {person.name}{' '}
              <Text span size="xs" c="dimmed">
                ({person.role === 'talent' ? 'Talent' : 'Recruiter'})
              </Text>
            </Table.Td>
            <Table.Td>{formatTime(person.firstJoinedAt, zone)}</Table.Td>
            <Table.Td>{person.lastLeftAt ? formatTime(person.lastLeftAt, zone) : '—'}</Table.Td>
            <Table.Td>{duration(person.seconds)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** After the end: who attended and for how long, and the text chat to read back. */
export function EndedRoom({ room }: { room: RoomInfo }) {
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <RoomHeader chat={room.chat} />
        <Alert color="gray" variant="light" title="This chat has ended">
          The video room is closed. Attendance and the messages written in the room are kept here.
        </Alert>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Paper withBorder p="lg">
              <Stack>
                <Title order={2} size="h4">
                  Attendance
                </Title>
                <Attendance chatId={room.chat.id} />
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Paper withBorder p="lg" h={480}>
              <Stack h="100%">
                <Title order={2} size="h4">
                  Chat
                </Title>
                <RoomChat chatId={room.chat.id} readOnly />
              </Stack>
            </Paper>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
