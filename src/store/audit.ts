import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * One audit event: who (`userId`, null for the system or the CLI without a user), did what (`action`, e.g.
 * `observation.update`, `submission.approve`, `user.create`) to which thing (`entity` + `entityId`), the old and new
 * value (any JSON-serialisable value, or null), within which submission, and why (`comment`).
 */
export interface AuditEvent {
  at: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string;
  submissionId?: number | null;
  oldValue?: unknown;
  newValue?: unknown;
  comment?: string | null;
}

/** An audit event as stored, with its id, values parsed back from JSON and the user's display name. */
export interface StoredAuditEvent extends AuditEvent {
  id: number;
  userName?: string | null;
}

/** Which audit events to list: exact fields, an action prefix (`observation.`), the entities a reader may see, and paging. */
export interface AuditFilter {
  entity?: string;
  /** Keep only events about these entities (e.g. everything but `user` for a reader who may not see accounts). */
  entities?: readonly string[];
  entityId?: string;
  submissionId?: number;
  action?: string;
  /** Keep actions starting with this text, e.g. `observation.` or `submission.`. */
  actionPrefix?: string;
  limit?: number;
  offset?: number;
}

/** Appends audit events (call it in the transaction that makes the change, so both land or neither). */
export async function recordAudit(trx: Db, events: AuditEvent[]): Promise<void> {
  const rows = events.map((e) => ({
    at: e.at, user_id: e.userId, action: e.action, entity: e.entity, entity_id: e.entityId,
    submission_id: e.submissionId ?? null,
    old_value: e.oldValue === undefined || e.oldValue === null ? null : JSON.stringify(e.oldValue),
    new_value: e.newValue === undefined || e.newValue === null ? null : JSON.stringify(e.newValue),
    comment: e.comment ?? null,
  }));
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('audit_events').values(rows.slice(i, i + 500)).execute();
}

/** Audit events filtered by entity, entity id, submission or action, oldest first, with the user's display name. */
export async function listAudit(db: Db, filter: AuditFilter = {}): Promise<StoredAuditEvent[]> {
  const rows = await filtered(db, filter).leftJoin('users', 'users.id', 'audit_events.user_id')
    .selectAll('audit_events').select('users.display_name')
    .orderBy('audit_events.id').limit(filter.limit ?? 10_000).offset(filter.offset ?? 0).execute();
  return rows.map((r) => ({
    id: r.id, at: r.at, userId: r.user_id, userName: r.display_name ?? null, action: r.action, entity: r.entity, entityId: r.entity_id,
    submissionId: r.submission_id, oldValue: r.old_value === null ? null : JSON.parse(r.old_value),
    newValue: r.new_value === null ? null : JSON.parse(r.new_value), comment: r.comment,
  }));
}

/** How many audit events a filter selects (paging ignored). */
export async function countAudit(db: Db, filter: AuditFilter = {}): Promise<number> {
  const row = await filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

function filtered(db: Db, filter: AuditFilter) {
  let q = db.selectFrom('audit_events');
  if (filter.entity) q = q.where('audit_events.entity', '=', filter.entity);
  if (filter.entities) {
    const entities = filter.entities;
    q = entities.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('audit_events.entity', 'in', entities);
  }
  if (filter.entityId) q = q.where('audit_events.entity_id', '=', filter.entityId);
  if (filter.submissionId !== undefined) q = q.where('audit_events.submission_id', '=', filter.submissionId);
  if (filter.action) q = q.where('audit_events.action', '=', filter.action);
  if (filter.actionPrefix) {
    q = q.where(sql<string>`substr(audit_events.action, 1, ${sql.lit(filter.actionPrefix.length)})`, '=', filter.actionPrefix);
  }
  return q;
}
