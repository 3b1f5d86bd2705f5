import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { authApi } from '../../shared/api/auth.contract';
import { call } from '../api/client';
import { useSession } from '../app/session';
import { browserLocale, useT } from './i18n';

/**
 * The language and the clock chosen on the signed-in person's account, and the cache key a change of them is
 * written to.
 */
export function useChosenLanguage() {
  const { user } = useSession();
  const queryKey = ['me', 'language', user?.id];
  const chosen = useQuery({
    queryKey,
    queryFn: () => call(authApi.language),
    enabled: Boolean(user),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return { chosen, queryKey };
}

/**
 * Once signed in, the page speaks the language the person chose on their account, else their browser's, and shows
 * times on the clock they chose.
 */
export function AccountLanguage() {
  const { locale, setLocale, clock, setClock } = useT();
  const { chosen } = useChosenLanguage();
  const wanted = chosen.data ? (chosen.data.language ?? browserLocale()) : null;
  const wantedClock = chosen.data?.clock;
  useEffect(() => {
    if (wanted && wanted !== locale) void setLocale(wanted);
  }, [wanted, locale, setLocale]);
  useEffect(() => {
    if (wantedClock && wantedClock !== clock) setClock(wantedClock);
  }, [wantedClock, clock, setClock]);
  return null;
}
