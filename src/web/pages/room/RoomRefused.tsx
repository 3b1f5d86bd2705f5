import { Alert, Button, Center, Paper, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ApiErrorCode } from '../../../shared/api/contract';
import { ApiError } from '../../api/client';

const titles: Partial<Record<ApiErrorCode | 'unknown', string>> = {
  'rooms.forbidden': 'You cannot enter this room',
  'rooms.not_booked': 'This chat has no confirmed time',
  'rooms.full': 'This room is full',
  'rooms.not_open': 'This room is not open yet',
  'rooms.ended': 'This chat has ended',
};

type Refusal = { code: ApiError['code']; message: string };

function refusalOf(error: unknown): Refusal {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  return {
    code: 'unknown',
    message: 'The server could not be reached. Check your connection and reload the page.',
  };
}

/** Why this person is not in the room (from the HTTP answer or the live socket), and the way back. */
export function RoomRefused({ error, refusal = refusalOf(error) }: { error?: unknown; refusal?: Refusal }) {
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={520}>
        <Stack>
          <Title order={1} size="h2">
            {titles[refusal.code] ?? 'The room could not be opened'}
          </Title>
          <Alert color="red" variant="light" role="alert">
            {refusal.message}
          </Alert>
          <Button component={Link} to="/" variant="default" style={{ alignSelf: 'flex-start' }}>
            Back to your events
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
