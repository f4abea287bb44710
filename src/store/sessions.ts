import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.ts';
import { findUser, type User } from './users.ts';

/** How long a session lives without use, in milliseconds (8 hours: one working day). */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

/** A new session: the secret token for the cookie (shown once, stored only as a hash) and the CSRF token. */
export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

/** An open session with its user. */
export interface OpenSession {
  id: string;
  user: User;
  csrfToken: string;
  expiresAt: string;
}

/** SHA-256 hex of a session token: the session's id in the table, so a database leak reveals no usable cookie. */
export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for a user: 32 random bytes of token and of CSRF token, base64url. */
export async function createSession(db: Db, userId: number, client: { ip?: string; userAgent?: string }, now: Date): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS).toISOString();
  await db.insertInto('sessions').values({
    id: sessionId(token), user_id: userId, csrf_token: csrfToken, created_at: now.toISOString(), expires_at: expiresAt,
    last_seen_at: now.toISOString(), ip: client.ip ?? null, user_agent: client.userAgent?.slice(0, 300) ?? null,
  }).execute();
  return { token, csrfToken, expiresAt };
}

/**
 * The session a cookie token opens, or undefined when it is unknown, expired, or its user is disabled. Each use
 * slides the expiry forward (written at most once a minute, to keep reads cheap).
 */
export async function findSession(db: Db, token: string, now: Date): Promise<OpenSession | undefined> {
  const id = sessionId(token);
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  const user = await findUser(db, row.user_id);
  if (!user || user.disabled) return undefined;
  let expiresAt = row.expires_at;
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    expiresAt = new Date(now.getTime() + SESSION_IDLE_MS).toISOString();
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString(), expires_at: expiresAt }).where('id', '=', id).execute();
  }
  return { id, user, csrfToken: row.csrf_token, expiresAt };
}

/** Ends one session (log-out). */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends the session a cookie token names, whether or not it is still valid (log-in discards the cookie it was sent). */
export async function deleteSessionByToken(db: Db, token: string): Promise<void> {
  await deleteSession(db, sessionId(token));
}

/**
 * Ends every session of a user (password reset, disabling, role change), except the one with id `keep` (a user who
 * changes their own password stays signed in where they did it). Returns how many were ended.
 */
export async function deleteUserSessions(db: Db, userId: number, keep?: string): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep !== undefined) q = q.where('id', '<>', keep);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes sessions that expired before `now`; returns how many. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
