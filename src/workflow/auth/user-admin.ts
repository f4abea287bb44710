import { USER_ROLES, type UserRole } from '../../domain/index.ts';
import {
  clearLoginFailures, countEnabledUsers, deleteUserSessions, findUser, findUserForLogin, insertUser, missingOrganisations,
  recordAudit, setPasswordHash, setUserOrganisations, updateUserFields, type Db, type User,
} from '../../store/index.ts';
import { AccountError, badField } from './account-error.ts';
import { normaliseUsername } from './log-in.ts';
import { hashPassword, passwordProblem } from './passwords.ts';

/** A new account as an admin (or the command line) describes it. */
export interface NewAccount {
  /** 2–64 characters: lower-case letters, digits, `.`, `_`, `-`, `@`; starts with a letter or digit. */
  username: string;
  displayName: string;
  email?: string | null;
  role: UserRole;
  /** Organisation ids; a provider needs at least one. */
  organisations: string[];
  password: string;
  /** Whether the user must choose a new password at first sign-in. */
  mustChangePassword: boolean;
}

/** What an admin may change on an account; absent fields stay as they are. */
export interface AccountChange {
  displayName?: string;
  email?: string | null;
  role?: UserRole;
  organisations?: string[];
  disabled?: boolean;
}

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creates an account (audit `user.create`, by `actorId`, null for the command line).
 * @throws AccountError BAD_PARAMETER naming the field (user name, role, e-mail, password rule, unknown organisation,
 *   provider without organisation), CONFLICT when the user name is taken.
 * @example await createAccount(db, { username: 'rahim', displayName: 'Rahim', role: 'provider', organisations: ['BBS'],
 *   password: 'long enough pass', mustChangePassword: true }, adminId)
 */
export async function createAccount(db: Db, account: NewAccount, actorId: number | null, now = new Date()): Promise<User> {
  const username = normaliseUsername(account.username);
  if (!USERNAME.test(username)) {
    throw badField('username', `"${account.username}" must be 2–64 lower-case letters, digits, ".", "_", "-" or "@", starting with a letter or digit`);
  }
  const problem = passwordProblem(account.password);
  if (problem) throw badField('password', problem);
  const fields = await checkedFields(db, { displayName: account.displayName, email: account.email ?? null, role: account.role, organisations: account.organisations }, account.role);
  if (await findUserForLogin(db, username)) throw new AccountError('CONFLICT', `the user name "${username}" is taken`);
  const passwordHash = await hashPassword(account.password);
  const at = now.toISOString();
  const id = await db.transaction().execute(async (trx) => {
    const created = await insertUser(trx, {
      username, displayName: fields.displayName!, email: fields.email ?? null, role: account.role, passwordHash,
      organisations: fields.organisations!, mustChangePassword: account.mustChangePassword,
    }, at);
    await recordAudit(trx, [{
      at, userId: actorId, action: 'user.create', entity: 'user', entityId: String(created),
      newValue: { username, displayName: fields.displayName, email: fields.email ?? null, role: account.role, organisations: fields.organisations, mustChangePassword: account.mustChangePassword },
    }]);
    return created;
  });
  return (await findUser(db, id))!;
}

/**
 * Changes an account's name, e-mail, role, organisations or disabled flag (audit `user.update` with the old and new
 * value of each changed field). A change of role, organisations or disabled flag ends the user's sessions, so the
 * new rights apply at once. At least one enabled admin always remains.
 * @throws AccountError NOT_FOUND, BAD_PARAMETER naming the field, INVALID_STATE for the last enabled admin.
 */
export async function updateAccount(db: Db, userId: number, change: AccountChange, actorId: number | null, now = new Date()): Promise<User> {
  const user = await existingUser(db, userId);
  const role = change.role ?? user.role;
  const fields = await checkedFields(db, { ...change, organisations: change.organisations ?? (change.role ? user.organisations : undefined) }, role);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields) as [keyof AccountChange, unknown][]) {
    const old = user[name];
    if (value === undefined || same(old, value)) continue;
    before[name] = old;
    after[name] = value;
  }
  if (change.disabled !== undefined && change.disabled !== user.disabled) {
    before.disabled = user.disabled;
    after.disabled = change.disabled;
  }
  if (Object.keys(after).length === 0) return user;
  const losesAdmin = user.role === 'admin' && !user.disabled && (role !== 'admin' || after.disabled === true);
  if (losesAdmin && (await countEnabledUsers(db, 'admin')) <= 1) {
    throw new AccountError('INVALID_STATE', `${user.username} is the last enabled admin: make another admin first`);
  }
  const endsSessions = 'role' in after || 'organisations' in after || 'disabled' in after;
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await updateUserFields(trx, userId, {
      ...('displayName' in after ? { displayName: fields.displayName! } : {}),
      ...('email' in after ? { email: fields.email ?? null } : {}),
      ...('role' in after ? { role } : {}),
      ...('disabled' in after ? { disabled: change.disabled! } : {}),
    }, at);
    if ('organisations' in after) await setUserOrganisations(trx, userId, fields.organisations!);
    const ended = endsSessions ? await deleteUserSessions(trx, userId) : 0;
    await recordAudit(trx, [{
      at, userId: actorId, action: 'user.update', entity: 'user', entityId: String(userId), oldValue: before, newValue: after,
      comment: ended > 0 ? `ended ${ended} session(s)` : null,
    }]);
  });
  return (await findUser(db, userId))!;
}

/**
 * Sets a new password for someone else (audit `user.password_reset`): by default the user must change it at next
 * sign-in; the lock-out is lifted and every session of the user ends.
 * @throws AccountError NOT_FOUND, BAD_PARAMETER `newPassword` when the password rule refuses it.
 */
export async function resetPassword(
  db: Db, userId: number, newPassword: string, actorId: number | null, options: { mustChange?: boolean } = {}, now = new Date(),
): Promise<User> {
  const user = await existingUser(db, userId);
  const problem = passwordProblem(newPassword);
  if (problem) throw badField('newPassword', problem);
  const mustChange = options.mustChange ?? true;
  const passwordHash = await hashPassword(newPassword);
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, userId, passwordHash, mustChange, at);
    const ended = await deleteUserSessions(trx, userId);
    await recordAudit(trx, [{
      at, userId: actorId, action: 'user.password_reset', entity: 'user', entityId: String(userId),
      oldValue: { mustChangePassword: user.mustChangePassword, lockedUntil: user.lockedUntil },
      newValue: { mustChangePassword: mustChange, lockedUntil: null }, comment: ended > 0 ? `ended ${ended} session(s)` : null,
    }]);
  });
  return (await findUser(db, userId))!;
}

/**
 * Lifts a lock-out and clears the failed log-in count (audit `user.unlock` with the old count and lock).
 * @throws AccountError NOT_FOUND.
 */
export async function unlockAccount(db: Db, userId: number, actorId: number | null, now = new Date()): Promise<User> {
  const user = await existingUser(db, userId);
  const { failedLogins } = (await findUserForLogin(db, user.username))!;
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await clearLoginFailures(trx, userId, at);
    await recordAudit(trx, [{
      at, userId: actorId, action: 'user.unlock', entity: 'user', entityId: String(userId),
      oldValue: { failedLogins, lockedUntil: user.lockedUntil }, newValue: { failedLogins: 0, lockedUntil: null },
    }]);
  });
  return (await findUser(db, userId))!;
}

/** The user with that id. @throws AccountError NOT_FOUND. */
export async function existingUser(db: Db, userId: number): Promise<User> {
  const user = await findUser(db, userId);
  if (!user) throw new AccountError('NOT_FOUND', `no user ${userId}`);
  return user;
}

/** Checks and tidies the given fields; `role` is the role the user will have (providers need an organisation). */
async function checkedFields(db: Db, fields: Omit<AccountChange, 'disabled'>, role: UserRole): Promise<Omit<AccountChange, 'disabled'>> {
  const out: Omit<AccountChange, 'disabled'> = {};
  if (fields.displayName !== undefined) {
    const name = fields.displayName.trim();
    if (name === '' || name.length > 200) throw badField('displayName', 'must have 1–200 characters');
    out.displayName = name;
  }
  if (fields.email !== undefined) {
    const email = fields.email?.trim() || null;
    if (email !== null && (!EMAIL.test(email) || email.length > 254)) throw badField('email', `"${email}" is not an e-mail address`);
    out.email = email;
  }
  if (fields.role !== undefined) {
    if (!USER_ROLES.includes(fields.role)) throw badField('role', `"${fields.role}" is not one of ${USER_ROLES.join(', ')}`);
    out.role = fields.role;
  }
  if (fields.organisations !== undefined) {
    const organisations = [...new Set(fields.organisations.map((o) => o.trim()))].sort();
    const missing = await missingOrganisations(db, organisations);
    if (missing.length > 0) throw badField('organisations', `no organisation ${missing.map((m) => `"${m}"`).join(', ')}`);
    if (role === 'provider' && organisations.length === 0) throw badField('organisations', 'a provider needs at least one organisation');
    out.organisations = organisations;
  }
  return out;
}

/** Equal values; lists compare as sets (organisation ids come back sorted by the database's collation). */
function same(a: unknown, b: unknown): boolean {
  const key = (v: unknown): string => JSON.stringify(Array.isArray(v) ? [...v].sort() : v);
  return key(a) === key(b);
}
