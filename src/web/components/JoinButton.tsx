import { Button } from '@mantine/core';
import { IconVideo } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Chat } from '../../shared/schemas/chats.schemas';
import { useClock } from './clock';
import { isJoinOpen, joinBoundaries } from './joinWindow';

/**
 * `Join`: the way into the chat's video room, shown from ten minutes before the start until the end. It appears
 * and disappears by itself: the clock wakes exactly at those two moments.
 */
export function JoinButton({ chat }: { chat: Chat }) {
  const now = useClock(joinBoundaries(chat));
  if (!isJoinOpen(chat, now)) return null;
  return (
    <Button component={Link} to={`/room/${chat.id}`} leftSection={<IconVideo size={16} aria-hidden />}>
      Join
    </Button>
  );
}
