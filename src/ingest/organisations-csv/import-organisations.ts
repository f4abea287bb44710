import {
  listOrganisations, recordAudit, saveOrganisations, type AuditEvent, type Db, type OrganisationInput, type StoredOrganisation,
} from '../../store/index.ts';
import type { ImportReport } from '../reject-report.ts';
import { parentsFirst } from './organisation-tree.ts';
import { readOrganisations } from './read-organisations.ts';

/** Who imports what, and when (every write of an import carries the same moment). */
export interface ImportContext {
  /** The name rejects carry, e.g. `organisations.csv`. */
  file: string;
  /** The signed-in user, or null for the command line and the country bundle. */
  userId: number | null;
  /** ISO 8601 UTC. */
  at: string;
}

/**
 * What an organisation import did. All or nothing: when any row is bad, `written` is false, nothing was written,
 * `rowsStored` is 0 and `rowsRejected` counts every row read; `rejects` names each problem.
 */
export interface OrganisationImportReport extends ImportReport {
  file: string;
  written: boolean;
  /** Ids of the organisations created and updated; organisations of the file that were already as it says. */
  created: string[];
  updated: string[];
  unchanged: number;
}

/**
 * Imports an organisation CSV (see readOrganisations) into the stored tree: creates the organisations that are new,
 * updates those that differ (parent, name, kind, place, names of the file's `name_<lang>` columns) and leaves the
 * others, including stored organisations the file does not name. Writes audit events `organisation.create` and
 * `organisation.update` (old and new value) and one `organisation.import` (file, counts) when anything changed, so
 * importing the same file again changes nothing. Call inside a transaction: a bad row leaves every table unchanged.
 * @example await db.transaction().execute((trx) => importOrganisations(trx, readFileSync('organisations.csv', 'utf8'),
 *   { file: 'organisations.csv', userId: null, at: new Date().toISOString() }))
 *   // { file: 'organisations.csv', rowsRead: 76, rowsStored: 76, rowsRejected: 0, rejects: [], written: true, created: ['PMO', …], updated: [], unchanged: 0 }
 */
export async function importOrganisations(trx: Db, text: string, context: ImportContext): Promise<OrganisationImportReport> {
  const stored = await listOrganisations(trx);
  const { organisations, languages, report } = readOrganisations(text, context.file, stored);
  const result: OrganisationImportReport = { file: context.file, ...report, written: false, created: [], updated: [], unchanged: 0 };
  if (report.rejects.length > 0) return { ...result, rowsStored: 0, rowsRejected: report.rowsRead };

  const before = new Map(stored.map((o) => [o.id, o]));
  const changed: OrganisationInput[] = [];
  const events: AuditEvent[] = [];
  for (const o of organisations) {
    const old = before.get(o.id);
    if (!old) {
      result.created.push(o.id);
      events.push(audit(context, 'organisation.create', o.id, null, organisationValue(o)));
    } else if (differs(old, o, languages)) {
      result.updated.push(o.id);
      events.push(audit(context, 'organisation.update', o.id, organisationValue(old), organisationValue(o)));
    } else {
      result.unchanged++;
      continue;
    }
    changed.push(o);
  }
  if (changed.length === 0) return { ...result, written: true };
  await saveOrganisations(trx, parentsFirst(changed), languages);
  events.push({
    ...audit(context, 'organisation.import', '*', null, { created: result.created.length, updated: result.updated.length, unchanged: result.unchanged }),
    comment: context.file,
  });
  await recordAudit(trx, events);
  return { ...result, written: true };
}

/** The public fields of an organisation, names sorted by language, as audit events keep them. */
export function organisationValue(o: OrganisationInput | StoredOrganisation): Record<string, unknown> {
  const names = Object.fromEntries(Object.entries(o.names ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { id: o.id, parent: o.parent, name: o.name, kind: o.kind, names };
}

function audit(context: ImportContext, action: string, id: string, oldValue: unknown, newValue: unknown): AuditEvent {
  return { at: context.at, userId: context.userId, action, entity: 'organisation', entityId: id, oldValue, newValue };
}

/** Whether the file's row says something else than the stored organisation (names only in the file's languages). */
function differs(old: StoredOrganisation, o: OrganisationInput, languages: string[]): boolean {
  return old.parent !== o.parent || old.name !== o.name || old.kind !== o.kind || old.sortOrder !== o.sortOrder
    || languages.some((lang) => (old.names[lang] ?? '') !== (o.names?.[lang] ?? ''));
}
