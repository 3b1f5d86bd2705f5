import { Alert, Anchor, Button, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../shared/api/auth.contract';
import type { ResponseOf } from '../../shared/api/route';
import { call } from '../api/client';
import { useSession } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { languageChosenHere, PublicPage } from '../components/PublicPage';
import { useT } from '../i18n/i18n';

type TokenPurpose = ResponseOf<typeof authApi.describeToken>['purpose'];

/** Where an invitation or a reset link lands: the person chooses a password and is logged in. */
export function TokenPasswordPage({ purpose }: { purpose: TokenPurpose }) {
  const { t, rich } = useT();
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
      password: (value) => (value.length >= 10 ? null : t('auth.passwordTooShort')),
      confirm: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')),
    },
  });
  const submit = useMutation({
    mutationFn: (values: typeof form.values) =>
      call(authApi.useToken, {
        body: {
          token,
          password: values.password,
          ...(purpose === 'invitation' && values.name.trim() ? { name: values.name.trim() } : {}),
          ...languageChosenHere(),
        },
      }),
    onSuccess: (session) => {
      signedIn(session);
      navigate('/', { replace: true });
    },
  });
  const title = t(purpose === 'invitation' ? 'auth.token.activateTitle' : 'auth.token.resetTitle');
  if (token.length < 10 || info.isError) {
    return (
      <PublicPage title={title}>
        <Alert color="red" role="alert" title={t('auth.token.brokenTitle')}>
          {rich(purpose === 'invitation' ? 'auth.token.brokenInvitation' : 'auth.token.brokenReset', {
            link: (text) => (
              <Anchor component={Link} to="/forgot-password">
                {text}
              </Anchor>
            ),
          })}
        </Alert>
      </PublicPage>
    );
  }
  if (!info.data) {
    return (
      <PublicPage title={title}>
        <Loader aria-label={t('shell.loading')} />
      </PublicPage>
    );
  }
  return (
    <PublicPage title={title}>
      <Text>
        {rich('auth.token.for', {
          email: info.data.email,
          strong: (text) => <strong>{text}</strong>,
        })}
      </Text>
      <form onSubmit={form.onSubmit((values) => submit.mutate(values))} noValidate>
        <Stack>
          <ApiErrorAlert error={submit.error} />
          {purpose === 'invitation' && (
            <TextInput
              label={t('auth.token.name')}
              autoComplete="name"
              placeholder={info.data.name}
              description={t('auth.token.nameHint')}
              {...form.getInputProps('name')}
            />
          )}
          <PasswordInput
            label={t('auth.token.newPassword')}
            autoComplete="new-password"
            description={t('auth.token.newPasswordHint')}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('auth.token.repeat')}
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={submit.isPending}>
            {t(purpose === 'invitation' ? 'auth.token.activate' : 'auth.token.save')}
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
