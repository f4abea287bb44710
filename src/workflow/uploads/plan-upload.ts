import type { DraftChange, Observation } from '../../domain/index.ts';
import type { ParsedUpload, UploadFormat, UploadIssue } from '../../ingest/upload/index.ts';
import {
  indicatorsOfSeries, listDraftChanges, listPeriodLocks, publishedOfSeries, toDraftChange, type Db, type Submission,
} from '../../store/index.ts';
import { validateDraft } from '../validation/index.ts';
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
 * deletion). Reads only: call it inside the confirm's transaction to plan against what will be written.
 */
export async function planUpload(db: Db, input: { submission: Submission; parsed: ParsedUpload; mode: UploadMode }): Promise<UploadPlan> {
  const { submission, parsed, mode } = input;
  const series = [...new Set(parsed.observations.map((o) => o.observation.series))].sort();
  const published: Observation[] = [];
  for (const code of series) {
    for (const p of await publishedOfSeries(db, code)) {
      published.push({ series: p.series, area: p.area, period: p.period, dimensions: p.dimensions, value: p.value, unit: p.unit, unitMult: p.unitMult, attributes: p.attributes });
    }
  }
  const draftRecords = await listDraftChanges(db, submission.id);
  const draft = draftRecords.map((r) => toDraftChange(r));
  const comparison = compareUpload(parsed.observations, published, draft.filter((c) => series.includes(c.observation.series)), mode);

  const rowOf = new Map<string, number>();
  for (const x of [...comparison.added, ...comparison.changed]) rowOf.set(keyOf(x.after), x.row);
  const where = { file: parsed.file, sheet: parsed.sheet };
  const periodColumn = parsed.columns?.period ?? '';
  const valueColumn = parsed.columns?.value ?? '';

  const lockIssues: UploadIssue[] = [];
  const indicatorsBySeries = await indicatorsOfSeries(db, series);
  const locks = await listPeriodLocks(db, [...new Set([submission.indicatorId, ...[...indicatorsBySeries.values()].flat()])],
    [...new Set(comparison.changes.map((c) => c.observation.period.label))]);
  for (const change of comparison.changes) {
    const o = change.observation;
    const lock = locks.find((l) => l.timePeriod === o.period.label && (indicatorsBySeries.get(o.series) ?? [submission.indicatorId]).includes(l.indicatorId));
    if (!lock) continue;
    const row = rowOf.get(keyOf(o)) ?? 0;
    lockIssues.push({
      severity: 'error', ...where, row, column: row === 0 ? '' : periodColumn,
      reason: `locked period: ${o.period.label} of indicator ${lock.indicatorId} is locked by the approval of submission ${lock.submissionId}`
        + `${row === 0 ? ` (deleting ${keyOf(o)})` : ''}; an admin must re-open it first`,
    });
  }

  const touched = new Set(comparison.changes.map((c) => keyOf(c.observation)));
  const merged = [...draft.filter((c) => !touched.has(keyOf(c.observation))), ...comparison.changes];
  const findings = comparison.changes.length === 0 ? [] : await validateDraft(db, submission.indicatorId, merged);
  const ruleIssues: UploadIssue[] = findings.filter((f) => touched.has(f.key)).map((f) => {
    const row = rowOf.get(f.key) ?? 0;
    return { severity: f.severity, ...where, row, column: row === 0 ? '' : valueColumn, reason: `${f.kind}: ${f.message}${row === 0 ? ` (${f.key})` : ''}` };
  });

  const counts = { added: comparison.added.length, changed: comparison.changed.length, deleted: comparison.deleted.length, unchanged: comparison.unchanged };
  return {
    submissionId: submission.id, indicatorId: submission.indicatorId, mode, file: parsed.file, format: parsed.format, sheet: parsed.sheet,
    rowsRead: parsed.rowsRead, counts, added: comparison.added, changed: comparison.changed, deleted: comparison.deleted,
    issues: [...parsed.issues, ...lockIssues, ...ruleIssues], changes: comparison.changes,
    digest: planDigest({ submissionId: submission.id, indicatorId: submission.indicatorId, mode }, comparison),
  };
}

/** Whether a plan may be confirmed: it has no issue of severity `error`. */
export function canConfirm(plan: Pick<UploadPlan, 'issues'>): boolean {
  return !plan.issues.some((i) => i.severity === 'error');
}
