import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { authApi } from '../../shared/api/auth.contract';
import { call } from '../api/client';
import { useUser } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { EmailPreferencesSection } from '../notifications/EmailPreferencesSection';
import { TimeZoneSection } from '../notifications/TimeZoneSection';
import { ClockSection, LanguageSection } from '../i18n/LanguageSection';
import { useT } from '../i18n/i18n';
import { DataSharingSection } from '../handoff/DataSharingSection';
import { SafetySection } from '../safety/SafetySection';
import { YourDataSection } from '../account/YourDataSection';

export function AccountPage() {
  const user = useUser();
  const { t } = useT();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('account.password.enterCurrent')),
      newPassword: (value) => (value.length >= 10 ? null : t('auth.passwordTooShort')),
      confirm: (value, values) => (value === values.newPassword ? null : t('auth.passwordsDiffer')),
    },
  });
  const change = useMutation({
    mutationFn: (values: typeof form.values) =>
      call(authApi.changePassword, {
        body: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      }),
    onSuccess: () => form.reset(),
  });
  return (
    <Stack maw={480}>
      <Title order={1}>{t('account.title')}</Title>
      <Text>
        {user.company
          ? t('account.summaryWithCompany', {
              name: user.name,
              email: user.email,
              company: user.company.name,
            })
          : t('account.summary', { name: user.name, email: user.email })}
      </Text>
      <Paper withBorder p="lg">
        <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
          <Stack>
            <Title order={2} fz="h4">
              {t('account.password.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('account.password.note')}
            </Text>
            {change.isSuccess && (
              <Alert color="green" role="status">
                {t('account.password.changed')}
              </Alert>
            )}
            <ApiErrorAlert error={change.error} />
            <PasswordInput
              label={t('account.password.current')}
              autoComplete="current-password"
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('account.password.new')}
              autoComplete="new-password"
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label={t('account.password.repeat')}
              autoComplete="new-password"
              {...form.getInputProps('confirm')}
            />
            <Button type="submit" loading={change.isPending} w="fit-content">
              {t('account.password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <LanguageSection />
      <ClockSection />
      <TimeZoneSection />
      <EmailPreferencesSection />
      {(user.role === 'talent' || user.role === 'recruiter') && <SafetySection role={user.role} />}
      {user.role === 'talent' && <DataSharingSection />}
      <YourDataSection canDelete={user.role === 'talent'} />
    </Stack>
  );
}
