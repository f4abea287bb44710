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

/** An audit event as stored, with its id and values parsed back from JSON. */
export interface StoredAuditEvent extends AuditEvent {
  id: number;
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

/** Audit events filtered by entity, entity id, submission or action, oldest first. */
export async function listAudit(
  db: Db,
  filter: { entity?: string; entityId?: string; submissionId?: number; action?: string; limit?: number; offset?: number } = {},
): Promise<StoredAuditEvent[]> {
  let q = db.selectFrom('audit_events').selectAll();
  if (filter.entity) q = q.where('entity', '=', filter.entity);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  if (filter.submissionId !== undefined) q = q.where('submission_id', '=', filter.submissionId);
  if (filter.action) q = q.where('action', '=', filter.action);
  const rows = await q.orderBy('id').limit(filter.limit ?? 10_000).offset(filter.offset ?? 0).execute();
  return rows.map((r) => ({
    id: r.id, at: r.at, userId: r.user_id, action: r.action, entity: r.entity, entityId: r.entity_id,
    submissionId: r.submission_id, oldValue: r.old_value === null ? null : JSON.parse(r.old_value),
    newValue: r.new_value === null ? null : JSON.parse(r.new_value), comment: r.comment,
  }));
}
