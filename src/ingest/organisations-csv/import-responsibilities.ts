import {
  activeFrameworkId, listListingRows, listOrganisations, recordAudit, replaceResponsibilities, responsibilityStatus,
  RESPONSIBILITY_STATUS_SETTING, setSettings, type Db, type ResponsibilityStatus,
} from '../../store/index.ts';
import type { ImportReport } from '../reject-report.ts';
import type { ImportContext } from './import-organisations.ts';
import { readResponsibilities } from './read-responsibilities.ts';

/**
 * What a responsibility import did. All or nothing: when any row is bad, `written` is false, the stored mapping and
 * its status are as they were, `rowsStored` is 0 and `rowsRejected` counts every row read.
 */
export interface ResponsibilityImportReport extends ImportReport {
  file: string;
  written: boolean;
  /** The mapping's status after the import (as before it when nothing was written). */
  status: ResponsibilityStatus;
  /** Indicator–organisation pairs added, removed, with another role, and as they were. */
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** Indicators with at least one responsible organisation after the import. */
  indicators: number;
}

/**
 * A lookup from any listing code of the active framework to its unique indicator id (`11.5.1` → `1.5.1`, `3.2.1` →
 * `3.2.1`); null when no framework is loaded.
 */
export async function frameworkIndicatorOf(db: Db): Promise<((code: string) => string | undefined) | null> {
  const frameworkId = await activeFrameworkId(db);
  if (frameworkId === null) return null;
  const listings = await listListingRows(db, frameworkId);
  const byCode = new Map(listings.map((l) => [l.code, l.indicator_id]));
  return (code) => byCode.get(code);
}

/**
 * Imports a responsibility CSV (see readResponsibilities) as the whole mapping: pairs missing from the file are
 * removed, others added or given their new role. Sets `responsibility_status` to `illustrative` when the file is an
 * example mapping (a bundle's, or `--illustrative`), else `official`. Writes one `responsibility.import` audit event
 * (file as comment; old status; new status with the pairs added, removed and changed) when anything changed, so the
 * same file imported again changes nothing. Call inside a transaction: a bad row leaves every table unchanged.
 * @example await db.transaction().execute((trx) => importResponsibilities(trx, text,
 *   { file: 'responsibilities.csv', userId: null, at: new Date().toISOString(), illustrative: true }))
 *   // { file: 'responsibilities.csv', rowsRead: 596, rowsStored: 596, …, written: true, status: 'illustrative', added: 596, removed: 0, changed: 0, unchanged: 0, indicators: 184 }
 */
export async function importResponsibilities(
  trx: Db, text: string, context: ImportContext & { illustrative: boolean },
): Promise<ResponsibilityImportReport> {
  const oldStatus = await responsibilityStatus(trx);
  const result = {
    file: context.file, rowsRead: 0, rowsStored: 0, rowsRejected: 0, rejects: [], written: false, status: oldStatus,
    added: 0, removed: 0, changed: 0, unchanged: 0, indicators: 0,
  } satisfies ResponsibilityImportReport;
  const indicatorOf = await frameworkIndicatorOf(trx);
  if (indicatorOf === null) {
    return { ...result, rejects: [{ file: context.file, line: 0, column: '', reason: 'no indicator framework is loaded: run `sdg-tracker init` first' }] };
  }
  const organisations = new Set((await listOrganisations(trx)).map((o) => o.id));
  const { items, report } = readResponsibilities(text, context.file, { indicatorOf, organisations });
  if (report.rejects.length > 0) return { ...result, ...report, rowsStored: 0, rowsRejected: report.rowsRead };

  const changes = await replaceResponsibilities(trx, items);
  const status: ResponsibilityStatus = context.illustrative ? 'illustrative' : 'official';
  if (status !== oldStatus) await setSettings(trx, { [RESPONSIBILITY_STATUS_SETTING]: status });
  if (status !== oldStatus || changes.added.length + changes.removed.length + changes.changed.length > 0) {
    await recordAudit(trx, [{
      at: context.at, userId: context.userId, action: 'responsibility.import', entity: 'responsibility', entityId: '*',
      oldValue: { status: oldStatus }, newValue: { status, added: changes.added, removed: changes.removed, changed: changes.changed },
      comment: context.file,
    }]);
  }
  return {
    ...result, ...report, written: true, status,
    added: changes.added.length, removed: changes.removed.length, changed: changes.changed.length, unchanged: changes.unchanged,
    indicators: new Set(items.map((i) => i.indicatorId)).size,
  };
}
