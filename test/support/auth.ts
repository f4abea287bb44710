import type { UserRole } from '../../src/domain/index.ts';
import { createSession, insertUser, type Db } from '../../src/store/index.ts';

/** What a signed-in test client sends: the session cookie and the CSRF header. */
export interface SignedIn {
  userId: number;
  username: string;
  /** Headers for `app.inject`: `{ cookie, 'x-csrf-token' }`. */
  headers: Record<string, string>;
}

/** A precomputed argon2id hash (of 'not-a-real-password'), so tests need not hash on every user. */
export const TEST_PASSWORD = 'not-a-real-password';
const TEST_HASH = '$argon2id$v=19$m=19456,t=2,p=1$yaExEbRkG0zDhofnIs4RTw$MIPiGtG5af2+BzMFjCnIL/dN1WaMflPJOFRN+zF3tEo';

let sequence = 0;

/**
 * Creates a user with the role and organisations given (organisations must exist) and opens a session for it directly
 * in the store, as a log-in would. Example: `const admin = await signIn(store.db, 'admin')`, then
 * `app.inject({ method: 'POST', url, headers: admin.headers, payload })`.
 */
export async function signIn(db: Db, role: UserRole, organisations: string[] = [], username?: string): Promise<SignedIn> {
  const name = username ?? `${role}-${++sequence}-${process.pid}`;
  const now = new Date();
  const userId = await insertUser(db, {
    username: name, displayName: name, role, passwordHash: TEST_HASH, organisations,
  }, now.toISOString());
  const session = await createSession(db, userId, {}, now);
  return { userId, username: name, headers: { cookie: `sdg_session=${session.token}`, 'x-csrf-token': session.csrfToken } };
}
