import { Alert, Anchor, Button, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../shared/api/auth.contract';
import type { ResponseOf } from '../../shared/api/route';
import { call } from '../api/client';
import { useSession } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PublicPage } from '../components/PublicPage';

type TokenPurpose = ResponseOf<typeof authApi.describeToken>['purpose'];

/** Where an invitation or a reset link lands: the person chooses a password and is logged in. */
export function TokenPasswordPage({ purpose }: { purpose: TokenPurpose }) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const info = useQuery({
    queryKey: ['token', token],
    queryFn: () => call(authApi.describeToken, { params: { token } }),
    enabled: token.length >= 10,
    retry: false,
  });
  const form = useForm({
    initialValues: { name: '', password: '', confirm: '' },
    validate: {
      password: (value) => (value.length >= 10 ? null : 'Use at least 10 characters.'),
      confirm: (value, values) => (value === values.password ? null : 'The passwords do not match.'),
    },
  });
  const submit = useMutation({
    mutationFn: (values: typeof form.values) =>
      call(authApi.useToken, {
        body: {
          token,
          password: values.password,
          ...(purpose === 'invitation' && values.name.trim() ? { name: values.name.trim() } : {}),
        },
      }),
    onSuccess: (session) => {
      signedIn(session);
      navigate('/', { replace: true });
    },
  });
  const title = purpose === 'invitation' ? 'Activate your account' : 'Choose a new password';
  if (token.length < 10 || info.isError) {
    return (
      <PublicPage title={title}>
        <Alert color="red" role="alert" title="This link does not work">
          It is invalid, was already used, or has expired.{' '}
          {purpose === 'invitation' ? 'Ask the organizer to invite you again, or ' : ''}
          <Anchor component={Link} to="/forgot-password">
            request a new link
          </Anchor>
          .
        </Alert>
      </PublicPage>
    );
  }
  if (!info.data) {
    return (
      <PublicPage title={title}>
        <Loader aria-label="Loading" />
      </PublicPage>
    );
  }
  return (
    <PublicPage title={title}>
      <Text>
        For <strong>{info.data.email}</strong>
      </Text>
      <form onSubmit={form.onSubmit((values) => submit.mutate(values))} noValidate>
        <Stack>
          <ApiErrorAlert error={submit.error} />
          {purpose === 'invitation' && (
            <TextInput
              label="Your name"
              autoComplete="name"
              placeholder={info.data.name}
              description="Leave empty to keep the name the organizer entered."
              {...form.getInputProps('name')}
            />
          )}
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            description="At least 10 characters."
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Repeat the password"
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={submit.isPending}>
            {purpose === 'invitation' ? 'Activate account' : 'Save password'}
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
