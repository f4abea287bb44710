import type { LabelledObservation, Observation } from '../../domain/index.ts';
import {
  deleteObservationsById, insertPublishedObservations, listDraftChanges, moveToHistory, observationKey, organisationNames, publishedByKeys,
  recountSources, toDraftChange, updatePublishedObservation, upsertDimensions, upsertSource, type AuditEvent, type Db,
  type PublishedObservation, type Submission,
} from '../../store/index.ts';
import { checkDraftTargets } from './draft-targets.ts';
import { sameAsPublished } from './save-changes.ts';

/**
 * An observation as the audit trail records it (old and new value of `observation.insert|update|delete`): the key,
 * the value and every attribute. Replaying a submission's events over the data before it rebuilds the data after it.
 * Example: `{ series: 'SH_DYN_MORT', area: '050', timePeriod: '2021', dimensions: { SEX: 'F' }, unit: 'PER_1000_LIVE_BIRTHS',
 * unitMult: null, value: 25.2, attributes: { NATURE: 'E' } }`.
 */
export type AuditedObservation = LabelledObservation;

/** What an approval did to the published data. */
export interface AppliedChanges {
  inserted: number;
  updated: number;
  deleted: number;
  /** Changes equal to what was published by then (nothing written). */
  unchanged: number;
  /** The time periods the submission touched, sorted (the approval locks them). */
  periods: string[];
  events: AuditEvent[];
}

/**
 * Applies every change of a submission to `observations`, at `now`, inside the approval's transaction. Each change
 * finds the current observation of its key (from any source) as it is at approval: an upsert rewrites it (keeping its
 * source) or inserts a new one into the organisation's source `workflow:<organisation id>` (created on demand); a
 * delete removes it. Every replaced or deleted version moves to `observation_history` (valid until `now`, replaced by
 * this submission); new versions are public from `now`. Returns one audit event per changed value.
 * @throws ApiError INVALID_STATE when a period became locked, BAD_PARAMETER for a series or area gone since.
 */
export async function applyChanges(trx: Db, submission: Submission, actor: { userId: number; comment: string | null }, now: string): Promise<AppliedChanges> {
  const changes = await listDraftChanges(trx, submission.id);
  await checkDraftTargets(trx, submission.indicatorId, changes.map((c) => ({ series: c.series, area: c.area, period: c.period })));
  const published = await publishedByKeys(trx, changes.map((c) => ({ ...c, timePeriod: c.period.label })));
  const event = (action: string, id: number, oldValue: AuditedObservation | null, newValue: AuditedObservation | null): AuditEvent => ({
    at: now, userId: actor.userId, action, entity: 'observation', entityId: String(id), submissionId: submission.id, oldValue, newValue,
    comment: actor.comment,
  });

  const updates: { current: PublishedObservation; next: Observation }[] = [];
  const deletes: PublishedObservation[] = [];
  const inserts: Observation[] = [];
  let unchanged = 0;
  for (const change of changes) {
    const current = published.get(change.key);
    const next = toDraftChange(change, current?.value).observation;
    if (change.op === 'delete') {
      if (current) deletes.push(current);
      else unchanged++;
    } else if (!current) {
      inserts.push(next);
    } else if (sameAsPublished(toDraftChange(change), current)) {
      unchanged++;
    } else {
      updates.push({ current, next });
    }
  }

  const events: AuditEvent[] = [];
  await moveToHistory(trx, [...updates.map((u) => u.current.id), ...deletes.map((d) => d.id)], { validTo: now, submissionId: submission.id });
  for (const { current, next } of updates) {
    await updatePublishedObservation(trx, current.id, next, now);
    events.push(event('observation.update', current.id, audited(current), audited(next)));
  }
  await deleteObservationsById(trx, deletes.map((d) => d.id));
  for (const d of deletes) events.push(event('observation.delete', d.id, audited(d), null));
  const sources = [...updates.map((u) => u.current.sourceId), ...deletes.map((d) => d.sourceId)];
  if (inserts.length > 0) {
    const sourceId = await workflowSource(trx, submission.organisationId, now);
    const ids = await insertPublishedObservations(trx, sourceId, inserts, now);
    for (const o of inserts) events.push(event('observation.insert', ids.get(keyOfObservation(o))!, null, audited(o)));
    sources.push(sourceId);
    await upsertDimensions(trx, [...new Set(inserts.flatMap((o) => Object.keys(o.dimensions)))].map((id) => ({ id, name: id, isSdmx: false })));
  }
  await recountSources(trx, sources);
  return {
    inserted: inserts.length, updated: updates.length, deleted: deletes.length, unchanged,
    periods: [...new Set(changes.map((c) => c.period.label))].sort(), events,
  };
}

/** The id of the data source `workflow:<organisation id>` that holds values first published by approvals. */
async function workflowSource(trx: Db, organisationId: string, now: string): Promise<number> {
  const key = `workflow:${organisationId}`;
  const existing = await trx.selectFrom('data_sources').select('id').where('key', '=', key).executeTakeFirst();
  if (existing) return existing.id;
  const name = (await organisationNames(trx, [organisationId])).get(organisationId) ?? organisationId;
  return upsertSource(trx, { key, kind: 'workflow', title: `Approved submissions of ${name}` }, now);
}

/** An observation (current row or draft) as the audit trail records it. */
export function audited(o: { series: string; area: string; period: { label: string }; dimensions: Record<string, string>; unit: string; unitMult: number | null; value: number; attributes: Record<string, string> }): AuditedObservation {
  return {
    series: o.series, area: o.area, timePeriod: o.period.label, dimensions: o.dimensions, unit: o.unit, unitMult: o.unitMult,
    value: o.value, attributes: o.attributes,
  };
}

function keyOfObservation(o: Observation): string {
  return observationKey({ series: o.series, area: o.area, timePeriod: o.period.label, dimensions: o.dimensions, unit: o.unit });
}
