import { AccountSection } from '../account/AccountSection';
import { Switch } from '@mantine/core';
import {
  type EmailGroup,
  type EmailPreferences,
  emailGroups,
  type SwitchableEmailGroup,
  switchableEmailGroups,
} from '../../shared/schemas/notifications.schemas';
import { useNotificationPreferences, useSetNotificationPreferences } from '../api/notifications';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { type MessageKey, useT } from '../i18n/i18n';

const groupLabel: Record<EmailGroup, MessageKey> = {
  requests: 'notifications.email.requests',
  answers: 'notifications.email.answers',
  changes: 'notifications.email.changes',
  confirmations: 'notifications.email.confirmations',
  reminders: 'notifications.email.reminders',
};

const isSwitchable = (group: EmailGroup): group is SwitchableEmailGroup =>
  (switchableEmailGroups as readonly string[]).includes(group);

/** Which notifications also come by email; the bell shows them all either way. */
export function EmailPreferencesSection() {
  const { t } = useT();
  const preferences = useNotificationPreferences();
  const save = useSetNotificationPreferences();
  const email = preferences.data?.email;
  const toggle = (group: SwitchableEmailGroup, on: boolean) => {
    if (email) save.mutate({ email: { ...email, [group]: on } satisfies EmailPreferences });
  };
  return (
    <AccountSection title={t('notifications.email.title')} description={t('notifications.email.description')}>
      <ApiErrorAlert error={preferences.error ?? save.error} title={t('notifications.email.couldNotSave')} />
      {emailGroups.map((group) =>
        isSwitchable(group) ? (
          <Switch
            key={group}
            label={t(groupLabel[group])}
            checked={email?.[group] ?? true}
            disabled={!email || save.isPending}
            onChange={(event) => toggle(group, event.currentTarget.checked)}
          />
        ) : (
          <Switch
            key={group}
            label={t(groupLabel[group])}
            description={t('notifications.email.always')}
            checked
            disabled
            readOnly
          />
        ),
      )}
    </AccountSection>
  );
}
