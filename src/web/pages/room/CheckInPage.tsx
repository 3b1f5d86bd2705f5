import { Alert, Anchor, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { chatsApi } from '../../../shared/api/chats.contract';
import { call } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

/**
 * `/check-in/:chatId`: where the QR code at the booth leads. Opened by the talent signed in on their phone, it
 * checks them in (`I'm here`) at once and says so; a second scan changes nothing.
 */
export function CheckInPage() {
  const { chatId = '' } = useParams();
  const checkIn = useMutation({ mutationFn: () => call(chatsApi.checkIn, { params: { chatId } }) });
  const { mutate } = checkIn;
  useEffect(() => mutate(), [mutate]);
  return (
    <Center>
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack>
          <Title order={1} size="h2">
            Check-in
          </Title>
          {checkIn.isPending && <Loader aria-label="Checking you in" />}
          <ApiErrorAlert error={checkIn.error} title="Could not check you in" />
          {checkIn.data && (
            <Alert color="teal" variant="light" role="status">
              <Text>
                {`You are checked in for your 1-1 chat with ${checkIn.data.recruiter.name} (${checkIn.data.company.name}).`}
              </Text>
            </Alert>
          )}
          {checkIn.data && (
            <Anchor component={Link} to={`/events/${checkIn.data.eventId}/chats`}>
              Open your 1-1 chats
            </Anchor>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
