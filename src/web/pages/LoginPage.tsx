import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../shared/api/auth.contract';
import { call } from '../api/client';
import { useSession } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { languageChosenHere, PublicPage } from '../components/PublicPage';
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
  // Two fields checked on submit: plain state, so the first page a person sees stays light.
  const [values, setValues] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof values, string>>>({});
  const field = (name: keyof typeof values) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
      setErrors((current) => ({ ...current, [name]: undefined }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      email: /^\S+@\S+\.\S+$/.test(values.email.trim()) ? undefined : t('auth.enterEmail'),
      password: values.password ? undefined : t('auth.enterPassword'),
    };
    setErrors(found);
    if (!found.email && !found.password) login.mutate(values);
  };
  const login = useMutation({
    mutationFn: (body: typeof values) => call(authApi.login, { body: { ...body, ...languageChosenHere() } }),
    onSuccess: (session) => {
      signedIn(session);
      navigate(next, { replace: true });
    },
  });
  if (user) return <Navigate to={next} replace />;
  return (
    <PublicPage title={t('auth.login.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {params.get('account') === 'deleted' && (
            <Alert color="green" role="status">
              {t('auth.login.accountDeleted')}
            </Alert>
          )}
          <ApiErrorAlert error={login.error} title={t('auth.login.couldNotLogIn')} />
          <TextInput label={t('auth.email')} type="email" autoComplete="email" {...field('email')} />
          <PasswordInput label={t('auth.password')} autoComplete="current-password" {...field('password')} />
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
