import type { DraftChange, Observation } from '../../domain/index.ts';
import { matchKey, type UploadedObservation } from '../../ingest/upload/index.ts';

/**
 * What an upload does to an indicator's data:
 * - `replace`: the file is the whole data of each series it holds, so the current values of those series that the
 *   file leaves out are deleted;
 * - `merge`: the file only adds and changes values.
 */
export type UploadMode = 'replace' | 'merge';
export const UPLOAD_MODES: readonly UploadMode[] = ['replace', 'merge'];

/** A row that adds a value, one that changes a value (before → after), a value the file deletes. */
export interface PlannedAddition { row: number; after: Observation }
export interface PlannedChange { row: number; before: Observation; after: Observation }
export interface PlannedDeletion { before: Observation }

/** The comparison of a file with the current values, and the draft changes that carry it out. */
export interface Comparison {
  added: PlannedAddition[];
  changed: PlannedChange[];
  deleted: PlannedDeletion[];
  unchanged: number;
  /** `upsert` for each addition and change, `delete` for each deletion, in that order. */
  changes: DraftChange[];
}

/**
 * Compares uploaded observations with the current values: the published observations with the draft's changes over
 * them (an `upsert` sets a key, a `delete` removes it). Keys match as matchKey says (a `_T` and an absent dimension are
 * the same), and a matched row takes the stored form of its key, so its draft change lands on the stored observation.
 * A row equal to the current value (value, unit multiplier, attributes) is unchanged. Pure.
 * @example compareUpload([{ row: 2, observation: o2021 }], [published2021], [], 'merge') // { changed: [{ row: 2, before, after }], … }
 */
export function compareUpload(rows: UploadedObservation[], published: Observation[], draft: DraftChange[], mode: UploadMode): Comparison {
  const stored = new Map<string, Observation>();
  for (const p of published) {
    const key = matchKey(p);
    if (!stored.has(key)) stored.set(key, p);
  }
  const current = new Map(stored);
  for (const change of draft) {
    const key = matchKey(change.observation);
    if (change.op === 'delete') current.delete(key);
    else current.set(key, change.observation);
  }
  const result: Comparison = { added: [], changed: [], deleted: [], unchanged: 0, changes: [] };
  const seen = new Set<string>();
  for (const { row, observation } of rows) {
    const key = matchKey(observation);
    seen.add(key);
    const before = current.get(key);
    const after = { ...observation, dimensions: (before ?? stored.get(key))?.dimensions ?? observation.dimensions };
    if (!before) result.added.push({ row, after });
    else if (sameValue(before, after)) result.unchanged++;
    else result.changed.push({ row, before, after });
  }
  if (mode === 'replace') {
    const series = new Set(rows.map((r) => r.observation.series));
    for (const [key, before] of current) {
      if (series.has(before.series) && !seen.has(key)) result.deleted.push({ before });
    }
  }
  result.changes = [
    ...result.added.map(({ after }) => ({ op: 'upsert' as const, observation: after })),
    ...result.changed.map(({ after }) => ({ op: 'upsert' as const, observation: after })),
    ...result.deleted.map(({ before }) => ({ op: 'delete' as const, observation: before })),
  ];
  return result;
}

/** Whether two observations of one key carry the same value, unit multiplier and attributes. */
export function sameValue(a: Observation, b: Observation): boolean {
  if (a.value !== b.value || (a.unitMult ?? null) !== (b.unitMult ?? null)) return false;
  const keys = Object.keys(a.attributes);
  return keys.length === Object.keys(b.attributes).length && keys.every((k) => a.attributes[k] === b.attributes[k]);
}
