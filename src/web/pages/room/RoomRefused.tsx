import { Alert, Button, Center, Paper, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ApiErrorCode } from '../../../shared/api/contract';
import { ApiError } from '../../api/client';
import { type MessageKey, t as translate, useT } from '../../i18n/i18n';

const titles: Partial<Record<ApiErrorCode | 'unknown', MessageKey>> = {
  'rooms.forbidden': 'room.refused.forbidden',
  'rooms.not_booked': 'room.refused.notBooked',
  'rooms.full': 'room.refused.full',
  'rooms.not_open': 'room.refused.notOpen',
  'rooms.ended': 'room.refused.ended',
};

type Refusal = { code: ApiError['code']; message: string };

function refusalOf(error: unknown): Refusal {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  return { code: 'unknown', message: translate('room.refused.unreachable') };
}

/** Why this person is not in the room (from the HTTP answer or the live socket), and the way back. */
export function RoomRefused({ error, refusal = refusalOf(error) }: { error?: unknown; refusal?: Refusal }) {
  const { t } = useT();
  const title = titles[refusal.code];
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={520}>
        <Stack>
          <Title order={1} size="h2">
            {t(title ?? 'room.refused.other')}
          </Title>
          <Alert color="red" variant="light" role="alert">
            {refusal.message}
          </Alert>
          <Button component={Link} to="/" variant="default" style={{ alignSelf: 'flex-start' }}>
            {t('room.refused.back')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
