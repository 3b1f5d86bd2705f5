import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useNotificationLogSummary } from '../../api/notificationLog';

const plural = (count: number) => (count === 1 ? '1 email' : `${count} emails`);

/** Tells the organizer that mail to their event's people is stuck, so it is never lost in silence. */
export function UndeliveredMailWarning({ eventId }: { eventId: string }) {
  const summary = useNotificationLogSummary(eventId);
  const retrying = summary.data?.retrying ?? 0;
  const failed = summary.data?.failed ?? 0;
  if (retrying + failed === 0) return null;
  return (
    <Alert color="yellow" title={`${plural(retrying + failed)} could not be delivered yet`}>
      <Text size="sm">
        The mail server refused them or could not be reached: {retrying} retrying, {failed} given up. Retrying
        messages go out by themselves once it accepts them; given-up ones never will, so resend them or reach
        those people another way.{' '}
        <Anchor component={Link} to={`/events/${eventId}/notification-log`}>
          Open the notification log
        </Anchor>
      </Text>
    </Alert>
  );
}
