import { sql } from 'kysely';
import type { Observation, ObservationKeyParts } from '../domain/index.ts';
import type { Db, Store } from './database.ts';
import { encodeDimensions } from './dimension-key.ts';
import { moveSourceToHistory } from './observation-history.ts';
import type { Database } from './schema.ts';

type ObservationRow = Omit<Database['observations'], 'id' | 'valid_from'>;

const COLUMNS = [
  'series_code', 'area_code', 'time_period', 'period_kind', 'period_start', 'period_end', 'dimensions', 'unit',
  'unit_mult', 'value', 'obs_status', 'nature', 'comment', 'attributes', 'source_id',
] as const satisfies readonly (keyof ObservationRow)[];

/** Rows per multi-row INSERT on PostgreSQL (15 parameters each, well under the 65,535 limit). */
const BATCH = 1000;

/**
 * A domain observation's column values, in {@link COLUMNS} order. OBS_STATUS, NATURE and COMMENT_OBS have their own
 * columns; every other attribute goes to the JSON `attributes` column.
 */
export function observationValues(o: Observation, sourceId: number): unknown[] {
  const a = o.attributes;
  let rest: Record<string, string> | null = null;
  for (const key in a) {
    if (key !== 'OBS_STATUS' && key !== 'NATURE' && key !== 'COMMENT_OBS') (rest ??= {})[key] = a[key]!;
  }
  return [
    o.series, o.area, o.period.label, o.period.kind, o.period.start, o.period.end, encodeDimensions(o.dimensions), o.unit,
    o.unitMult, o.value, a.OBS_STATUS ?? null, a.NATURE ?? null, a.COMMENT_OBS ?? null, rest ? JSON.stringify(rest) : null,
    sourceId,
  ];
}

/** The parts of an observation key, its dimensions as an object or as their stored key (see encodeDimensions). */
export type KeyParts = Omit<ObservationKeyParts, 'dimensions'> & { dimensions: ObservationKeyParts['dimensions'] | string };

/**
 * The identity of an observation across sources, drafts and history: series, area, period label, dimension key
 * (see encodeDimensions) and unit, joined by `|`. Dimensions may be given as an object or as their stored key.
 * @example observationKey({ series: 'SH_DYN_MORT', area: '050', timePeriod: '2021', dimensions: {}, unit: 'PER_1000' })
 * // 'SH_DYN_MORT|050|2021||PER_1000'
 */
export function observationKey(k: KeyParts): string {
  const dims = typeof k.dimensions === 'string' ? k.dimensions : encodeDimensions(k.dimensions);
  return `${k.series}|${k.area}|${k.timePeriod}|${dims}|${k.unit}`;
}

/** The observation key (see observationKey) of a stored row of `observations`, `observation_history` or `submission_changes`. */
export function rowKey(r: Pick<ObservationRow, 'series_code' | 'area_code' | 'time_period' | 'dimensions' | 'unit'>): string {
  return observationKey({ series: r.series_code, area: r.area_code, timePeriod: r.time_period, dimensions: r.dimensions, unit: r.unit });
}

/** Periods per statement of {@link recordsByKeys} (well under both engines' parameter limits). */
const PERIODS_PER_QUERY = 400;

/**
 * The records of the given observation keys, by key: `read(series, periods)` selects the candidate rows of some of
 * the keys' series and periods (in the order in which the first row of a key wins), `toRecord` maps a row to a record
 * carrying its key (see observationKey). The periods are read in chunks of 400.
 */
export async function recordsByKeys<Row, R extends { key: string }>(
  keys: KeyParts[], read: (series: string[], periods: string[]) => Promise<Row[]>, toRecord: (row: Row) => R,
): Promise<Map<string, R>> {
  const out = new Map<string, R>();
  if (keys.length === 0) return out;
  const wanted = new Set(keys.map(observationKey));
  const series = [...new Set(keys.map((k) => k.series))];
  const periods = [...new Set(keys.map((k) => k.timePeriod))];
  for (let i = 0; i < periods.length; i += PERIODS_PER_QUERY) {
    for (const row of await read(series, periods.slice(i, i + PERIODS_PER_QUERY))) {
      const record = toRecord(row);
      if (wanted.has(record.key) && !out.has(record.key)) out.set(record.key, record);
    }
  }
  return out;
}

/**
 * All attributes of a stored row as one object: OBS_STATUS, NATURE and COMMENT_OBS from their columns plus the JSON
 * `attributes` column. Inverse of the split in {@link observationValues}.
 * @example attributesOf({ obs_status: 'A', nature: null, comment: null, attributes: '{"SOURCE_DETAIL":"MICS"}' })
 * // { OBS_STATUS: 'A', SOURCE_DETAIL: 'MICS' }
 */
export function attributesOf(row: { obs_status: string | null; nature: string | null; comment: string | null; attributes: string | null }): Record<string, string> {
  const out: Record<string, string> = row.attributes ? { ...(JSON.parse(row.attributes) as Record<string, string>) } : {};
  if (row.obs_status !== null) out.OBS_STATUS = row.obs_status;
  if (row.nature !== null) out.NATURE = row.nature;
  if (row.comment !== null) out.COMMENT_OBS = row.comment;
  return out;
}

/** The attribute columns of a row for an attribute object (OBS_STATUS, NATURE, COMMENT_OBS apart, the rest as JSON). */
export function attributeColumns(a: Record<string, string>): { obs_status: string | null; nature: string | null; comment: string | null; attributes: string | null } {
  let rest: Record<string, string> | null = null;
  for (const key of Object.keys(a).sort()) {
    if (key !== 'OBS_STATUS' && key !== 'NATURE' && key !== 'COMMENT_OBS') (rest ??= {})[key] = a[key]!;
  }
  return { obs_status: a.OBS_STATUS ?? null, nature: a.NATURE ?? null, comment: a.COMMENT_OBS ?? null, attributes: rest ? JSON.stringify(rest) : null };
}

/** A domain observation as a table row (see {@link observationValues}). */
export function toObservationRow(o: Observation, sourceId: number): ObservationRow {
  const values = observationValues(o, sourceId);
  return Object.fromEntries(COLUMNS.map((c, i) => [c, values[i]])) as ObservationRow;
}

/**
 * Inserts observations of one data source. Call it inside the import's transaction (`trx`); on SQLite it uses one
 * prepared statement on the same connection, on PostgreSQL multi-row INSERTs of {@link BATCH} rows. Each row is
 * published from its source's `imported_at` (`valid_from`), so the published history stays exact across re-imports.
 * @throws the database error for a duplicate key (same series, area, period, dimensions, unit and source).
 */
export async function insertObservations(store: Store, trx: Db, sourceId: number, observations: Observation[]): Promise<void> {
  if (observations.length === 0) return;
  const validFrom = await importedAt(trx, sourceId);
  if (store.sqlite) {
    const statement = preparedInsert(store.sqlite);
    for (const o of observations) statement.run([...observationValues(o, sourceId), validFrom]);
    return;
  }
  const rows = observations.map((o) => ({ ...toObservationRow(o, sourceId), valid_from: validFrom }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx.insertInto('observations').values(rows.slice(i, i + BATCH)).execute();
  }
}

type InsertStatement = { run(values: unknown[]): unknown };
const statements = new WeakMap<object, InsertStatement>();

/** One prepared INSERT per connection; an array of values binds to its positional parameters. */
function preparedInsert(sqlite: NonNullable<Store['sqlite']>): InsertStatement {
  let statement = statements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare(`INSERT INTO observations (${COLUMNS.join(', ')}, valid_from) VALUES (${COLUMNS.map(() => '?').join(', ')}, ?)`) as InsertStatement;
    statements.set(sqlite, statement);
  }
  return statement;
}

/** The moment a source was (last) imported: one indexed read per call (a call carries hundreds of rows). */
async function importedAt(trx: Db, sourceId: number): Promise<string> {
  const row = await trx.selectFrom('data_sources').select('imported_at').where('id', '=', sourceId).executeTakeFirst();
  return row?.imported_at ?? '';
}

/**
 * Removes every observation of one data source (before it is imported again), first moving them to the published
 * history with `valid_to` = the source's new `imported_at` (one INSERT … SELECT). Call it after upsertSource.
 * Returns how many were removed.
 */
export async function deleteSourceObservations(trx: Db, sourceId: number): Promise<number> {
  await moveSourceToHistory(trx, sourceId);
  const result = await trx.deleteFrom('observations').where('source_id', '=', sourceId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Number of observations, all or of one source. */
export async function countObservations(db: Db, sourceId?: number): Promise<number> {
  let q = db.selectFrom('observations').select(sql<number>`count(*)`.as('n'));
  if (sourceId !== undefined) q = q.where('source_id', '=', sourceId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Inserts observations published at `validFrom` (an approval) into a source, in batches; returns their ids by
 * observation key (see observationKey).
 */
export async function insertPublishedObservations(trx: Db, sourceId: number, observations: Observation[], validFrom: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const rows = observations.map((o) => ({ ...toObservationRow(o, sourceId), valid_from: validFrom }));
  for (let i = 0; i < rows.length; i += BATCH) {
    const inserted = await trx.insertInto('observations').values(rows.slice(i, i + BATCH))
      .returning(['id', 'series_code', 'area_code', 'time_period', 'dimensions', 'unit']).execute();
    for (const r of inserted) {
      ids.set(rowKey(r), r.id);
    }
  }
  return ids;
}

/** Rewrites the value, unit multiplier and attributes of a current observation, public from `validFrom`. */
export async function updatePublishedObservation(trx: Db, id: number, o: Pick<Observation, 'value' | 'unitMult' | 'attributes'>, validFrom: string): Promise<void> {
  await trx.updateTable('observations').set({ value: o.value, unit_mult: o.unitMult, ...attributeColumns(o.attributes), valid_from: validFrom })
    .where('id', '=', id).execute();
}

/** Deletes current observations by id (move them to the history first). */
export async function deleteObservationsById(trx: Db, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) await trx.deleteFrom('observations').where('id', 'in', ids.slice(i, i + BATCH)).execute();
}

/** Sets each source's observation count to the rows it holds now. */
export async function recountSources(trx: Db, sourceIds: number[]): Promise<void> {
  for (const id of new Set(sourceIds)) {
    const n = await countObservations(trx, id);
    await trx.updateTable('data_sources').set({ observation_count: n }).where('id', '=', id).execute();
  }
}
