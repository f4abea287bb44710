import type { UserRole } from '../../domain/index.ts';
import type { StoredAuditEvent } from '../../store/index.ts';

/**
 * What of the audit trail a role reads. Admins read every event as stored. Everyone else reads the events about
 * data, submissions and the data set-up (the entities below), never the `user.*` events (log-ins with their
 * addresses, failed log-ins with the typed names, accounts with their e-mails), and any personal field an event
 * value may hold ({@link PERSONAL_FIELDS}) is left out.
 */

/** The entities whose events every reader of the audit trail sees; a new entity stays admin-only until listed here. */
export const SHARED_AUDIT_ENTITIES = [
  'observation', 'draft_value', 'submission', 'indicator', 'validation_rule', 'responsibility', 'organisation',
  'progress_target', 'setting',
] as const;

/** Keys of event values that name or locate a person, shown to admins only: `ip`, `email`, `userAgent`. */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['ip', 'email', 'userAgent']);

/** Whether a role reads the whole audit trail with personal fields (admins) or the shared part without them. */
export type AuditReader = 'admin' | 'shared';

/** The audit reader a role is: `auditReaderOf('admin')` → 'admin', any other role → 'shared'. */
export function auditReaderOf(role: UserRole): AuditReader {
  return role === 'admin' ? 'admin' : 'shared';
}

/** The entities a reader's audit list is limited to: undefined (all) for admins, SHARED_AUDIT_ENTITIES otherwise. */
export function auditEntitiesFor(reader: AuditReader): readonly string[] | undefined {
  return reader === 'admin' ? undefined : SHARED_AUDIT_ENTITIES;
}

/**
 * An audit event as the API answers it to a reader: `{ id, at, userId, user, action, entity, entityId, old, new,
 * submissionId, comment }`; for a shared reader the old and new values lose every personal field, at any depth.
 * @example presentEvent({ …, action: 'organisation.update', newValue: { name: 'BBS', email: 'a@b.gov' } }, 'shared').new
 * // { name: 'BBS' }
 */
export function presentEvent(e: StoredAuditEvent, reader: AuditReader) {
  const shown = (value: unknown): unknown => (reader === 'admin' ? value ?? null : withoutPersonalFields(value ?? null));
  return {
    id: e.id, at: e.at, userId: e.userId, user: e.userName ?? null, action: e.action, entity: e.entity, entityId: e.entityId,
    old: shown(e.oldValue), new: shown(e.newValue), submissionId: e.submissionId ?? null, comment: e.comment ?? null,
  };
}

function withoutPersonalFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPersonalFields);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !PERSONAL_FIELDS.has(k)).map(([k, v]) => [k, withoutPersonalFields(v)]));
}
