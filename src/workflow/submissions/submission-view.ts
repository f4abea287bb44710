import type { Observation, ObservationKeyParts, ValidationIssue } from '../../domain/index.ts';
import {
  countDraftChanges, listAudit, listDraftChanges, observationKey, organisationNames, publishedByKeys, reopenedSubmissions, userNames,
  type Db, type Submission,
} from '../../store/index.ts';
import { forEachInTurns, nextTurn, ROWS_PER_TURN } from '../validation/index.ts';
import type { AuditedObservation } from './apply-changes.ts';
import { draftIssues } from './draft-checks.ts';
import type { WorkflowState } from './state-machine.ts';

/**
 * What the work pages show of submissions: a summary per submission (the queue), and one submission with a page of
 * its changes old → new, its issues and the steps of its life.
 */

/** Changes a detail lists when no page is asked for. */
export const CHANGES_PAGE = 500;
/** Issues a detail lists at most, errors first. */
export const LISTED_DRAFT_ISSUES = 1000;

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

/**
 * One submission: its summary, one page of its changes (in key order) with every issue of each, the steps of its life,
 * and the draft's issues now (none once approved): their counts, and the first {@link LISTED_DRAFT_ISSUES} of them,
 * errors before warnings, each severity in key order.
 */
export interface SubmissionDetail extends SubmissionSummary {
  changes: SubmissionChangeView[];
  /** Which changes `changes` holds: `limit` of `total` from `offset`. */
  changesPage: { total: number; offset: number; limit: number };
  events: SubmissionStep[];
  issues: ValidationIssue[];
  issueCounts: { errors: number; warnings: number };
  /** Whether changes or issues were left out of the lists. */
  truncated: { changes: boolean; issues: boolean };
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

/**
 * One submission with the changes of one page (in key order; the first {@link CHANGES_PAGE} by default), each with the
 * published value beside it and its issues, and the draft's issues (see {@link SubmissionDetail}). The whole draft is
 * validated for the counts, in turns of the event loop; only the page's changes are read in full and named.
 * @example await submissionDetail(db, submission, { offset: 500, limit: 500 }) // changes 501–1000, changesPage { total: 100000, offset: 500, limit: 500 }
 */
export async function submissionDetail(db: Db, submission: Submission, page = { offset: 0, limit: CHANGES_PAGE }): Promise<SubmissionDetail> {
  const [total, changes] = await Promise.all([countDraftChanges(db, submission.id), listDraftChanges(db, submission.id, {}, page)]);
  const [summary] = await summarise(db, [{ ...submission, changeCount: total }]);
  const approved = submission.state === 'approved';
  const keys = changes.map((c) => ({ ...c, timePeriod: c.period.label }));
  const [issues, steps, old] = await Promise.all([
    approved ? Promise.resolve([]) : draftIssues(db, submission.indicatorId, submission.id),
    listAudit(db, { submissionId: submission.id, actionPrefix: 'submission.' }),
    approved ? valuesBeforeApproval(db, submission.id, new Set(changes.map((c) => c.key))) : publishedValues(db, keys),
  ]);
  const names = await userNames(db, changes.map((c) => c.updatedBy));
  const issuesOf = new Map<string, ValidationIssue[]>(changes.map((c) => [c.key, []]));
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  let errorCount = 0;
  await forEachInTurns(issues, (i) => {
    issuesOf.get(i.key)?.push(i);
    if (i.severity === 'error') {
      errorCount++;
      if (errors.length < LISTED_DRAFT_ISSUES) errors.push(i);
    } else if (warnings.length < LISTED_DRAFT_ISSUES) {
      warnings.push(i);
    }
  });
  const listed = [...errors, ...warnings].slice(0, LISTED_DRAFT_ISSUES);
  return {
    ...summary!,
    changes: changes.map((c) => {
      const after: CellValue | null = c.op === 'delete' ? null : { value: c.value, unitMult: c.unitMult, attributes: c.attributes };
      return {
        id: c.id, op: c.op, key: c.key, observationId: c.observationId, series: c.series, area: c.area, timePeriod: c.period.label,
        dimensions: c.dimensions, unit: c.unit, old: old.has(c.key) ? old.get(c.key)! : approved ? after : null, new: after,
        warningComment: c.warningComment, revision: c.revision, updatedBy: names.get(c.updatedBy) ?? null, updatedAt: c.updatedAt,
        issues: issuesOf.get(c.key)!,
      };
    }),
    changesPage: { total, offset: page.offset, limit: page.limit },
    events: steps.map((e) => ({ action: e.action, at: e.at, user: e.userName ?? null, comment: e.comment ?? null })),
    issues: listed,
    issueCounts: { errors: errorCount, warnings: issues.length - errorCount },
    truncated: { changes: page.offset > 0 || page.offset + changes.length < total, issues: listed.length < issues.length },
  };
}

async function publishedValues(db: Db, keys: Parameters<typeof publishedByKeys>[1]): Promise<Map<string, CellValue | null>> {
  const published = await publishedByKeys(db, keys);
  return new Map([...published].map(([key, p]) => [key, { value: p.value, unitMult: p.unitMult, attributes: p.attributes }]));
}

/**
 * The published values an approval replaced for the keys wanted, from its audit events (null for an inserted value);
 * the events are read a page at a time with a turn of the event loop between pages.
 */
async function valuesBeforeApproval(db: Db, submissionId: number, wanted: Set<string>): Promise<Map<string, CellValue | null>> {
  const out = new Map<string, CellValue | null>();
  for (let offset = 0; out.size < wanted.size; offset += ROWS_PER_TURN) {
    const events = await listAudit(db, { submissionId, actionPrefix: 'observation.', offset, limit: ROWS_PER_TURN });
    for (const e of events) {
      const o = (e.oldValue ?? e.newValue) as AuditedObservation;
      const key = observationKey(o);
      if (!wanted.has(key)) continue;
      const before = e.oldValue as AuditedObservation | null;
      out.set(key, before ? { value: before.value, unitMult: before.unitMult, attributes: before.attributes } : null);
    }
    if (events.length < ROWS_PER_TURN) break;
    await nextTurn();
  }
  return out;
}
