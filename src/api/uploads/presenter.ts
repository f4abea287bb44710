import type { LabelledObservation, Observation } from '../../domain/index.ts';
import { canConfirm, keyOf, type UploadOutcome } from '../../workflow/uploads/index.ts';

/** An observation as the upload answer shows it: `{ key, series, area, timePeriod, periodKind, dimensions, value, unit, unitMult, attributes }`. */
export function presentObservation(o: Observation): LabelledObservation & { key: string; periodKind: string } {
  return {
    key: keyOf(o), series: o.series, area: o.area, timePeriod: o.period.label, periodKind: o.period.kind, dimensions: { ...o.dimensions },
    value: o.value, unit: o.unit, unitMult: o.unitMult, attributes: { ...o.attributes },
  };
}

/** The `data` of an upload answer (see uploadResponse): the plan's public fields, without the draft changes themselves. */
export function presentUpload({ plan, committed }: UploadOutcome): {
  submissionId: number; indicatorId: string; mode: 'replace' | 'merge'; dryRun: boolean; committed: boolean; file: string;
  format: UploadOutcome['plan']['format']; sheet: string | null; rowsRead: number; counts: UploadOutcome['plan']['counts'];
  added: { row: number; observation: ReturnType<typeof presentObservation> }[];
  changed: { row: number; before: ReturnType<typeof presentObservation>; after: ReturnType<typeof presentObservation> }[];
  deleted: { observation: ReturnType<typeof presentObservation> }[];
  issues: UploadOutcome['plan']['issues']; canConfirm: boolean; digest: string;
} {
  return {
    submissionId: plan.submissionId, indicatorId: plan.indicatorId, mode: plan.mode, dryRun: !committed, committed, file: plan.file,
    format: plan.format, sheet: plan.sheet, rowsRead: plan.rowsRead, counts: plan.counts,
    added: plan.added.map((a) => ({ row: a.row, observation: presentObservation(a.after) })),
    changed: plan.changed.map((c) => ({ row: c.row, before: presentObservation(c.before), after: presentObservation(c.after) })),
    deleted: plan.deleted.map((d) => ({ observation: presentObservation(d.before) })),
    issues: plan.issues.map(({ severity, file, sheet, row, column, reason }) => ({ severity, file, sheet, row, column, reason })),
    canConfirm: canConfirm(plan), digest: plan.digest,
  };
}
