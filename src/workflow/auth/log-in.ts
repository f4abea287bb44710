import { randomBytes } from 'node:crypto';
import {
  clearLoginFailures, countLoginFailure, countNameFailure, countThrottleFailure, createSession, deleteExpiredSessions,
  deleteSessionByToken, findUserForLogin, pruneThrottle, recordAudit, throttleCount, type AuditEvent, type Db, type NewSession,
  type User,
} from '../../store/index.ts';
import { AccountError } from './account-error.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import {
  addressKey, addressWindowOpenSince, isLocked, lockEnd, lockOpenSince, MAX_ACCOUNT_FAILURES, MAX_ADDRESS_FAILURES, nameKey,
  retryAfterSeconds,
} from './throttle-policy.ts';

/** One log-in attempt as it arrives: the typed credentials and where they came from. */
export interface LoginAttempt {
  username: string;
  password: string;
  /** The client address, for the per-address limit and the audit trail. */
  ip: string;
  userAgent?: string;
  /** The session cookie sent with the attempt, if any: it is ended on success so no earlier session survives. */
  previousToken?: string;
}

/** A successful log-in: the user and the new session (its cookie token, CSRF token and expiry). */
export interface LoginSuccess {
  user: User;
  session: NewSession;
}

/** The one answer to a wrong user name or a wrong password, so the two cannot be told apart. */
export const BAD_CREDENTIALS_MESSAGE = 'unknown user name or wrong password';

/**
 * Signs a user in and opens a new session (OWASP Authentication and Session Management Cheat Sheets):
 * - an address with {@link MAX_ADDRESS_FAILURES} failures in its window is refused before anything is checked;
 * - a locked account is refused, even with the right password;
 * - an unknown user name costs the same argon2 verification as a known one (against a dummy hash);
 * - each failure counts for the address and the account; the {@link MAX_ACCOUNT_FAILURES}th in a row locks the
 *   account for 15 minutes; a success clears the account's count;
 * - a user name no account holds is counted and locked the same way (in `login_throttle`, see nameKey), with the same
 *   answers and the same work per attempt, so neither the lock-out nor its timing tells which names exist;
 * - a success ends the session of `previousToken` and creates a new one (no session fixation).
 * Audit events: `user.login`, `user.login_failed` (with the reason), `user.locked`.
 * @throws AccountError TOO_MANY_REQUESTS `{ retryAfterSeconds }`, ACCOUNT_LOCKED `{ lockedUntil }`, BAD_CREDENTIALS.
 */
export async function logIn(db: Db, attempt: LoginAttempt, now = new Date()): Promise<LoginSuccess> {
  const key = addressKey(attempt.ip);
  const windowOpenSince = addressWindowOpenSince(now);
  const window = await throttleCount(db, key, windowOpenSince);
  if (window && window.attempts >= MAX_ADDRESS_FAILURES) {
    const seconds = retryAfterSeconds(window.windowStart, now);
    throw new AccountError('TOO_MANY_REQUESTS', `too many failed log-ins from this address; try again in ${seconds} seconds`, { retryAfterSeconds: seconds });
  }

  const username = normaliseUsername(attempt.username);
  const user = await findUserForLogin(db, username);
  const unknownKey = nameKey(username);
  const at = now.toISOString();
  const lockedUntil = user ? (isLocked(user.lockedUntil, now) ? user.lockedUntil : null) : await nameLockedUntil(db, unknownKey, now);
  if (lockedUntil !== null) {
    await db.transaction().execute(async (trx) => {
      await countThrottleFailure(trx, key, at, windowOpenSince);
      await recordAudit(trx, [user ? failureEvent(at, String(user.id), attempt.ip, 'locked') : failureEvent(at, username.slice(0, 100), attempt.ip, 'unknown_user')]);
    });
    throw locked(lockedUntil);
  }

  const matches = await verifyPassword(user?.passwordHash ?? await dummyHash(), attempt.password);
  if (!user || !matches || user.disabled) {
    const lockedNow = await db.transaction().execute(async (trx) => {
      await countThrottleFailure(trx, key, at, windowOpenSince);
      if (!user) {
        const run = await countNameFailure(trx, unknownKey, at, MAX_ACCOUNT_FAILURES, lockOpenSince(now));
        await recordAudit(trx, [failureEvent(at, username.slice(0, 100), attempt.ip, 'unknown_user')]);
        return run.attempts >= MAX_ACCOUNT_FAILURES ? lockEnd(new Date(run.windowStart)) : null;
      }
      if (matches) {
        await recordAudit(trx, [failureEvent(at, String(user.id), attempt.ip, 'disabled')]);
        return null;
      }
      const outcome = await countLoginFailure(trx, user.id, at, MAX_ACCOUNT_FAILURES, lockEnd(now));
      const events = [failureEvent(at, String(user.id), attempt.ip, outcome.kind === 'already_locked' ? 'locked' : 'wrong_password')];
      if (outcome.kind === 'locked') {
        events.push({
          at, userId: null, action: 'user.locked', entity: 'user', entityId: String(user.id), oldValue: { lockedUntil: user.lockedUntil },
          newValue: { lockedUntil: outcome.lockedUntil }, comment: `${MAX_ACCOUNT_FAILURES} failed log-ins in a row`,
        });
      }
      await recordAudit(trx, events);
      return outcome.kind === 'counted' ? null : outcome.lockedUntil;
    });
    if (lockedNow !== null) throw locked(lockedNow);
    if (user?.disabled && matches) throw new AccountError('BAD_CREDENTIALS', 'this account is disabled; ask an administrator');
    throw new AccountError('BAD_CREDENTIALS', BAD_CREDENTIALS_MESSAGE);
  }

  const session = await db.transaction().execute(async (trx) => {
    if (user.failedLogins > 0 || user.lockedUntil !== null) await clearLoginFailures(trx, user.id);
    if (attempt.previousToken) await deleteSessionByToken(trx, attempt.previousToken);
    const opened = await createSession(trx, user.id, { ip: attempt.ip, ...(attempt.userAgent ? { userAgent: attempt.userAgent } : {}) }, now);
    await recordAudit(trx, [{ at, userId: user.id, action: 'user.login', entity: 'user', entityId: String(user.id), newValue: { ip: attempt.ip } }]);
    return opened;
  });
  await pruneThrottle(db, { windowOpenSince, lockOpenSince: lockOpenSince(now), maxNameFailures: MAX_ACCOUNT_FAILURES });
  await deleteExpiredSessions(db, now);
  const { passwordHash: _hash, failedLogins: _failed, ...publicUser } = user;
  return { user: { ...publicUser, lockedUntil: null }, session };
}

/** User names are stored in lower case; log-in forgives case and surrounding spaces: `' Rahim '` → `'rahim'`. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** The end of the lock-out of a user name no account holds, or null when it is not locked at `now`. */
async function nameLockedUntil(db: Db, key: string, now: Date): Promise<string | null> {
  const run = await throttleCount(db, key, lockOpenSince(now));
  return run && run.attempts >= MAX_ACCOUNT_FAILURES ? lockEnd(new Date(run.windowStart)) : null;
}

function locked(until: string): AccountError {
  return new AccountError('ACCOUNT_LOCKED', `too many failed log-ins: this account is locked until ${until}`, { lockedUntil: until });
}

function failureEvent(at: string, entityId: string, ip: string, reason: 'unknown_user' | 'wrong_password' | 'disabled' | 'locked'): AuditEvent {
  return { at, userId: null, action: 'user.login_failed', entity: 'user', entityId, newValue: { ip, reason } };
}

let dummy: Promise<string> | undefined;

/** A hash of a random password with the real parameters, verified for unknown user names so they take as long. */
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(18).toString('base64url'));
  return dummy;
}
