import { Alert, Anchor, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Link, Navigate, useParams } from 'react-router';
import type { Chat } from '../../../shared/schemas/chats.schemas';
import { useChatById } from '../../api/chats';
import { useEvent } from '../../api/events';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ChatTime } from '../../components/ChatTime';

/**
 * `/meet/:chatId`: where `Join` leads on an in-person day. The chat happens at the company's booth, so this page
 * says where and when, and asks for no camera or microphone (the server has no room for such a chat either).
 */
export function MeetInPersonPage() {
  const { chatId = '' } = useParams();
  const chat = useChatById(chatId);
  if (chat.isPending) return <Loader aria-label="Loading the chat" />;
  if (!chat.data) return <ApiErrorAlert error={chat.error} title="Could not open this 1-1 chat" />;
  if (chat.data.day?.mode !== 'in_person') return <Navigate to={`/room/${chatId}`} replace />;
  return <MeetingPoint data={chat.data} />;
}

function MeetingPoint({ data }: { data: Chat }) {
  const event = useEvent(data.eventId);
  const place = data.location || data.company.name;
  return (
    <Center>
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack>
          <div>
            <Title order={1} size="h2">
              Meet in person
            </Title>
            <Text fw={600}>
              {data.talent.name} ↔ {data.recruiter.name}, {data.company.name}
            </Text>
          </div>
          {data.startsAt && data.endsAt && event.data ? (
            <ChatTime startsAt={data.startsAt} endsAt={data.endsAt} eventZone={event.data.timeZone} />
          ) : (
            !data.startsAt && (
              <Alert color="yellow" variant="light" role="status">
                This 1-1 chat has no confirmed time yet.
              </Alert>
            )
          )}
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconMapPin size={20} aria-hidden style={{ flexShrink: 0 }} />
            <Text>
              Where: <strong>{place}</strong>
              {event.data && ` at ${event.data.name}`}
            </Text>
          </Group>
          <Text size="sm" c="dark.6">
            This chat happens face to face at the company’s booth, so there is no video room and no camera or
            microphone is needed.
          </Text>
          <Anchor component={Link} to={`/events/${data.eventId}`}>
            Back to the event
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
