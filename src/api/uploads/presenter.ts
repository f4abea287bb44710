import type { LabelledObservation, Observation } from '../../domain/index.ts';
import { canConfirm, LISTED_ROWS, listIssues, type UploadOutcome } from '../../workflow/uploads/index.ts';

/** An observation as the upload answer shows it: `{ key, series, area, timePeriod, periodKind, dimensions, value, unit, unitMult, attributes }`. */
export function presentObservation(o: Observation, key: string): LabelledObservation & { key: string; periodKind: string } {
  return {
    key, series: o.series, area: o.area, timePeriod: o.period.label, periodKind: o.period.kind, dimensions: { ...o.dimensions },
    value: o.value, unit: o.unit, unitMult: o.unitMult, attributes: { ...o.attributes },
  };
}

type Presented = ReturnType<typeof presentObservation>;

/**
 * The `data` of an upload answer (see uploadResponse): the plan's public fields, without the draft changes themselves.
 * The counts cover the whole plan; `added`, `changed` and `deleted` list their first LISTED_ROWS rows and `issues`
 * the first LISTED_ISSUES issues, errors first, with `truncated` saying which lists were cut and `issueCounts` how
 * many issues there are of each severity.
 */
export function presentUpload({ plan, committed }: UploadOutcome): {
  submissionId: number; indicatorId: string; mode: 'replace' | 'merge'; dryRun: boolean; committed: boolean; file: string;
  format: UploadOutcome['plan']['format']; sheet: string | null; rowsRead: number; counts: UploadOutcome['plan']['counts'];
  issueCounts: { errors: number; warnings: number };
  truncated: { added: boolean; changed: boolean; deleted: boolean; issues: boolean };
  added: { row: number; observation: Presented }[];
  changed: { row: number; before: Presented; after: Presented }[];
  deleted: { observation: Presented }[];
  issues: UploadOutcome['plan']['issues']; canConfirm: boolean; digest: string;
} {
  const issues = listIssues(plan.issues);
  return {
    submissionId: plan.submissionId, indicatorId: plan.indicatorId, mode: plan.mode, dryRun: !committed, committed, file: plan.file,
    format: plan.format, sheet: plan.sheet, rowsRead: plan.rowsRead, counts: plan.counts, issueCounts: issues.counts,
    truncated: {
      added: plan.added.length > LISTED_ROWS, changed: plan.changed.length > LISTED_ROWS, deleted: plan.deleted.length > LISTED_ROWS,
      issues: issues.truncated,
    },
    added: plan.added.slice(0, LISTED_ROWS).map((a) => ({ row: a.row, observation: presentObservation(a.after, a.key) })),
    changed: plan.changed.slice(0, LISTED_ROWS).map((c) => ({ row: c.row, before: presentObservation(c.before, c.key), after: presentObservation(c.after, c.key) })),
    deleted: plan.deleted.slice(0, LISTED_ROWS).map((d) => ({ observation: presentObservation(d.before, d.key) })),
    issues: issues.listed.map(({ severity, file, sheet, row, column, reason }) => ({ severity, file, sheet, row, column, reason })),
    canConfirm: canConfirm(plan), digest: plan.digest,
  };
}
