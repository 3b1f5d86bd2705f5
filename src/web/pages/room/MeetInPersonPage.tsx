import { Alert, Anchor, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { Chat } from '../../../shared/schemas/chats.schemas';
import { useChatById } from '../../api/chats';
import { useEvent } from '../../api/events';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ChatTime } from '../../components/ChatTime';
import { useT } from '../../i18n/i18n';

/**
 * `/meet/:chatId`: where `Join` leads on an in-person day. The chat happens at the company's booth, so this page
 * says where and when, and asks for no camera or microphone (the server has no room for such a chat either).
 */
export function MeetInPersonPage() {
  const { t } = useT();
  const { chatId = '' } = useParams();
  const chat = useChatById(chatId);
  if (chat.isPending) return <Loader aria-label={t('room.meet.loading')} />;
  if (!chat.data) return <ApiErrorAlert error={chat.error} title={t('room.meet.error')} />;
  if (chat.data.day?.mode !== 'in_person') return <Navigate to={`/room/${chatId}`} replace />;
  return <MeetingPoint data={chat.data} />;
}

const strong = (text: ReactNode) => <strong>{text}</strong>;

function MeetingPoint({ data }: { data: Chat }) {
  const { t, rich } = useT();
  const event = useEvent(data.eventId);
  const place = data.location || data.company.name;
  return (
    <Center>
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('room.meet.title')}
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
                {t('room.meet.noTime')}
              </Alert>
            )
          )}
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconMapPin size={20} aria-hidden style={{ flexShrink: 0 }} />
            <Text>
              {event.data
                ? rich('room.meet.whereAtEvent', { place, event: event.data.name, strong })
                : rich('room.meet.where', { place, strong })}
            </Text>
          </Group>
          <Text size="sm" c="dark.6">
            {t('room.meet.faceToFace')}
          </Text>
          <Anchor component={Link} to={`/events/${data.eventId}`}>
            {t('room.backToEvent')}
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
