import {
  countThrottleFailure, deleteUserSessions, findUser, findUserForLogin, recordAudit, setPasswordHash, throttleCount,
  type Db, type User,
} from '../../store/index.ts';
import { AccountError, badField } from './account-error.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { addressKey, addressWindowOpenSince, MAX_ADDRESS_FAILURES, retryAfterSeconds } from './throttle-policy.ts';

/** A signed-in user's request to change their own password. */
export interface PasswordChange {
  userId: number;
  /** The session the change is made in: it stays open, every other session of the user ends. */
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  /** The client address: a wrong current password counts as a failed log-in from it. */
  ip: string;
}

/**
 * Changes a user's own password after checking the current one (audit `user.password_change`): clears
 * "must change password", lifts any lock-out and ends the user's other sessions.
 * @throws AccountError BAD_PARAMETER `newPassword` (password rule, or the same as the current one) or
 *   `currentPassword` (does not match), TOO_MANY_REQUESTS `{ retryAfterSeconds }` for an address over its limit.
 */
export async function changeOwnPassword(db: Db, change: PasswordChange, now = new Date()): Promise<User> {
  const problem = passwordProblem(change.newPassword);
  if (problem) throw badField('newPassword', problem);
  const user = await findUser(db, change.userId);
  if (!user) throw new AccountError('NOT_FOUND', `no user ${change.userId}`);
  const key = addressKey(change.ip);
  const windowOpenSince = addressWindowOpenSince(now);
  const window = await throttleCount(db, key, windowOpenSince);
  if (window && window.attempts >= MAX_ADDRESS_FAILURES) {
    const seconds = retryAfterSeconds(window.windowStart, now);
    throw new AccountError('TOO_MANY_REQUESTS', `too many failed password checks from this address; try again in ${seconds} seconds`, { retryAfterSeconds: seconds });
  }
  const { passwordHash } = (await findUserForLogin(db, user.username))!;
  if (!(await verifyPassword(passwordHash, change.currentPassword))) {
    await countThrottleFailure(db, key, now.toISOString(), windowOpenSince);
    throw badField('currentPassword', 'does not match the current password');
  }
  if (change.newPassword === change.currentPassword) throw badField('newPassword', 'must differ from the current password');
  const newHash = await hashPassword(change.newPassword);
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, newHash, false, at);
    const ended = await deleteUserSessions(trx, user.id, change.sessionId);
    await recordAudit(trx, [{
      at, userId: user.id, action: 'user.password_change', entity: 'user', entityId: String(user.id),
      oldValue: { mustChangePassword: user.mustChangePassword }, newValue: { mustChangePassword: false },
      comment: ended > 0 ? `ended ${ended} other session(s)` : null,
    }]);
  });
  return (await findUser(db, user.id))!;
}
