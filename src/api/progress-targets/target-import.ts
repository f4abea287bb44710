import { frameworkIndicatorOf, readCsvText } from '../../ingest/organisations-csv/index.ts';
import type { Reject } from '../../ingest/reject-report.ts';
import {
  columnOf, importTargets, readTargets, TARGET_COLUMNS, targetNumberProblems, targetScopeProblems, type TargetRow,
} from '../../ingest/targets-csv/index.ts';
import { listProgressTargets, type Db, type StoredProgressTarget } from '../../store/index.ts';
import { ApiError } from '../errors.ts';
import { presentTarget, sameScope, type PresentedTarget } from './presenter.ts';

/** What one row of a target file does: adds a target for a new scope, changes the stored one, or leaves it as it is. */
export interface TargetChange {
  line: number;
  indicator: string;
  action: 'add' | 'change' | 'unchanged';
  before: PresentedTarget | null;
  after: PresentedTarget;
}

/** What a target file would do (dry run) or did. */
export interface TargetImportPlan {
  file: string;
  dryRun: boolean;
  written: boolean;
  rowsRead: number;
  indicators: number;
  added: number;
  changed: number;
  unchanged: number;
  targets: TargetChange[];
}

/**
 * Checks a national target CSV (the layout readTargets reads) and, unless `dryRun`, writes it with importTargets in
 * the caller's transaction (audited `progress-target.import`). Beyond what the file reader checks, each row is held
 * to the checks of a single target (targetNumberProblems, targetScopeProblems: years, the way from the baseline, the
 * natural limit, series, area, dimension codes and unit). Every problem of the file is reported in one pass.
 * @throws ApiError VALIDATION_FAILED with every reject `{ file, line, column, reason }` (nothing written);
 *   NOT_INITIALISED without a framework.
 * @example await planTargetImport(trx, 'indicator,direction,target_year,target_value\n3.2.1,decrease,2030,25\n',
 *   { file: 't.csv', userId: 1, at, dryRun: true }) // { added: 1, changed: 0, written: false, targets: [{ line: 2, … }] }
 */
export async function planTargetImport(
  trx: Db, text: string, context: { file: string; userId: number; at: string; dryRun: boolean },
): Promise<TargetImportPlan> {
  const { file } = context;
  const indicatorOf = await frameworkIndicatorOf(trx);
  if (indicatorOf === null) throw new ApiError('NOT_INITIALISED', 'the database holds no framework yet: run `sdg-tracker init`');
  const { items, report } = readTargets(text, file, indicatorOf);
  const readable = readCsvText(text, file, TARGET_COLUMNS);
  if (readable.problem) throw refused(file, report.rowsRead, report.rejects);
  // The reader gives one item per row it took, in file order: the rows without a reject of their own line.
  const rejectedLines = new Set(report.rejects.map((r) => r.line));
  const lines = readable.rows.map((r) => r.line).filter((line) => !rejectedLines.has(line));
  const rejects: Reject[] = [...report.rejects];
  for (const [i, item] of items.entries()) {
    const fields = { ...item };
    for (const p of [...targetNumberProblems(fields), ...await targetScopeProblems(trx, fields)]) {
      rejects.push({ file, line: lines[i] ?? 0, column: columnOf(p.field), reason: p.reason });
    }
  }
  // Every problem of the file at once, in line order (a row's problems in the order they were found).
  rejects.sort((a, b) => a.line - b.line);
  if (rejects.length > 0) throw refused(file, report.rowsRead, rejects);

  const stored = new Map<string, StoredProgressTarget[]>();
  for (const id of new Set(items.map((i) => i.indicatorId))) stored.set(id, (await listProgressTargets(trx, id)).filter((t) => t.source === 'national'));
  const targets = items.map((item, i): TargetChange => {
    const before = stored.get(item.indicatorId)!.find((t) => sameScope(t, item)) ?? null;
    const after = presentTarget({ ...item, updatedAt: context.at, updatedBy: context.userId });
    const action = before === null ? 'add' : sameValues(before, item) ? 'unchanged' : 'change';
    return { line: lines[i] ?? 0, indicator: item.indicatorId, action, before: before && presentTarget(before), after: action === 'unchanged' ? presentTarget(before!) : after };
  });
  let written = false;
  if (!context.dryRun) {
    const result = await importTargets(trx, text, { file, userId: context.userId, at: context.at });
    if (result.rejects.length > 0) throw refused(file, result.rowsRead, result.rejects);
    written = result.written;
  }
  const count = (action: TargetChange['action']) => targets.filter((t) => t.action === action).length;
  return {
    file, dryRun: context.dryRun, written, rowsRead: report.rowsRead, indicators: new Set(items.map((i) => i.indicatorId)).size,
    added: count('add'), changed: count('change'), unchanged: count('unchanged'), targets,
  };
}

function sameValues(stored: StoredProgressTarget, row: TargetRow): boolean {
  const a = presentTarget(stored);
  const b = presentTarget({ ...row, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy });
  return JSON.stringify(a) === JSON.stringify(b);
}

/** VALIDATION_FAILED naming how many rows are bad and the first reason; `details` every reject. */
function refused(file: string, rowsRead: number, rejects: Reject[]): ApiError {
  const rows = new Set(rejects.filter((r) => r.line > 0).map((r) => r.line)).size;
  const what = rows > 0 ? `${rows} of ${rowsRead} rows of ${file} are not valid` : `${file} cannot be read`;
  return new ApiError('VALIDATION_FAILED', `${what}: nothing was imported (${rejects[0]!.reason}${rejects.length > 1 ? ', …' : ''})`, rejects);
}
