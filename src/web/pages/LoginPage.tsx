import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../shared/api/auth.contract';
import { call } from '../api/client';
import { useSession } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PublicPage } from '../components/PublicPage';
import { useT } from '../i18n/i18n';

/** Only same-site paths, so a crafted link cannot send people elsewhere after login. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useT();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('auth.enterEmail')),
      password: (value) => (value ? null : t('auth.enterPassword')),
    },
  });
  const login = useMutation({
    mutationFn: (values: typeof form.values) => call(authApi.login, { body: values }),
    onSuccess: (session) => {
      signedIn(session);
      navigate(next, { replace: true });
    },
  });
  if (user) return <Navigate to={next} replace />;
  return (
    <PublicPage title={t('auth.login.title')}>
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack>
          {params.get('account') === 'deleted' && (
            <Alert color="green" role="status">
              {t('auth.login.accountDeleted')}
            </Alert>
          )}
          <ApiErrorAlert error={login.error} title={t('auth.login.couldNotLogIn')} />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending}>
            {t('auth.login.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.login.forgot')}
          </Anchor>
        </Stack>
      </form>
    </PublicPage>
  );
}
