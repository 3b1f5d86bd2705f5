import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { authApi } from '../../shared/api/auth.contract';
import { call } from '../api/client';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PublicPage } from '../components/PublicPage';

export function ForgotPasswordPage() {
  const form = useForm({
    initialValues: { email: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter your email address.'),
    },
  });
  const reset = useMutation({
    mutationFn: (values: typeof form.values) => call(authApi.requestPasswordReset, { body: values }),
  });
  return (
    <PublicPage title="Reset your password">
      {reset.isSuccess ? (
        <Alert color="green" role="status" title="Check your email">
          If an account exists for {form.values.email}, we sent it a link to choose a new password. The link
          works for two hours.
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((values) => reset.mutate(values))} noValidate>
          <Stack>
            <ApiErrorAlert error={reset.error} />
            <TextInput label="Email" type="email" autoComplete="email" {...form.getInputProps('email')} />
            <Button type="submit" loading={reset.isPending}>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm">
        Back to log in
      </Anchor>
    </PublicPage>
  );
}
