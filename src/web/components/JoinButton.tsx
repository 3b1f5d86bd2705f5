import { Button } from '@mantine/core';
import { IconVideo } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { Chat } from '../../shared/schemas/chats.schemas';
import { useClock } from './clock';
import { isJoinOpen, joinBoundaries } from './joinWindow';

/**
 * `Join`: the way into the chat's video room, shown from ten minutes before the start until the end. It appears
 * and disappears by itself: the clock wakes exactly at those two moments. A button, like the product's other
 * calls to action (`Manage 1-1 Chats`, `All 1-1 Chats`).
 */
export function JoinButton({ chat }: { chat: Chat }) {
  const now = useClock(joinBoundaries(chat));
  const navigate = useNavigate();
  if (!isJoinOpen(chat, now)) return null;
  return (
    <Button onClick={() => navigate(`/room/${chat.id}`)} leftSection={<IconVideo size={16} aria-hidden />}>
      Join
    </Button>
  );
}
