import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { listProgressTargets, recordAudit, upsertProgressTargets, type Db, type Store, type StoredProgressTarget } from '../../store/index.ts';
import { frameworkIndicatorOf, readCsvText, type ImportContext } from '../organisations-csv/index.ts';
import { ImportError, type ImportReport, type Reject } from '../reject-report.ts';
import { readTargets, TARGET_COLUMNS, type TargetRow } from './read-targets.ts';
import { columnOf, targetNumberProblems, targetScopeProblems } from './target-checks.ts';

/** What a target import did. All or nothing: when any row is bad, `written` is false and nothing was stored. */
export interface TargetImportReport extends ImportReport {
  file: string;
  written: boolean;
  /** Indicators with a target in the file. */
  indicators: number;
  /** Targets added or changed, and targets already stored as the file gives them. */
  changed: number;
  unchanged: number;
}

/**
 * Imports a national target CSV (see readTargets): each row inserts or replaces the national target of its
 * indicator and scope; targets not in the file stay. Every row is held to the target checks (targetNumberProblems,
 * targetScopeProblems): any problem rejects the file, each named by line and column. Writes one `progress-target.import` audit event (file as
 * comment, the targets before and after) when anything changed, so the same file imported again changes nothing.
 * Call inside a transaction: a bad row leaves every table unchanged.
 * @example await db.transaction().execute((trx) => importTargets(trx, text, { file: 'targets.csv', userId: 1, at: now }))
 *   // { file: 'targets.csv', rowsRead: 2, rowsStored: 2, rowsRejected: 0, rejects: [], written: true, indicators: 2 }
 */
export async function importTargets(trx: Db, text: string, context: ImportContext): Promise<TargetImportReport> {
  const result: TargetImportReport = { file: context.file, rowsRead: 0, rowsStored: 0, rowsRejected: 0, rejects: [], written: false, indicators: 0, changed: 0, unchanged: 0 };
  const indicatorOf = await frameworkIndicatorOf(trx);
  if (indicatorOf === null) {
    return { ...result, rejects: [{ file: context.file, line: 0, column: '', reason: 'no indicator framework is loaded: run `sdg-tracker init` first' }] };
  }
  const { items, report } = readTargets(text, context.file, indicatorOf);
  if (report.rejects.length > 0) return { ...result, ...report, rowsStored: 0, rowsRejected: report.rowsRead };
  const lines = readCsvText(text, context.file, TARGET_COLUMNS).rows.map((r) => r.line);
  const rejects: Reject[] = [];
  for (const [i, item] of items.entries()) {
    for (const p of [...targetNumberProblems(item), ...await targetScopeProblems(trx, item)]) {
      rejects.push({ file: context.file, line: lines[i] ?? 0, column: columnOf(p.field), reason: p.reason });
    }
  }
  if (rejects.length > 0) return { ...result, ...report, rejects, rowsStored: 0, rowsRejected: report.rowsRead };
  const before = new Map<string, TargetRow>();
  for (const indicatorId of new Set(items.map((i) => i.indicatorId))) {
    for (const stored of await listProgressTargets(trx, indicatorId)) {
      if (stored.source === 'national') before.set(scopeKey(stored), withoutStamp(stored));
    }
  }
  const changed = items.filter((item) => !isDeepStrictEqual(before.get(scopeKey(item)), item));
  if (changed.length > 0) {
    await upsertProgressTargets(trx, changed.map((item) => ({ ...item, updatedAt: context.at, updatedBy: context.userId })));
    await recordAudit(trx, [{
      at: context.at, userId: context.userId, action: 'progress-target.import', entity: 'progress_target', entityId: '*',
      oldValue: { targets: changed.flatMap((item) => before.get(scopeKey(item)) ?? []) }, newValue: { targets: changed }, comment: context.file,
    }]);
  }
  return {
    ...result, ...report, written: true, indicators: new Set(items.map((i) => i.indicatorId)).size,
    changed: changed.length, unchanged: items.length - changed.length,
  };
}

function scopeKey(t: TargetRow): string {
  return JSON.stringify([t.indicatorId, t.series ?? '', t.unit ?? '', t.area ?? '', Object.entries(t.dimensions).sort()]);
}

/** A stored target as a file row gives it, for comparison (milestone keys as strings, as JSON gives them back). */
function withoutStamp({ updatedAt: _at, updatedBy: _by, ...row }: StoredProgressTarget): TargetRow {
  return row;
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
