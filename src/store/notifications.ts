import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * An in-app notification: `kind` (e.g. `submission.submitted`) plus a JSON payload the site turns into a sentence in
 * the reader's language, and a site link. Example: `{ kind: 'submission.returned', payload: { submissionId: 7,
 * indicator: '3.2.1', by: 'Rahima Akter', comment: 'Check 2021 female' }, link: '/work/submissions/7' }`.
 */
export interface Notification {
  id: number;
  userId: number;
  kind: string;
  payload: Record<string, unknown>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A notification to create for one user. */
export interface NewNotification {
  userId: number;
  kind: string;
  payload: Record<string, unknown>;
  link?: string | null;
}

/** Creates notifications (in the transaction of the change they announce). */
export async function insertNotifications(trx: Db, notifications: NewNotification[], now: string): Promise<void> {
  if (notifications.length === 0) return;
  await trx.insertInto('notifications').values(notifications.map((n) => ({
    user_id: n.userId, kind: n.kind, payload: JSON.stringify(n.payload), link: n.link ?? null, created_at: now, read_at: null,
  }))).execute();
}

/** A user's notifications, newest first, with how many match and how many are unread. */
export async function listNotifications(db: Db, userId: number, options: { unreadOnly?: boolean; limit?: number; offset?: number } = {}): Promise<{ items: Notification[]; total: number; unread: number }> {
  let q = db.selectFrom('notifications').where('user_id', '=', userId);
  if (options.unreadOnly) q = q.where('read_at', 'is', null);
  const [rows, total, unread] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(options.limit ?? 50).offset(options.offset ?? 0).execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('notifications').select(sql<number>`count(*)`.as('n')).where('user_id', '=', userId).where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toNotification), total: Number(total.n), unread: Number(unread.n) };
}

/** Marks one of the user's notifications read (kept read if it was); undefined when the user has no such notification. */
export async function markNotificationRead(trx: Db, userId: number, id: number, now: string): Promise<Notification | undefined> {
  await trx.updateTable('notifications').set({ read_at: now }).where('id', '=', id).where('user_id', '=', userId)
    .where('read_at', 'is', null).execute();
  const row = await trx.selectFrom('notifications').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row ? toNotification(row) : undefined;
}

/** Marks every unread notification of the user read; returns how many changed. */
export async function markAllNotificationsRead(trx: Db, userId: number, now: string): Promise<number> {
  const result = await trx.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

function toNotification(r: { id: number; user_id: number; kind: string; payload: string; link: string | null; created_at: string; read_at: string | null }): Notification {
  return {
    id: r.id, userId: r.user_id, kind: r.kind, payload: JSON.parse(r.payload) as Record<string, unknown>, link: r.link,
    createdAt: r.created_at, readAt: r.read_at,
  };
}
