import { Button } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Chat } from '../../shared/schemas/chats.schemas';
import { useT } from '../i18n/i18n';

/** After a virtual chat: its room keeps who attended and for how long, and the messages written there. */
export function RoomRecordLink({ chat }: { chat: Chat }) {
  const { t } = useT();
  // An in-person chat had no room, so it has no record either.
  if (chat.tab !== 'completed' || !chat.startsAt || chat.day?.mode === 'in_person') return null;
  return (
    <Button
      component={Link}
      to={`/room/${chat.id}`}
      variant="default"
      leftSection={<IconHistory size={16} aria-hidden />}
    >
      {t('shell.roomRecord')}
    </Button>
  );
}
