import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { recordAudit, upsertProgressTargets, type Db, type Store } from '../../store/index.ts';
import { frameworkIndicatorOf, type ImportContext } from '../organisations-csv/index.ts';
import { ImportError, type ImportReport } from '../reject-report.ts';
import { readTargets } from './read-targets.ts';

/** What a target import did. All or nothing: when any row is bad, `written` is false and nothing was stored. */
export interface TargetImportReport extends ImportReport {
  file: string;
  written: boolean;
  /** Indicators with a target in the file. */
  indicators: number;
}

/**
 * Imports a national target CSV (see readTargets): each row inserts or replaces the national target of its
 * indicator and scope; targets not in the file stay. Writes one `progress-target.import` audit event (file as
 * comment, the targets as new value). Call inside a transaction: a bad row leaves every table unchanged.
 * @example await db.transaction().execute((trx) => importTargets(trx, text, { file: 'targets.csv', userId: 1, at: now }))
 *   // { file: 'targets.csv', rowsRead: 2, rowsStored: 2, rowsRejected: 0, rejects: [], written: true, indicators: 2 }
 */
export async function importTargets(trx: Db, text: string, context: ImportContext): Promise<TargetImportReport> {
  const result: TargetImportReport = { file: context.file, rowsRead: 0, rowsStored: 0, rowsRejected: 0, rejects: [], written: false, indicators: 0 };
  const indicatorOf = await frameworkIndicatorOf(trx);
  if (indicatorOf === null) {
    return { ...result, rejects: [{ file: context.file, line: 0, column: '', reason: 'no indicator framework is loaded: run `sdg-tracker init` first' }] };
  }
  const { items, report } = readTargets(text, context.file, indicatorOf);
  if (report.rejects.length > 0) return { ...result, ...report, rowsStored: 0, rowsRejected: report.rowsRead };
  await upsertProgressTargets(trx, items.map((item) => ({ ...item, updatedAt: context.at, updatedBy: context.userId })));
  await recordAudit(trx, [{
    at: context.at, userId: context.userId, action: 'progress-target.import', entity: 'progress_target', entityId: '*',
    newValue: { targets: items }, comment: context.file,
  }]);
  return { ...result, ...report, written: true, indicators: new Set(items.map((i) => i.indicatorId)).size };
}

/**
 * Imports a target CSV file in one transaction of its own; rejects name the file by its base name.
 * @throws ImportError when the file does not exist.
 */
export async function importTargetsFile(store: Store, path: string, userId: number | null = null): Promise<TargetImportReport> {
  if (!existsSync(path)) throw new ImportError(path, 'file does not exist');
  const text = readFileSync(path, 'utf8');
  return store.db.transaction().execute((trx) => importTargets(trx, text, { file: basename(path), userId, at: new Date().toISOString() }));
}
