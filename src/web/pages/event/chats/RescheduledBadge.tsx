import { Badge } from '@mantine/core';
import type { Chat } from '../../../../shared/schemas/chats.schemas';
import { useT } from '../../../i18n/i18n';
import { formatDay, viewerTimeZone } from '../../../time';

/**
 * Tells a chat that was sent back to scheduling from a confirmed time apart from a newly approved one, while it is
 * still to take place: both sides see it, in the lists and on the chat.
 */
export function RescheduledBadge({ chat }: { chat: Chat }) {
  const { t } = useT();
  if (!chat.rescheduledAt || (chat.tab !== 'in_scheduling' && chat.tab !== 'confirmed')) return null;
  return (
    <Badge
      variant="light"
      color="orange"
      c="dark.8"
      tt="none"
      title={t('event.rescheduled.on', { day: formatDay(chat.rescheduledAt, viewerTimeZone()) })}
    >
      {t('event.rescheduled.badge')}
    </Badge>
  );
}
