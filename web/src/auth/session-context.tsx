import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setCsrfToken } from '../api/client.ts';
import { getMe, logIn, logOut, type SessionAnswer, type SessionUser, type UserRole } from '../api/session.ts';

/**
 * Who is signed in, for every page: `loading` until `GET /auth/me` answers at start, then `anonymous` or `signed-in`.
 * The session's CSRF token goes to the API client as soon as it is known, so state-changing calls carry it.
 */
export interface SessionValue {
  status: 'loading' | 'anonymous' | 'signed-in';
  user: SessionUser | null;
  role: UserRole | null;
  /** Why the first `GET /auth/me` failed (network, server), when it did; the site still works anonymously. */
  error: Error | null;
  /** Opens a session. @throws ApiError BAD_CREDENTIALS, ACCOUNT_LOCKED, TOO_MANY_REQUESTS. */
  signIn(username: string, password: string): Promise<SessionUser>;
  /** Ends the session on the server and forgets it here. */
  signOut(): Promise<void>;
  /** Reads `GET /auth/me` again (after a password change, or when a call answered 401). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Loads the session once at start and shares it; place it inside the router and around every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ status: SessionValue['status']; user: SessionUser | null; error: Error | null }>(
    { status: 'loading', user: null, error: null });

  const accept = useCallback((answer: SessionAnswer | null) => {
    setCsrfToken(answer?.csrfToken ?? null);
    setState({ status: answer ? 'signed-in' : 'anonymous', user: answer?.user ?? null, error: null });
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await getMe());
    } catch (e) {
      setCsrfToken(null);
      setState({ status: 'anonymous', user: null, error: e as Error });
    }
  }, [accept]);

  useEffect(() => { void refresh(); }, [refresh]);

  const signIn = useCallback(async (username: string, password: string) => {
    const answer = await logIn(username, password);
    accept(answer);
    return answer.user;
  }, [accept]);

  const signOut = useCallback(async () => {
    try {
      await logOut();
    } finally {
      accept(null);
    }
  }, [accept]);

  const value = useMemo<SessionValue>(() => ({
    ...state, role: state.user?.role ?? null, signIn, signOut, refresh,
  }), [state, signIn, signOut, refresh]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; must be used under {@link SessionProvider}. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession: no SessionProvider above this component');
  return value;
}
