import type { DraftChange, ValidationIssue } from '../../domain/index.ts';
import { ApiError } from '../../api/errors.ts';
import {
  deleteDraftChange, draftChangesByKey, insertDraftChange, lockSubmission, observationKey, publishedByKeys, recordAudit,
  touchSubmission, updateDraftChange, userNames, type AuditEvent, type Db, type DraftChangeRecord, type PublishedObservation,
  type Submission, type User,
} from '../../store/index.ts';
import { draftIssues, refuseUnknownCodes } from './draft-checks.ts';
import { checkDraftTargets } from './draft-targets.ts';
import { loadCodeBook } from './load-code-book.ts';
import { actorFor, checkTransition, workflowState } from './permissions.ts';

/** What a save did to one observation key: the draft change as it now is (`op: 'none'` when no change remains). */
export interface SavedChange {
  key: string;
  changeId: number | null;
  op: 'upsert' | 'delete' | 'none';
  /** The change's revision now (0 when none remains): the `baseRevision` of the next save. */
  revision: number;
  observationId: number | null;
  value: number | null;
  unitMult: number | null;
  attributes: Record<string, string>;
  warningComment: string | null;
}

/** The answer of a save: the submission's new revision, each change as saved (in the order given), the draft's issues. */
export interface SaveResult {
  submission: { id: number; state: string; revision: number };
  changes: SavedChange[];
  issues: ValidationIssue[];
}

/** The current draft value of a key, as a conflict reports it (revision 0 and the published value when no change exists). */
export interface CurrentDraftValue {
  op: 'upsert' | 'delete' | null;
  value: number | null;
  unitMult: number | null;
  attributes: Record<string, string>;
  revision: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/**
 * Writes proposed changes into a draft (or returned) submission, all or nothing, inside the caller's transaction:
 * takes the submission's row lock, checks the user may edit it, that each series measures the indicator, each area
 * exists and no period is locked, that each upsert's breakdown, codes, unit and attributes are ones the indicator
 * knows (refuseUnknownCodes), and — when `baseRevisions` (observation key → revision the client saw, 0 = none) is
 * given — that nobody changed those keys since. An upsert equal to the published value, or a delete of a key that is
 * not published, removes the key's draft change instead. Bumps the submission's revision, records one audit event per
 * key (`draft.upsert`, `draft.delete`, `draft.revert`) and answers the whole draft's validation issues.
 * Used by `PUT /submissions/{id}/changes` and by confirmed uploads.
 * @throws ApiError NOT_FOUND, FORBIDDEN, INVALID_STATE (state, or a locked period naming the approval), CONFLICT
 * (details `{ key, current, conflicts }`), BAD_PARAMETER (a key twice, unknown series or area), VALIDATION_FAILED
 * (an unknown dimension, code, unit or attribute: details `{ problems }`, see refuseUnknownCodes).
 */
export async function saveDraftChanges(trx: Db, input: {
  submission: Submission | number; user: User; changes: DraftChange[]; baseRevisions?: Map<string, number>;
}): Promise<SaveResult> {
  const id = typeof input.submission === 'number' ? input.submission : input.submission.id;
  const submission = await lockSubmission(trx, id);
  if (!submission) throw new ApiError('NOT_FOUND', `no submission ${id}`);
  checkTransition(await workflowState(trx, submission), 'edit', await actorFor(trx, input.user, submission.indicatorId));

  const keyed = input.changes.map((change) => ({ change, key: keyOf(change) }));
  const seen = new Set<string>();
  for (const { key } of keyed) {
    if (seen.has(key)) throw new ApiError('BAD_PARAMETER', `parameter changes: the value ${key} is given twice`);
    seen.add(key);
  }
  await checkDraftTargets(trx, submission.indicatorId, input.changes.map((c) => c.observation));
  const book = await loadCodeBook(trx, submission.indicatorId);
  refuseUnknownCodes(book, input.changes);
  const parts = input.changes.map((c) => keyParts(c));
  const [drafts, published] = await Promise.all([draftChangesByKey(trx, submission.id, parts), publishedByKeys(trx, parts)]);
  if (input.baseRevisions) await checkConflicts(trx, keyed.map((k) => k.key), input.baseRevisions, drafts, published);

  const now = new Date().toISOString();
  const by = { userId: input.user.id, now };
  const saved: SavedChange[] = [];
  const events: AuditEvent[] = [];
  for (const { change, key } of keyed) {
    const draft = drafts.get(key);
    const current = published.get(key);
    const result = await writeOne(trx, submission.id, change, draft, current, by);
    saved.push({ key, ...result });
    const before = draft ? draftValue(draft) : null;
    const after = result.op === 'none' ? null : { op: result.op, value: result.value, unitMult: result.unitMult, attributes: result.attributes };
    if (before === null && after === null) continue;
    events.push({
      at: now, userId: input.user.id, action: after === null ? 'draft.revert' : `draft.${after.op}`, entity: 'draft_value',
      entityId: key, submissionId: submission.id, oldValue: before, newValue: after, comment: change.warningComment ?? null,
    });
  }
  const revision = await touchSubmission(trx, submission.id, now);
  await recordAudit(trx, events);
  const issues = await draftIssues(trx, submission.indicatorId, submission.id, book);
  return { submission: { id: submission.id, state: submission.state, revision }, changes: saved, issues };
}

/** One key: insert, rewrite or remove its draft change. */
async function writeOne(
  trx: Db, submissionId: number, change: DraftChange, draft: DraftChangeRecord | undefined, current: PublishedObservation | undefined,
  by: { userId: number; now: string },
): Promise<Omit<SavedChange, 'key'>> {
  const redundant = change.op === 'upsert' ? current !== undefined && sameAsPublished(change, current) : current === undefined;
  if (redundant) {
    if (draft && !(await deleteDraftChange(trx, draft.id, draft.revision))) throw staleWrite(draft.key);
    return { changeId: null, op: 'none', revision: 0, observationId: current?.id ?? null, value: current?.value ?? null,
      unitMult: current?.unitMult ?? null, attributes: current?.attributes ?? {}, warningComment: null };
  }
  const written: DraftChange = change.op === 'delete' && current
    ? { op: 'delete', observation: asObservation(current), warningComment: change.warningComment ?? null }
    : change;
  const row = { op: change.op, observationId: current?.id ?? null, change: written };
  let changeId: number;
  let revision: number;
  if (draft) {
    if (!(await updateDraftChange(trx, draft.id, draft.revision, row, by))) throw staleWrite(draft.key);
    changeId = draft.id;
    revision = draft.revision + 1;
  } else {
    changeId = await insertDraftChange(trx, submissionId, row, by);
    revision = 1;
  }
  return {
    changeId, op: change.op, revision, observationId: current?.id ?? null,
    value: change.op === 'delete' ? null : change.observation.value, unitMult: written.observation.unitMult,
    attributes: written.observation.attributes, warningComment: written.warningComment ?? null,
  };
}

/** @throws ApiError CONFLICT naming the first key whose draft revision is not the one the client saw. */
async function checkConflicts(
  db: Db, keys: string[], baseRevisions: Map<string, number>, drafts: Map<string, DraftChangeRecord>, published: Map<string, PublishedObservation>,
): Promise<void> {
  const stale = keys.filter((key) => baseRevisions.has(key) && baseRevisions.get(key) !== (drafts.get(key)?.revision ?? 0));
  if (stale.length === 0) return;
  const names = await userNames(db, stale.map((key) => drafts.get(key)?.updatedBy ?? null));
  const conflicts = stale.map((key) => ({ key, baseRevision: baseRevisions.get(key)!, current: currentValue(drafts.get(key), published.get(key), names) }));
  const first = conflicts[0]!;
  throw new ApiError('CONFLICT', `the value ${first.key} changed since revision ${first.baseRevision}: it is at revision ${first.current.revision}`
    + (first.current.updatedBy ? `, changed by ${first.current.updatedBy} at ${first.current.updatedAt}` : ''), {
    key: first.key, current: first.current, conflicts,
  });
}

function currentValue(draft: DraftChangeRecord | undefined, published: PublishedObservation | undefined, names: Map<number, string>): CurrentDraftValue {
  if (draft) {
    return { op: draft.op, value: draft.value, unitMult: draft.unitMult, attributes: draft.attributes, revision: draft.revision,
      updatedBy: names.get(draft.updatedBy) ?? null, updatedAt: draft.updatedAt };
  }
  return { op: null, value: published?.value ?? null, unitMult: published?.unitMult ?? null, attributes: published?.attributes ?? {},
    revision: 0, updatedBy: null, updatedAt: null };
}

/** Whether an upsert leaves the published observation as it is (value, unit multiplier, attributes). */
export function sameAsPublished(change: DraftChange, p: { value: number; unitMult: number | null; attributes: Record<string, string> }): boolean {
  const o = change.observation;
  return o.value === p.value && (o.unitMult ?? null) === (p.unitMult ?? null) && sameAttributes(o.attributes, p.attributes);
}

/** Attribute objects with the same entries, in any order. */
export function sameAttributes(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] === a[k]);
}

function draftValue(d: DraftChangeRecord): { op: string; value: number | null; unitMult: number | null; attributes: Record<string, string> } {
  return { op: d.op, value: d.value, unitMult: d.unitMult, attributes: d.attributes };
}

function asObservation(p: PublishedObservation): DraftChange['observation'] {
  return { series: p.series, area: p.area, period: p.period, dimensions: p.dimensions, value: p.value, unit: p.unit, unitMult: p.unitMult, attributes: p.attributes };
}

function keyParts(c: DraftChange): { series: string; area: string; timePeriod: string; dimensions: Record<string, string>; unit: string } {
  const o = c.observation;
  return { series: o.series, area: o.area, timePeriod: o.period.label, dimensions: o.dimensions, unit: o.unit };
}

/** The observation key of a draft change (see observationKey). */
export function keyOf(c: DraftChange): string {
  return observationKey(keyParts(c));
}

function staleWrite(key: string): ApiError {
  return new ApiError('CONFLICT', `the value ${key} changed while it was being saved; load it again`);
}
