import { basename, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { listProgressTargets, recordAudit, upsertProgressTargets, type Db, type Store, type StoredProgressTarget } from '../../store/index.ts';
import { frameworkIndicatorOf } from '../organisations-csv/index.ts';
import type { ImportReport, Reject } from '../reject-report.ts';
import type { TargetRow } from '../targets-csv/index.ts';
import { readProgressOptions } from './read-progress-options.ts';

/**
 * What an import of Open SDG progress options did. All or nothing: with any reject, `written` is false and nothing
 * was stored; a dry run (`dryRun`) writes nothing either but counts what would change. `rowsRead` counts entries
 * (each `group` member once), `rowsStored` the targets they give, `rowsRejected` the entries with a reject (an entry
 * repeating an earlier one is neither, see `ignored`).
 */
export interface ProgressOptionsImportReport extends ImportReport {
  folder: string;
  dryRun: boolean;
  written: boolean;
  /** Indicators whose options were read. */
  indicators: number;
  /** Targets added or changed (or that would be, in a dry run), and targets already stored as the options give them. */
  changed: number;
  unchanged: number;
  /** Indicators with options Open SDG does not assess (`auto_progress_calculation` not true). */
  skipped: Reject[];
  /** Keys read but not stored, and why. */
  ignored: Reject[];
}

/** Who imports and when. */
export interface ProgressOptionsContext {
  userId: number | null;
  /** ISO 8601 UTC. */
  at: string;
  dryRun?: boolean;
}

/**
 * Imports the `progress_calculation_options` of an Open SDG data repository (see readProgressOptions) as national
 * targets: each inserts or replaces the national target of its indicator and scope; targets not named stay. Writes
 * one `progress-target.import` audit event (the folder name as comment, the targets before and after) when anything
 * changed, so the same folder imported again changes nothing. Call inside a transaction.
 * @example await db.transaction().execute((trx) => importProgressOptions(trx, 'sdg-data-canada', { userId: null, at }))
 *   // { folder: 'sdg-data-canada', rowsRead: 308, rowsStored: 301, written: true, indicators: 137, changed: 301, … }
 */
export async function importProgressOptions(trx: Db, folder: string, context: ProgressOptionsContext): Promise<ProgressOptionsImportReport> {
  const name = basename(resolve(folder));
  const dryRun = context.dryRun === true;
  const report: ProgressOptionsImportReport = {
    folder: name, dryRun, written: false, rowsRead: 0, rowsStored: 0, rowsRejected: 0, rejects: [], indicators: 0, changed: 0, unchanged: 0,
    skipped: [], ignored: [],
  };
  const indicatorOf = await frameworkIndicatorOf(trx);
  if (indicatorOf === null) {
    return { ...report, rejects: [{ file: name, line: 0, column: '', reason: 'no indicator framework is loaded: run `sdg-tracker init` first' }] };
  }
  const read = await readProgressOptions(folder, indicatorOf);
  Object.assign(report, { rowsRead: read.entries, indicators: read.indicators, skipped: read.skipped, ignored: read.ignored });
  if (read.rejects.length > 0) {
    return { ...report, rejects: read.rejects, rowsRejected: read.entriesRejected };
  }
  const items: TargetRow[] = read.items.map(({ file: _file, key: _key, ...row }) => row);
  const before = new Map<string, TargetRow>();
  for (const indicatorId of new Set(items.map((i) => i.indicatorId))) {
    for (const stored of await listProgressTargets(trx, indicatorId)) {
      if (stored.source === 'national') before.set(scopeKey(stored), withoutStamp(stored));
    }
  }
  const changed = items.filter((item) => !isDeepStrictEqual(before.get(scopeKey(item)), item));
  if (changed.length > 0 && !dryRun) {
    await upsertProgressTargets(trx, changed.map((item) => ({ ...item, updatedAt: context.at, updatedBy: context.userId })));
    await recordAudit(trx, [{
      at: context.at, userId: context.userId, action: 'progress-target.import', entity: 'progress_target', entityId: '*',
      oldValue: { targets: changed.flatMap((item) => before.get(scopeKey(item)) ?? []) }, newValue: { targets: changed }, comment: `opensdg:${name}`,
    }]);
  }
  return { ...report, rowsStored: items.length, written: !dryRun, changed: changed.length, unchanged: items.length - changed.length };
}

/**
 * Imports the options of the repository at `folder` in one transaction of its own.
 * @throws ImportError when the folder is not an Open SDG repository or a file cannot be read.
 */
export async function importProgressOptionsFolder(
  store: Store, folder: string, options: { userId?: number | null; dryRun?: boolean } = {},
): Promise<ProgressOptionsImportReport> {
  const context = { userId: options.userId ?? null, at: new Date().toISOString(), dryRun: options.dryRun === true };
  return store.db.transaction().execute((trx) => importProgressOptions(trx, folder, context));
}

function scopeKey(t: TargetRow): string {
  return JSON.stringify([t.indicatorId, t.series ?? '', t.unit ?? '', t.area ?? '', Object.entries(t.dimensions).sort()]);
}

/** A stored target as the options give it, for comparison. */
function withoutStamp({ updatedAt: _at, updatedBy: _by, ...row }: StoredProgressTarget): TargetRow {
  return row;
}
