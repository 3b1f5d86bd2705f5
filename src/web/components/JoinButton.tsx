import { Button } from '@mantine/core';
import { IconVideo } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { canJoin, phaseChangesAt } from '../../shared/booking/chat-phase';
import type { Chat } from '../../shared/schemas/chats.schemas';
import { chatTimes } from '../time';
import { useClock } from './clock';

/**
 * `Join`: the way into the chat's video room, shown from ten minutes before the start until the end. It appears
 * and disappears by itself: the clock wakes exactly at those two moments. A button, like the product's other
 * calls to action (`Manage 1-1 Chats`, `All 1-1 Chats`).
 */
export function JoinButton({ chat }: { chat: Chat }) {
  const times = chatTimes(chat);
  const now = useClock(phaseChangesAt(times).map((instant) => instant.getTime()));
  const navigate = useNavigate();
  if (!canJoin(times, new Date(now))) return null;
  return (
    <Button onClick={() => navigate(`/room/${chat.id}`)} leftSection={<IconVideo size={16} aria-hidden />}>
      Join
    </Button>
  );
}
