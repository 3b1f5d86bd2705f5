import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Chat } from '../../../shared/schemas/chats.schemas';
import { useEvent } from '../../api/events';
import { ChatTime } from '../../components/ChatTime';
import { useT } from '../../i18n/i18n';

/** Who meets whom, for which company, and when (the viewer's clock, the event's beside it). */
export function RoomHeading({ chat }: { chat: Chat }) {
  const event = useEvent(chat.eventId);
  return (
    <Stack gap={2}>
      <Title order={1} size="h3">
        {chat.talent.name} ↔ {chat.recruiter.name}
      </Title>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {chat.company.name}
        </Text>
        {event.data && (
          <Text size="sm" c="dimmed">
            · {event.data.name}
          </Text>
        )}
      </Group>
      {chat.startsAt && chat.endsAt && event.data && (
        <ChatTime startsAt={chat.startsAt} endsAt={chat.endsAt} eventZone={event.data.timeZone} />
      )}
    </Stack>
  );
}

/** The top of the room's screens outside the call: the heading and a way back to the event. */
export function RoomHeader({ chat }: { chat: Chat }) {
  const { t } = useT();
  return (
    <Group justify="space-between" align="flex-start">
      <RoomHeading chat={chat} />
      <Anchor component={Link} to={`/events/${chat.eventId}`}>
        {t('room.backToEvent')}
      </Anchor>
    </Group>
  );
}
