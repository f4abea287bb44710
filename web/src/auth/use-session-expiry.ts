import { useEffect } from 'react';
import { ApiError } from '../api/client.ts';
import { useSession } from './session-context.tsx';

/**
 * When a page's read answers 401 (the session ended: idle too long, signed out elsewhere, password reset by an
 * admin), reads `GET /auth/me` again, so the page's guard sends the reader to the sign-in page and back afterwards.
 * @example useSessionExpiry(users.error, organisations.error)
 */
export function useSessionExpiry(...errors: (Error | undefined)[]): void {
  const { refresh } = useSession();
  const expired = errors.some((e) => e instanceof ApiError && e.statusCode === 401);
  useEffect(() => {
    if (expired) void refresh();
  }, [expired, refresh]);
}
