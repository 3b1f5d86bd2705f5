import { Badge } from '@mantine/core';
import { type Chat, type ChatStatus, chatStatusOf } from '../../../../../shared/schemas/chats.schemas';
import { useT } from '../../../../i18n/i18n';
import { chatStatusKeys } from './chatLabels';

const statusColor: Record<ChatStatus, string> = {
  requests: 'grape',
  in_scheduling: 'yellow',
  confirmed: 'teal',
  declined: 'red',
  completed: 'gray',
  cancelled: 'gray',
};

/** Where a chat stands, in the words of the request-list tabs (and `Cancelled`); dark text keeps AA contrast. */
export function ChatStatusBadge({ chat }: { chat: Chat }) {
  const { t } = useT();
  const status = chatStatusOf(chat);
  return (
    <Badge variant="light" color={statusColor[status]} c="dark.8" tt="none">
      {t(chatStatusKeys[status])}
    </Badge>
  );
}
