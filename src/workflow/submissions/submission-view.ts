import type { Observation, ObservationKeyParts, ValidationIssue } from '../../domain/index.ts';
import {
  listAudit, listDraftChanges, observationKey, organisationNames, publishedByKeys, reopenedSubmissions, userNames,
  type Db, type Submission,
} from '../../store/index.ts';
import type { AuditedObservation } from './apply-changes.ts';
import { validateSubmission } from './draft-issues.ts';
import type { WorkflowState } from './state-machine.ts';

/**
 * What the work pages show of submissions: a summary per submission (the queue), and one submission in full with its
 * changes old → new, its issues and the steps of its life.
 */

/** A submission in a list. Names are users' display names; every time is ISO 8601 UTC. */
export interface SubmissionSummary {
  id: number;
  indicatorId: string;
  organisationId: string;
  organisationName: string | null;
  /** `reopened` for an approved submission an admin has re-opened. */
  state: WorkflowState;
  revision: number;
  /** The reviewer's comment on the latest return or approval. */
  comment: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  reopenedAt: string | null;
  reopenedBy: string | null;
  changeCount: number;
}

/** A value with its unit multiplier and attributes. */
export interface CellValue extends Pick<Observation, 'unitMult' | 'attributes'> {
  value: number | null;
}

/** One change of a submission: the key, the value before (published; for an approved one, as it was) and after. */
export interface SubmissionChangeView extends ObservationKeyParts {
  id: number;
  op: 'upsert' | 'delete';
  key: string;
  observationId: number | null;
  old: CellValue | null;
  new: CellValue | null;
  warningComment: string | null;
  revision: number;
  updatedBy: string | null;
  updatedAt: string;
  issues: ValidationIssue[];
}

/** One step of a submission's life (`submission.open`, `submission.submit`, …). */
export interface SubmissionStep {
  action: string;
  at: string;
  user: string | null;
  comment: string | null;
}

export interface SubmissionDetail extends SubmissionSummary {
  changes: SubmissionChangeView[];
  events: SubmissionStep[];
  /** The draft's validation issues now (none once approved). */
  issues: ValidationIssue[];
}

/** Summaries of submissions (with their number of changes), names resolved. */
export async function summarise(db: Db, items: (Submission & { changeCount: number })[]): Promise<SubmissionSummary[]> {
  const [reopened, organisations] = await Promise.all([
    reopenedSubmissions(db, items.filter((s) => s.state === 'approved').map((s) => s.id)),
    organisationNames(db, items.map((s) => s.organisationId)),
  ]);
  const names = await userNames(db, items.flatMap((s) => [s.createdBy, s.submittedBy, s.decidedBy, reopened.get(s.id)?.by ?? null]));
  const name = (id: number | null | undefined): string | null => (id === null || id === undefined ? null : names.get(id) ?? null);
  return items.map((s) => {
    const reopen = reopened.get(s.id);
    return {
      id: s.id, indicatorId: s.indicatorId, organisationId: s.organisationId, organisationName: organisations.get(s.organisationId) ?? null,
      state: reopen ? 'reopened' : s.state, revision: s.revision, comment: s.comment, createdAt: s.createdAt, createdBy: name(s.createdBy),
      updatedAt: s.updatedAt, submittedAt: s.submittedAt, submittedBy: name(s.submittedBy), decidedAt: s.decidedAt,
      decidedBy: name(s.decidedBy), reopenedAt: reopen?.at ?? null, reopenedBy: name(reopen?.by), changeCount: s.changeCount,
    };
  });
}

/** One submission in full: summary, changes old → new with their issues, the draft's issues and the steps. */
export async function submissionDetail(db: Db, submission: Submission): Promise<SubmissionDetail> {
  const changes = await listDraftChanges(db, submission.id);
  const [summary] = await summarise(db, [{ ...submission, changeCount: changes.length }]);
  const approved = submission.state === 'approved';
  const [issues, steps, old] = await Promise.all([
    approved ? Promise.resolve([]) : validateSubmission(db, submission.indicatorId, submission.id),
    listAudit(db, { submissionId: submission.id, actionPrefix: 'submission.' }),
    approved ? valuesBeforeApproval(db, submission.id) : publishedValues(db, changes.map((c) => ({ ...c, timePeriod: c.period.label }))),
  ]);
  const names = await userNames(db, changes.map((c) => c.updatedBy));
  return {
    ...summary!,
    changes: changes.map((c) => {
      const after: CellValue | null = c.op === 'delete' ? null : { value: c.value, unitMult: c.unitMult, attributes: c.attributes };
      return {
        id: c.id, op: c.op, key: c.key, observationId: c.observationId, series: c.series, area: c.area, timePeriod: c.period.label,
        dimensions: c.dimensions, unit: c.unit, old: old.has(c.key) ? old.get(c.key)! : approved ? after : null, new: after,
        warningComment: c.warningComment, revision: c.revision, updatedBy: names.get(c.updatedBy) ?? null, updatedAt: c.updatedAt,
        issues: issues.filter((i) => i.key === c.key),
      };
    }),
    events: steps.map((e) => ({ action: e.action, at: e.at, user: e.userName ?? null, comment: e.comment ?? null })),
    issues,
  };
}

async function publishedValues(db: Db, keys: Parameters<typeof publishedByKeys>[1]): Promise<Map<string, CellValue | null>> {
  const published = await publishedByKeys(db, keys);
  return new Map([...published].map(([key, p]) => [key, { value: p.value, unitMult: p.unitMult, attributes: p.attributes }]));
}

/** The published values an approval replaced, by key, from its audit events (null for an inserted value). */
async function valuesBeforeApproval(db: Db, submissionId: number): Promise<Map<string, CellValue | null>> {
  const out = new Map<string, CellValue | null>();
  for (const e of await listAudit(db, { submissionId, actionPrefix: 'observation.' })) {
    const o = (e.oldValue ?? e.newValue) as AuditedObservation;
    const before = e.oldValue as AuditedObservation | null;
    out.set(observationKey(o), before ? { value: before.value, unitMult: before.unitMult, attributes: before.attributes } : null);
  }
  return out;
}
