import { sql } from 'kysely';
import type { LabelledObservation } from '../domain/index.ts';
import type { Db } from './database.ts';
import { decodeDimensions } from './dimension-key.ts';
import { attributesOf } from './observations.ts';
import type { Database } from './schema.ts';

/**
 * The published history: `observations` holds what is public now (since `valid_from`); every earlier version sits in
 * `observation_history` with the interval it was public, `valid_from <= t < valid_to`. Rows with `valid_from = ''`
 * were loaded before the published history began: a current one counts from its source's `imported_at`, a past one
 * from the beginning.
 */

/** The data columns both tables share, in one order. */
const DATA_COLUMNS = [
  'series_code', 'area_code', 'time_period', 'period_kind', 'period_start', 'period_end', 'dimensions', 'unit', 'unit_mult',
  'value', 'obs_status', 'nature', 'comment', 'attributes', 'source_id',
] as const;

const LIST = DATA_COLUMNS.join(', ');
const PREFIXED = DATA_COLUMNS.map((c) => `o.${c}`).join(', ');

/** Largest id list per statement (well under both engines' parameter limits). */
const CHUNK = 500;

/**
 * Moves the current versions of the given observations to the history, public until `validTo`, as replaced or deleted
 * by `submissionId` (null for an import). A current `valid_from` of '' becomes its source's `imported_at`. The rows
 * stay in `observations`: the caller updates or deletes them next.
 */
export async function moveToHistory(trx: Db, observationIds: number[], at: { validTo: string; submissionId: number | null }): Promise<void> {
  for (let i = 0; i < observationIds.length; i += CHUNK) {
    const ids = observationIds.slice(i, i + CHUNK);
    await sql`INSERT INTO observation_history (observation_id, ${sql.raw(LIST)}, valid_from, valid_to, submission_id)
      SELECT o.id, ${sql.raw(PREFIXED)}, CASE WHEN o.valid_from = '' THEN ds.imported_at ELSE o.valid_from END,
        ${at.validTo}, ${at.submissionId}
      FROM observations o JOIN data_sources ds ON ds.id = o.source_id
      WHERE o.id IN (${sql.join(ids)})`.execute(trx);
  }
}

/**
 * Moves every observation of a source to the history in one INSERT … SELECT, public until the source's (new)
 * `imported_at`: call it after upsertSource and before the source's rows are deleted and loaded again.
 */
export async function moveSourceToHistory(trx: Db, sourceId: number): Promise<void> {
  await sql`INSERT INTO observation_history (observation_id, ${sql.raw(LIST)}, valid_from, valid_to, submission_id)
    SELECT o.id, ${sql.raw(PREFIXED)}, o.valid_from, ds.imported_at, NULL
    FROM observations o JOIN data_sources ds ON ds.id = o.source_id
    WHERE o.source_id = ${sourceId}`.execute(trx);
}

/**
 * The observations as published at moment `at` (ISO 8601 UTC), as a derived table with the columns of
 * `observations` (`id` is the observation's id): current rows public since then, plus history rows public then.
 * Use it as `db.selectFrom(publishedAt(db, at).as('observations'))`.
 */
export function publishedAt(db: Db, at: string) {
  const current = db.selectFrom('observations').select(['id', ...DATA_COLUMNS])
    .where((eb) => eb.or([
      eb.and([eb('valid_from', '<>', ''), eb('valid_from', '<=', at)]),
      eb.and([eb('valid_from', '=', ''), eb('source_id', 'in', db.selectFrom('data_sources').select('id').where('imported_at', '<=', at))]),
    ]));
  const past = db.selectFrom('observation_history').select(['observation_id as id', ...DATA_COLUMNS])
    .where('valid_from', '<=', at).where('valid_to', '>', at);
  return current.unionAll(past);
}

/** One version of an observation and when it was public (`validTo` null for the current one). */
export interface ObservationVersion extends LabelledObservation {
  /** The row's id then: a re-import gives the same observation (key and source) a new id. */
  observationId: number;
  sourceId: number;
  /** ISO 8601 UTC, or '' when it was loaded before the published history began. */
  validFrom: string;
  validTo: string | null;
  /** The submission whose approval replaced or deleted this version (history only). */
  replacedBySubmission: number | null;
}

/**
 * Every version of one observation, oldest first, the current one (if it still exists) last. An observation is its
 * key (series, area, period, dimensions, unit) within its source, so the versions follow it across re-imports, which
 * give it a new id; `observationId` may be any of its ids. Empty when the id is unknown.
 */
export async function observationVersions(db: Db, observationId: number): Promise<ObservationVersion[]> {
  const anchor = await db.selectFrom('observations').select(KEY_COLUMNS).where('id', '=', observationId).executeTakeFirst()
    ?? await db.selectFrom('observation_history').select(KEY_COLUMNS).where('observation_id', '=', observationId)
      .orderBy('valid_to', 'desc').executeTakeFirst();
  if (!anchor) return [];
  const past = await db.selectFrom('observation_history').selectAll()
    .where('series_code', '=', anchor.series_code).where('area_code', '=', anchor.area_code).where('time_period', '=', anchor.time_period)
    .where('dimensions', '=', anchor.dimensions).where('unit', '=', anchor.unit).where('source_id', '=', anchor.source_id)
    .orderBy('valid_to').orderBy('id').execute();
  const current = await db.selectFrom('observations as o').innerJoin('data_sources as ds', 'ds.id', 'o.source_id')
    .selectAll('o').select('ds.imported_at')
    .where('o.series_code', '=', anchor.series_code).where('o.area_code', '=', anchor.area_code).where('o.time_period', '=', anchor.time_period)
    .where('o.dimensions', '=', anchor.dimensions).where('o.unit', '=', anchor.unit).where('o.source_id', '=', anchor.source_id)
    .executeTakeFirst();
  const versions: ObservationVersion[] = past.map((r) => ({
    ...version(r), observationId: r.observation_id, validFrom: r.valid_from, validTo: r.valid_to, replacedBySubmission: r.submission_id,
  }));
  if (current) {
    versions.push({ ...version(current), observationId: current.id, validFrom: current.valid_from || current.imported_at, validTo: null, replacedBySubmission: null });
  }
  return versions;
}

const KEY_COLUMNS = ['series_code', 'area_code', 'time_period', 'dimensions', 'unit', 'source_id'] as const;

/** The columns a version is read from, in `observations` and `observation_history` alike. */
type VersionRow = Omit<Database['observation_history'], 'id' | 'observation_id' | 'valid_from' | 'valid_to' | 'submission_id'>;

function version(r: VersionRow): Omit<ObservationVersion, 'observationId' | 'validFrom' | 'validTo' | 'replacedBySubmission'> {
  return {
    series: r.series_code, area: r.area_code, timePeriod: r.time_period, dimensions: decodeDimensions(r.dimensions), unit: r.unit,
    unitMult: r.unit_mult, value: Number(r.value), attributes: attributesOf(r), sourceId: r.source_id,
  };
}
