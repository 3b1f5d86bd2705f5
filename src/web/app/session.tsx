import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef } from 'react';
import { authApi, SESSION_HINT_COOKIE } from '../../shared/api/auth.contract';
import type { CurrentUser, SessionResponse } from '../../shared/schemas/auth.schemas';
import { ApiError, call, setCsrfToken } from '../api/client';
import { browserLocale } from '../i18n/i18n';
import { viewerTimeZone } from '../time';

interface SessionValue {
  user: CurrentUser | null;
  loading: boolean;
  signedIn(session: SessionResponse): void;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/**
 * Emails show times on the clock of the browser last used and speak its language, unless the person chose a zone
 * or a language; a miss is harmless.
 */
function recordBrowserSettings(): void {
  call(authApi.recordBrowserTimeZone, { body: { timeZone: viewerTimeZone() } }).catch(() => {});
  call(authApi.recordBrowserLanguage, { body: { language: browserLocale() } }).catch(() => {});
}

/**
 * Drops another person's cached data at login and logout. The session query itself stays in the cache and is
 * updated in place: removing it (`queryClient.clear()`) would leave the provider's observer on the removed query,
 * so the new session would never reach the app.
 */
function forgetAllButSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
}

/** The server sets the hint with the session cookie (which scripts cannot see) and removes it with the session. */
const maybeSignedIn = () =>
  document.cookie.split(';').some((cookie) => cookie.trim().startsWith(`${SESSION_HINT_COOKIE}=`));

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  // The server tells the tab's live connection that the session ended, which may arrive before the logout's own
  // answer removes the hint cookie: asking the server then would only earn a 401.
  const loggingOut = useRef(false);
  const query = useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      if (loggingOut.current) return queryClient.getQueryData<SessionResponse>(['session']) ?? null;
      if (!maybeSignedIn()) return null;
      try {
        const session = await call(authApi.session);
        setCsrfToken(session.csrfToken);
        recordBrowserSettings();
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const signedIn = useCallback(
    (session: SessionResponse) => {
      setCsrfToken(session.csrfToken);
      recordBrowserSettings();
      forgetAllButSession(queryClient);
      queryClient.setQueryData(['session'], session);
    },
    [queryClient],
  );
  const logout = useCallback(async () => {
    loggingOut.current = true;
    try {
      await call(authApi.logout);
    } finally {
      loggingOut.current = false;
    }
    setCsrfToken('');
    forgetAllButSession(queryClient);
    queryClient.setQueryData(['session'], null);
  }, [queryClient]);
  const value = useMemo(
    () => ({ user: query.data?.user ?? null, loading: query.isPending, signedIn, logout }),
    [query.data, query.isPending, signedIn, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages behind login: the user is known there. */
export function useUser(): CurrentUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser on a page that does not require login');
  return user;
}
