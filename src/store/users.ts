import { sql } from 'kysely';
import type { UserRole } from '../domain/index.ts';
import type { Db } from './database.ts';

/** A user as the rest of the product sees it: no hash, organisations resolved. */
export interface User {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  role: UserRole;
  /** Organisation ids the user works for (providers write for these; others may have none). */
  organisations: string[];
  mustChangePassword: boolean;
  disabled: boolean;
  /** ISO timestamp until which log-in is refused after too many failures, or null. */
  lockedUntil: string | null;
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null;
  role: UserRole;
  passwordHash: string;
  organisations?: string[];
  mustChangePassword?: boolean;
}

/**
 * Creates a user with its organisations; returns its id.
 * @throws the database's unique-constraint error when the username exists, its foreign-key error for an unknown organisation.
 */
export async function insertUser(trx: Db, user: NewUser, now: string): Promise<number> {
  const row = await trx.insertInto('users').values({
    username: user.username, display_name: user.displayName, email: user.email ?? null, role: user.role,
    password_hash: user.passwordHash, must_change_password: user.mustChangePassword ? 1 : 0, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  await setUserOrganisations(trx, row.id, user.organisations ?? []);
  return row.id;
}

/** Replaces the organisations a user works for. */
export async function setUserOrganisations(trx: Db, userId: number, organisations: string[]): Promise<void> {
  await trx.deleteFrom('user_organisations').where('user_id', '=', userId).execute();
  if (organisations.length > 0) {
    await trx.insertInto('user_organisations')
      .values([...new Set(organisations)].map((organisation_id) => ({ user_id: userId, organisation_id }))).execute();
  }
}

/** A user by id, or undefined. */
export async function findUser(db: Db, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row, await organisationsOf(db, row.id)) : undefined;
}

/** A user by username (exact), with the password hash for log-in, or undefined. */
export async function findUserForLogin(db: Db, username: string): Promise<(User & { passwordHash: string; failedLogins: number }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!row) return undefined;
  return { ...toUser(row, await organisationsOf(db, row.id)), passwordHash: row.password_hash, failedLogins: row.failed_logins };
}

/** Every user, by username. */
export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  const links = await db.selectFrom('user_organisations').selectAll().orderBy('organisation_id').execute();
  return rows.map((r) => toUser(r, links.filter((l) => l.user_id === r.id).map((l) => l.organisation_id)));
}

/** Number of users with a role (e.g. whether any admin exists yet). */
export async function countUsers(db: Db, role?: UserRole): Promise<number> {
  let q = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (role) q = q.where('role', '=', role);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Number of enabled users with a role (e.g. whether an admin would remain after a change). */
export async function countEnabledUsers(db: Db, role: UserRole): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', role).where('disabled', '=', 0).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The organisation ids among `ids` that do not exist, in the order given: `missingOrganisations(db, ['BBS', 'X'])` → `['X']`. */
export async function missingOrganisations(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom('organisations').select('id').where('id', 'in', [...new Set(ids)]).execute();
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

/** The fields of a user an admin may change; absent fields stay as they are (`email: null` clears it). */
export interface UserPatch {
  displayName?: string;
  email?: string | null;
  role?: UserRole;
  disabled?: boolean;
}

/** Writes the given fields of a user and stamps `updated_at`. */
export async function updateUserFields(trx: Db, userId: number, patch: UserPatch, now: string): Promise<void> {
  await trx.updateTable('users').set({
    ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
    ...(patch.email !== undefined ? { email: patch.email } : {}),
    ...(patch.role !== undefined ? { role: patch.role } : {}),
    ...(patch.disabled !== undefined ? { disabled: patch.disabled ? 1 : 0 } : {}),
    updated_at: now,
  }).where('id', '=', userId).execute();
}

/**
 * Stores a new password hash, sets whether the user must change it at next sign-in, and lifts any lock-out
 * (failed log-ins back to 0).
 */
export async function setPasswordHash(trx: Db, userId: number, passwordHash: string, mustChange: boolean, now: string): Promise<void> {
  await trx.updateTable('users').set({
    password_hash: passwordHash, must_change_password: mustChange ? 1 : 0, failed_logins: 0, locked_until: null, updated_at: now,
  }).where('id', '=', userId).execute();
}

/** What one failed log-in did to an account: counted it, locked the account with it, or found it locked already. */
export type LoginFailureOutcome =
  | { kind: 'counted'; failedLogins: number }
  | { kind: 'locked'; lockedUntil: string }
  | { kind: 'already_locked'; lockedUntil: string };

/**
 * Counts one failed log-in of a user, inside the caller's transaction. The increment is one statement on the user's
 * row, so failures arriving at several servers at once are all counted: PostgreSQL makes a concurrent update wait for
 * this transaction and re-checks its condition; SQLite runs one write transaction at a time. The failure that brings
 * the count to `maxFailures` locks the account until `lockUntil` and sets the count back to 0; a failure while the
 * account is locked (after `now`) changes nothing.
 * @example await countLoginFailure(trx, 7, '2026-01-01T00:00:00.000Z', 5, '2026-01-01T00:15:00.000Z')
 *   // { kind: 'counted', failedLogins: 1 }
 */
export async function countLoginFailure(trx: Db, userId: number, now: string, maxFailures: number, lockUntil: string): Promise<LoginFailureOutcome> {
  const counted = await trx.updateTable('users').set({ failed_logins: sql<number>`failed_logins + 1` })
    .where('id', '=', userId).where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning('failed_logins').executeTakeFirst();
  if (!counted) {
    const row = await trx.selectFrom('users').select('locked_until').where('id', '=', userId).executeTakeFirstOrThrow();
    return { kind: 'already_locked', lockedUntil: row.locked_until ?? now };
  }
  if (counted.failed_logins < maxFailures) return { kind: 'counted', failedLogins: counted.failed_logins };
  await trx.updateTable('users').set({ failed_logins: 0, locked_until: lockUntil }).where('id', '=', userId).execute();
  return { kind: 'locked', lockedUntil: lockUntil };
}

/** Clears a user's failed log-in count and lock (after a successful log-in, or an admin's unlock). */
export async function clearLoginFailures(trx: Db, userId: number, now?: string): Promise<void> {
  await trx.updateTable('users').set({ failed_logins: 0, locked_until: null, ...(now ? { updated_at: now } : {}) })
    .where('id', '=', userId).execute();
}

async function organisationsOf(db: Db, userId: number): Promise<string[]> {
  const rows = await db.selectFrom('user_organisations').select('organisation_id').where('user_id', '=', userId)
    .orderBy('organisation_id').execute();
  return rows.map((r) => r.organisation_id);
}

type UserRow = { id: number; username: string; display_name: string; email: string | null; role: string; must_change_password: number; disabled: number; locked_until: string | null };

function toUser(row: UserRow, organisations: string[]): User {
  return {
    id: row.id, username: row.username, displayName: row.display_name, email: row.email, role: row.role as UserRole,
    organisations, mustChangePassword: row.must_change_password === 1, disabled: row.disabled === 1, lockedUntil: row.locked_until,
  };
}
