import type { DraftChange, Observation, TimePeriodKind } from '../domain/index.ts';
import type { Db } from './database.ts';
import { decodeDimensions, encodeDimensions } from './dimension-key.ts';
import { attributeColumns, attributesOf, recordsByKeys, rowKey, type KeyParts } from './observations.ts';
import type { Database } from './schema.ts';

/**
 * A draft's proposed change to one observation key, as stored. `op: 'upsert'` sets `value` and `attributes`;
 * `op: 'delete'` removes the published observation (its `value` is the one being removed). Example:
 * `{ id: 31, op: 'upsert', key: 'SH_DYN_MORT|050|2022||PER_1000_LIVE_BIRTHS', value: 26.1, revision: 2, … }`.
 */
export interface DraftChangeRecord extends Omit<Observation, 'value'> {
  id: number;
  submissionId: number;
  op: 'upsert' | 'delete';
  /** The published observation it changes when the change was saved, null for a new one. */
  observationId: number | null;
  key: string;
  /** Null for a delete. */
  value: number | null;
  warningComment: string | null;
  revision: number;
  updatedBy: number;
  updatedAt: string;
}

/** What a save writes for one key (the revision is managed by the store). */
export interface DraftChangeInput {
  op: 'upsert' | 'delete';
  observationId: number | null;
  change: DraftChange;
}

/**
 * The changes of a submission, optionally of one series and unit, in key order (series, area, dimensions, unit,
 * period); with `page`, only `limit` of them from `offset` in that order.
 * @example await listDraftChanges(db, 7, {}, { offset: 500, limit: 500 }) // the 501st to 1000th change
 */
export async function listDraftChanges(
  db: Db, submissionId: number, filter: { series?: string; unit?: string } = {}, page?: { offset: number; limit: number },
): Promise<DraftChangeRecord[]> {
  let q = db.selectFrom('submission_changes').selectAll().where('submission_id', '=', submissionId);
  if (filter.series !== undefined) q = q.where('series_code', '=', filter.series);
  if (filter.unit !== undefined) q = q.where('unit', '=', filter.unit);
  q = q.orderBy('series_code').orderBy('area_code').orderBy('dimensions').orderBy('unit').orderBy('period_start').orderBy('time_period');
  if (page) q = q.limit(page.limit).offset(page.offset);
  return (await q.execute()).map(toRecord);
}

/**
 * At most `limit` changes of a submission with an id above `afterId`, in id order: reads a large draft page by page
 * (see readInTurns in workflow/validation), `afterId` being the last id of the page before (0 for the first).
 */
export async function draftChangesAfter(db: Db, submissionId: number, afterId: number, limit: number): Promise<DraftChangeRecord[]> {
  const rows = await db.selectFrom('submission_changes').selectAll().where('submission_id', '=', submissionId).where('id', '>', afterId)
    .orderBy('id').limit(limit).execute();
  return rows.map(toRecord);
}

/** How many changes a submission holds. */
export async function countDraftChanges(db: Db, submissionId: number): Promise<number> {
  const row = await db.selectFrom('submission_changes').select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('submission_id', '=', submissionId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The dimension codes a submission's changes use, per series: series → dimension ID → codes. One row per distinct
 * series and dimension key is read, however many changes there are.
 * @example await draftDimensions(db, 7) // Map { 'SH_DYN_MORT' => Map { 'SEX' => Set { '_T', 'F' }, 'AGE' => Set { 'Y0T4' } } }
 */
export async function draftDimensions(db: Db, submissionId: number): Promise<Map<string, Map<string, Set<string>>>> {
  const rows = await db.selectFrom('submission_changes').select(['series_code', 'dimensions']).distinct()
    .where('submission_id', '=', submissionId).execute();
  const out = new Map<string, Map<string, Set<string>>>();
  for (const r of rows) {
    const of = out.get(r.series_code) ?? new Map<string, Set<string>>();
    for (const [id, code] of Object.entries(decodeDimensions(r.dimensions))) {
      const codes = of.get(id) ?? new Set<string>();
      codes.add(code);
      of.set(id, codes);
    }
    out.set(r.series_code, of);
  }
  return out;
}

/** The submission's changes for the given observation keys (see observationKey), by key (one change per key at most). */
export function draftChangesByKey(db: Db, submissionId: number, keys: KeyParts[]): Promise<Map<string, DraftChangeRecord>> {
  return recordsByKeys(keys, (series, periods) => db.selectFrom('submission_changes').selectAll().where('submission_id', '=', submissionId)
    .where('series_code', 'in', series).where('time_period', 'in', periods).execute(), toRecord);
}

/** One change by id within a submission, or undefined. */
export async function findDraftChange(db: Db, submissionId: number, id: number): Promise<DraftChangeRecord | undefined> {
  const row = await db.selectFrom('submission_changes').selectAll().where('submission_id', '=', submissionId).where('id', '=', id)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Inserts a change at revision 1; returns its id. */
export async function insertDraftChange(trx: Db, submissionId: number, input: DraftChangeInput, by: { userId: number; now: string }): Promise<number> {
  const row = await trx.insertInto('submission_changes')
    .values({ submission_id: submissionId, ...columns(input), revision: 1, updated_by: by.userId, updated_at: by.now })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Rewrites a change and bumps its revision; false when its revision is no longer `expectedRevision`. */
export async function updateDraftChange(trx: Db, id: number, expectedRevision: number, input: DraftChangeInput, by: { userId: number; now: string }): Promise<boolean> {
  const result = await trx.updateTable('submission_changes')
    .set({ ...columns(input), revision: expectedRevision + 1, updated_by: by.userId, updated_at: by.now })
    .where('id', '=', id).where('revision', '=', expectedRevision).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a change; false when it is gone or its revision is no longer `expectedRevision`. */
export async function deleteDraftChange(trx: Db, id: number, expectedRevision: number): Promise<boolean> {
  const result = await trx.deleteFrom('submission_changes').where('id', '=', id).where('revision', '=', expectedRevision).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * A stored change as the domain's DraftChange (for validation). A delete stores no value: pass the published value it
 * removes as `removedValue` (NaN when unknown).
 */
export function toDraftChange(r: DraftChangeRecord, removedValue?: number): DraftChange {
  return {
    op: r.op,
    observation: {
      series: r.series, area: r.area, period: r.period, dimensions: r.dimensions, value: r.value ?? removedValue ?? Number.NaN, unit: r.unit,
      unitMult: r.unitMult, attributes: r.attributes,
    },
    warningComment: r.warningComment,
  };
}

function columns(input: DraftChangeInput): Omit<Database['submission_changes'], 'id' | 'submission_id' | 'revision' | 'updated_by' | 'updated_at'> {
  const o = input.change.observation;
  return {
    op: input.op, observation_id: input.observationId, series_code: o.series, area_code: o.area, time_period: o.period.label,
    period_kind: o.period.kind, period_start: o.period.start, period_end: o.period.end, dimensions: encodeDimensions(o.dimensions),
    unit: o.unit, unit_mult: o.unitMult, value: input.op === 'delete' ? null : o.value, ...attributeColumns(o.attributes),
    warning_comment: input.change.warningComment ?? null,
  };
}

type ChangeRow = Omit<Database['submission_changes'], 'id' | 'revision'> & { id: number; revision: number };

function toRecord(r: ChangeRow): DraftChangeRecord {
  return {
    id: r.id, submissionId: r.submission_id, op: r.op as 'upsert' | 'delete', observationId: r.observation_id,
    key: rowKey(r),
    series: r.series_code, area: r.area_code,
    period: { kind: r.period_kind as TimePeriodKind, label: r.time_period, start: r.period_start, end: r.period_end },
    dimensions: decodeDimensions(r.dimensions), unit: r.unit, unitMult: r.unit_mult,
    value: r.value === null ? null : Number(r.value), attributes: attributesOf(r), warningComment: r.warning_comment,
    revision: r.revision, updatedBy: r.updated_by, updatedAt: r.updated_at,
  };
}

/** Sets the warning comments of a submission's changes by observation key, bumping each revision; returns how many changed. */
export async function setWarningComments(trx: Db, submissionId: number, comments: Map<string, string>, by: { userId: number; now: string }): Promise<number> {
  if (comments.size === 0) return 0;
  let changed = 0;
  for (const change of await listDraftChanges(trx, submissionId)) {
    const comment = comments.get(change.key);
    if (comment === undefined || comment === change.warningComment) continue;
    await trx.updateTable('submission_changes').set({ warning_comment: comment, revision: change.revision + 1, updated_by: by.userId, updated_at: by.now })
      .where('id', '=', change.id).execute();
    changed++;
  }
  return changed;
}
