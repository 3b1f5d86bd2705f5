import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { authApi } from '../../shared/api/auth.contract';
import { call } from '../api/client';
import { useUser } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { EmailPreferencesSection } from '../notifications/EmailPreferencesSection';
import { TimeZoneSection } from '../notifications/TimeZoneSection';
import { LanguageSection } from '../i18n/LanguageSection';
import { DataSharingSection } from '../handoff/DataSharingSection';
import { SafetySection } from '../safety/SafetySection';
import { YourDataSection } from '../account/YourDataSection';

export function AccountPage() {
  const user = useUser();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : 'Enter your current password.'),
      newPassword: (value) => (value.length >= 10 ? null : 'Use at least 10 characters.'),
      confirm: (value, values) => (value === values.newPassword ? null : 'The passwords do not match.'),
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
      <Title order={1}>Your account</Title>
      <Text>
        {user.name} · {user.email}
        {user.company ? ` · ${user.company.name}` : ''}
      </Text>
      <Paper withBorder p="lg">
        <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
          <Stack>
            <Title order={2} fz="h4">
              Change password
            </Title>
            <Text size="sm" c="dimmed">
              Your other sessions are signed out when you change it.
            </Text>
            {change.isSuccess && (
              <Alert color="green" role="status">
                Password changed.
              </Alert>
            )}
            <ApiErrorAlert error={change.error} />
            <PasswordInput
              label="Current password"
              autoComplete="current-password"
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label="New password"
              autoComplete="new-password"
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label="Repeat the new password"
              autoComplete="new-password"
              {...form.getInputProps('confirm')}
            />
            <Button type="submit" loading={change.isPending} w="fit-content">
              Change password
            </Button>
          </Stack>
        </form>
      </Paper>
      <LanguageSection />
      <TimeZoneSection />
      <EmailPreferencesSection />
      {(user.role === 'talent' || user.role === 'recruiter') && <SafetySection role={user.role} />}
      {user.role === 'talent' && <DataSharingSection />}
      <YourDataSection canDelete={user.role === 'talent'} />
    </Stack>
  );
}
