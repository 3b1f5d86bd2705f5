import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { authApi } from '../../shared/api/auth.contract';
import { call } from '../api/client';
import { useSession } from '../app/session';
import { browserLocale, useT } from './i18n';

export const languageQueryKey = ['me', 'language'] as const;

/** Once signed in, the page speaks the language the person chose on their account, else their browser's. */
export function AccountLanguage() {
  const { user } = useSession();
  const { locale, setLocale } = useT();
  const chosen = useQuery({
    queryKey: [...languageQueryKey, user?.id],
    queryFn: () => call(authApi.language),
    enabled: Boolean(user),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const wanted = chosen.data ? (chosen.data.language ?? browserLocale()) : null;
  useEffect(() => {
    if (wanted && wanted !== locale) void setLocale(wanted);
  }, [wanted, locale, setLocale]);
  return null;
}
