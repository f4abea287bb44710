import type { DraftChange, Observation } from '../../domain/index.ts';
import type { ParsedUpload, UploadFormat, UploadIssue } from '../../ingest/upload/index.ts';
import {
  draftChangesAfter, indicatorsOfSeries, listPeriodLocks, publishedOfSeries, toDraftChange, type Db, type DraftChangeRecord, type PeriodLock,
  type Submission,
} from '../../store/index.ts';
import { forEachInTurns, readInTurns, validateDraft } from '../validation/index.ts';
import { compareUpload, type PlannedAddition, type PlannedChange, type PlannedDeletion, type UploadMode } from './compare-upload.ts';
import { keyOf, planDigest } from './plan-digest.ts';

/**
 * What an upload would do to a submission's draft, with everything that stands in its way. `issues` holds the
 * file's problems (see parseUpload), then locked periods, then the validation rules' findings on the values it
 * adds or changes; any issue of severity `error` refuses the confirm. `changes` are the draft changes a confirm writes.
 */
export interface UploadPlan {
  submissionId: number;
  indicatorId: string;
  mode: UploadMode;
  file: string;
  format: UploadFormat;
  sheet: string | null;
  rowsRead: number;
  counts: { added: number; changed: number; deleted: number; unchanged: number };
  added: PlannedAddition[];
  changed: PlannedChange[];
  deleted: PlannedDeletion[];
  issues: UploadIssue[];
  changes: DraftChange[];
  /** SHA-256 of the canonical plan (see planDigest). */
  digest: string;
}

/**
 * Plans a parsed upload against a submission: compares the file with the published values of the series it holds
 * and the submission's draft over them (see compareUpload), reports each change to a period an approval has locked
 * (of the indicator, or of another indicator the series measures), and checks the resulting draft with
 * validateDraft, keeping the issues of the values the upload touches, each placed on its file row (row 0 for a
 * deletion). Reads only: call it inside the confirm's transaction to plan against what will be written. Every step is
 * one pass over the rows with keys looked up in maps, and gives the event loop a turn every few thousand rows.
 */
export async function planUpload(db: Db, input: { submission: Submission; parsed: ParsedUpload; mode: UploadMode }): Promise<UploadPlan> {
  const { submission, parsed, mode } = input;
  const seriesOfFile = new Set<string>();
  for (const o of parsed.observations) seriesOfFile.add(o.observation.series);
  const series = [...seriesOfFile].sort();
  const published: Observation[] = [];
  for (const code of series) {
    await forEachInTurns(await publishedOfSeries(db, code), (p) => {
      published.push({ series: p.series, area: p.area, period: p.period, dimensions: p.dimensions, value: p.value, unit: p.unit, unitMult: p.unitMult, attributes: p.attributes });
    });
  }
  const draft = (await readInTurns<DraftChangeRecord>((last, limit) => draftChangesAfter(db, submission.id, last?.id ?? 0, limit)))
    .map((r) => toDraftChange(r));
  const comparison = await compareUpload(parsed.observations, published, draft.filter((c) => seriesOfFile.has(c.observation.series)), mode);
  const planned: { key: string; row?: number }[] = [...comparison.added, ...comparison.changed, ...comparison.deleted];
  const rowOf = new Map<string, number>();
  const touched = new Set<string>();
  await forEachInTurns(planned, (x) => {
    touched.add(x.key);
    if (x.row !== undefined) rowOf.set(x.key, x.row);
  });
  const where = { file: parsed.file, sheet: parsed.sheet };
  const periodColumn = parsed.columns?.period ?? '';
  const valueColumn = parsed.columns?.value ?? '';

  const lockIssues: UploadIssue[] = [];
  const indicatorsBySeries = await indicatorsOfSeries(db, series);
  const locks = locksByPeriod(await listPeriodLocks(db, [...new Set([submission.indicatorId, ...[...indicatorsBySeries.values()].flat()])],
    [...new Set(comparison.changes.map((c) => c.observation.period.label))]));
  if (locks.size > 0) {
    await forEachInTurns(comparison.changes, (change, i) => {
      const o = change.observation;
      const indicators = indicatorsBySeries.get(o.series) ?? [submission.indicatorId];
      const lock = locks.get(o.period.label)?.find((l) => indicators.includes(l.indicatorId));
      if (!lock) return;
      const key = planned[i]!.key;
      const row = rowOf.get(key) ?? 0;
      lockIssues.push({
        severity: 'error', ...where, row, column: row === 0 ? '' : periodColumn,
        reason: `locked period: ${o.period.label} of indicator ${lock.indicatorId} is locked by the approval of submission ${lock.submissionId}`
          + `${row === 0 ? ` (deleting ${key})` : ''}; an admin must re-open it first`,
      });
    });
  }

  const merged: DraftChange[] = [];
  await forEachInTurns(draft, (c) => {
    if (!touched.has(keyOf(c.observation))) merged.push(c);
  });
  for (const c of comparison.changes) merged.push(c);
  const findings = comparison.changes.length === 0 ? [] : await validateDraft(db, submission.indicatorId, merged);
  const ruleIssues: UploadIssue[] = [];
  await forEachInTurns(findings, (f) => {
    if (!touched.has(f.key)) return;
    const row = rowOf.get(f.key) ?? 0;
    ruleIssues.push({ severity: f.severity, ...where, row, column: row === 0 ? '' : valueColumn, reason: `${f.kind}: ${f.message}${row === 0 ? ` (${f.key})` : ''}` });
  });

  const counts = { added: comparison.added.length, changed: comparison.changed.length, deleted: comparison.deleted.length, unchanged: comparison.unchanged };
  return {
    submissionId: submission.id, indicatorId: submission.indicatorId, mode, file: parsed.file, format: parsed.format, sheet: parsed.sheet,
    rowsRead: parsed.rowsRead, counts, added: comparison.added, changed: comparison.changed, deleted: comparison.deleted,
    issues: [...parsed.issues, ...lockIssues, ...ruleIssues], changes: comparison.changes,
    digest: await planDigest({ submissionId: submission.id, indicatorId: submission.indicatorId, mode }, comparison),
  };
}

/** Whether a plan may be confirmed: it has no issue of severity `error`. */
export function canConfirm(plan: Pick<UploadPlan, 'issues'>): boolean {
  return !plan.issues.some((i) => i.severity === 'error');
}

/** The locks by period label, each period's in the order listed. */
function locksByPeriod(locks: PeriodLock[]): Map<string, PeriodLock[]> {
  const out = new Map<string, PeriodLock[]>();
  for (const lock of locks) {
    const of = out.get(lock.timePeriod);
    if (of) of.push(lock);
    else out.set(lock.timePeriod, [lock]);
  }
  return out;
}
