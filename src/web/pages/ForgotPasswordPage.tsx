import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { authApi } from '../../shared/api/auth.contract';
import { call } from '../api/client';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PublicPage } from '../components/PublicPage';
import { useT } from '../i18n/i18n';

export function ForgotPasswordPage() {
  const { t } = useT();
  const form = useForm({
    initialValues: { email: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('auth.enterEmail')),
    },
  });
  const reset = useMutation({
    mutationFn: (values: typeof form.values) => call(authApi.requestPasswordReset, { body: values }),
  });
  return (
    <PublicPage title={t('auth.forgot.title')}>
      {reset.isSuccess ? (
        <Alert color="green" role="status" title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sent', { email: form.values.email })}
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((values) => reset.mutate(values))} noValidate>
          <Stack>
            <ApiErrorAlert error={reset.error} />
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={reset.isPending}>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm">
        {t('auth.forgot.backToLogin')}
      </Anchor>
    </PublicPage>
  );
}
