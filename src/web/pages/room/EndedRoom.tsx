import { Alert, Container, Grid, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { RoomInfo } from '../../../shared/schemas/rooms.schemas';
import { useRoomAttendance } from '../../api/rooms';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { t as translate, useT } from '../../i18n/i18n';
import { formatTime, viewerTimeZone } from '../../time';
import { RoomChat } from './RoomChat';
import { RoomHeader } from './RoomHeading';

/** `12 min`, `1 h 05 min`, or `under a minute`. */
function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return translate('room.ended.underAMinute');
  if (minutes < 60) return translate('room.ended.minutes', { minutes });
  return translate('room.ended.hoursMinutes', {
    hours: Math.floor(minutes / 60),
    minutes: String(minutes % 60).padStart(2, '0'),
  });
}

function Attendance({ chatId }: { chatId: string }) {
  const { t } = useT();
  const attendance = useRoomAttendance(chatId);
  const zone = viewerTimeZone();
  if (attendance.isPending) return <Loader size="sm" aria-label={t('room.ended.attendanceLoading')} />;
  if (!attendance.data)
    return <ApiErrorAlert error={attendance.error} title={t('room.ended.attendanceError')} />;
  if (attendance.data.length === 0) return <Text size="sm">{t('room.ended.nobodyJoined')}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('room.ended.who')}</Table.Th>
          <Table.Th>{t('room.ended.joined')}</Table.Th>
          <Table.Th>{t('room.ended.left')}</Table.Th>
          <Table.Th>{t('room.ended.timeInRoom')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attendance.data.map((person) => (
          <Table.Tr key={person.userId}>
            <Table.Td>
              {person.name}{' '}
              <Text span size="xs" c="dimmed">
                {t(person.role === 'talent' ? 'room.ended.roleTalent' : 'room.ended.roleRecruiter')}
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
  const { t } = useT();
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <RoomHeader chat={room.chat} />
        <Alert color="gray" variant="light" title={t('room.ended.title')}>
          {t('room.ended.body')}
        </Alert>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Paper withBorder p="lg">
              <Stack>
                <Title order={2} size="h4">
                  {t('room.ended.attendance')}
                </Title>
                <Attendance chatId={room.chat.id} />
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Paper withBorder p="lg" h={480}>
              <Stack h="100%">
                <Title order={2} size="h4">
                  {t('room.ended.chat')}
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
