import { Alert, Anchor, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { chatsApi } from '../../../shared/api/chats.contract';
import { call } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/i18n';

/**
 * `/check-in/:chatId`: where the QR code at the booth leads. Opened by the talent signed in on their phone, it
 * checks them in (`I'm here`) at once and says so; a second scan changes nothing.
 */
export function CheckInPage() {
  const { t } = useT();
  const { chatId = '' } = useParams();
  const checkIn = useMutation({ mutationFn: () => call(chatsApi.checkIn, { params: { chatId } }) });
  const { mutate } = checkIn;
  useEffect(() => mutate(), [mutate]);
  return (
    <Center>
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack>
          <Title order={1} size="h2">
            {t('room.checkIn.title')}
          </Title>
          {checkIn.isPending && <Loader aria-label={t('room.checkIn.loading')} />}
          <ApiErrorAlert error={checkIn.error} title={t('room.checkIn.error')} />
          {checkIn.data && (
            <Alert color="teal" variant="light" role="status">
              <Text>
                {t('room.checkIn.done', {
                  recruiter: checkIn.data.recruiter.name,
                  company: checkIn.data.company.name,
                })}
              </Text>
            </Alert>
          )}
          {checkIn.data && (
            <Anchor component={Link} to={`/events/${checkIn.data.eventId}/chats`}>
              {t('room.checkIn.openChats')}
            </Anchor>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
