import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useNotificationLogSummary } from '../../api/notificationLog';
import { useT } from '../../i18n/i18n';

/** Tells the organizer that mail to their event's people is stuck, so it is never lost in silence. */
export function UndeliveredMailWarning({ eventId }: { eventId: string }) {
  const summary = useNotificationLogSummary(eventId);
  const { t, rich } = useT();
  const retrying = summary.data?.retrying ?? 0;
  const failed = summary.data?.failed ?? 0;
  if (retrying + failed === 0) return null;
  return (
    <Alert color="yellow" title={t('organizer.undelivered.title', { count: retrying + failed })}>
      <Text size="sm">
        {rich('organizer.undelivered.body', {
          retrying,
          failed,
          link: (text) => (
            <Anchor component={Link} to={`/events/${eventId}/notification-log`}>
              {text}
            </Anchor>
          ),
        })}
      </Text>
    </Alert>
  );
}
