import { sql } from 'kysely';
import { type Observation } from '../domain/index.ts';
import type { Db, Store } from './database.ts';
import { encodeDimensions } from './dimension-key.ts';
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

/** A domain observation as a table row (see {@link observationValues}). */
export function toObservationRow(o: Observation, sourceId: number): ObservationRow {
  const values = observationValues(o, sourceId);
  return Object.fromEntries(COLUMNS.map((c, i) => [c, values[i]])) as ObservationRow;
}

/**
 * Inserts observations of one data source. Call it inside the import's transaction (`trx`); on SQLite it uses one
 * prepared statement on the same connection, on PostgreSQL multi-row INSERTs of {@link BATCH} rows.
 * @throws the database error for a duplicate key (same series, area, period, dimensions, unit and source).
 */
export async function insertObservations(store: Store, trx: Db, sourceId: number, observations: Observation[]): Promise<void> {
  if (observations.length === 0) return;
  if (store.sqlite) {
    const statement = preparedInsert(store.sqlite);
    for (const o of observations) statement.run(observationValues(o, sourceId));
    return;
  }
  const rows = observations.map((o) => toObservationRow(o, sourceId));
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
    statement = sqlite.prepare(`INSERT INTO observations (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`) as InsertStatement;
    statements.set(sqlite, statement);
  }
  return statement;
}

/** Removes every observation of one data source (before it is imported again). Returns how many were removed. */
export async function deleteSourceObservations(trx: Db, sourceId: number): Promise<number> {
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
