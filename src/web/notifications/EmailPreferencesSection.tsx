import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import {
  type EmailGroup,
  type EmailPreferences,
  emailGroups,
  type SwitchableEmailGroup,
  switchableEmailGroups,
} from '../../shared/schemas/notifications.schemas';
import { useNotificationPreferences, useSetNotificationPreferences } from '../api/notifications';
import { ApiErrorAlert } from '../components/ApiErrorAlert';

const groupLabel: Record<EmailGroup, string> = {
  requests: 'New requests and invitations',
  answers: 'Approvals, declines and withdrawals',
  changes: 'Cancelled, rescheduled and moved chats',
  confirmations: 'Confirmed chats',
  reminders: 'Reminders before a chat',
};

const isSwitchable = (group: EmailGroup): group is SwitchableEmailGroup =>
  (switchableEmailGroups as readonly string[]).includes(group);

/** Which notifications also come by email; the bell shows them all either way. */
export function EmailPreferencesSection() {
  const preferences = useNotificationPreferences();
  const save = useSetNotificationPreferences();
  const email = preferences.data?.email;
  const toggle = (group: SwitchableEmailGroup, on: boolean) => {
    if (email) save.mutate({ email: { ...email, [group]: on } satisfies EmailPreferences });
  };
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} fz="h4">
          Email notifications
        </Title>
        <Text size="sm" c="dimmed">
          Everything also appears under the bell at the top of the page. Confirmations carry the calendar
          entry and reminders the way in, so they always come by email.
        </Text>
        <ApiErrorAlert error={preferences.error ?? save.error} title="Could not save your email settings" />
        {emailGroups.map((group) =>
          isSwitchable(group) ? (
            <Switch
              key={group}
              label={groupLabel[group]}
              checked={email?.[group] ?? true}
              disabled={!email || save.isPending}
              onChange={(event) => toggle(group, event.currentTarget.checked)}
            />
          ) : (
            <Switch
              key={group}
              label={groupLabel[group]}
              description="Always emailed"
              checked
              disabled
              readOnly
            />
          ),
        )}
      </Stack>
    </Paper>
  );
}
