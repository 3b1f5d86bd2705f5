import { Button } from '@mantine/core';
import { IconMapPin, IconVideo } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { canJoin, phaseChangesAt } from '../../shared/booking/chat-phase';
import type { Chat } from '../../shared/schemas/chats.schemas';
import { useT } from '../i18n/i18n';
import { chatTimes } from '../time';
import { useClock } from './clock';

/** Where `Join` leads: the video room of a virtual chat, the meeting point of an in-person one. */
const joinPath = (chat: Pick<Chat, 'id' | 'day'>): string =>
  chat.day?.mode === 'in_person' ? `/meet/${chat.id}` : `/room/${chat.id}`;

/**
 * `Join`: the way into the chat's video room, or on an in-person day to where to meet (no camera there), shown
 * from ten minutes before the start until the end. It appears and disappears by itself: the clock wakes exactly at
 * those two moments. A button, like the product's other calls to action (`Manage 1-1 Chats`, `All 1-1 Chats`).
 */
export function JoinButton({ chat }: { chat: Chat }) {
  const { t } = useT();
  const times = chatTimes(chat);
  const now = useClock(phaseChangesAt(times).map((instant) => instant.getTime()));
  const navigate = useNavigate();
  if (!canJoin(times, new Date(now))) return null;
  return (
    <Button
      onClick={() => navigate(joinPath(chat))}
      leftSection={
        chat.day?.mode === 'in_person' ? (
          <IconMapPin size={16} aria-hidden />
        ) : (
          <IconVideo size={16} aria-hidden />
        )
      }
    >
      {t('event.join')}
    </Button>
  );
}
