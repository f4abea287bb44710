import type { DraftChange, Observation } from '../../domain/index.ts';
import { matchKey, type UploadedObservation } from '../../ingest/upload/index.ts';
import { forEachInTurns } from '../validation/index.ts';
import { keyOf } from './plan-digest.ts';

/**
 * What an upload does to an indicator's data:
 * - `replace`: the file is the whole data of each series it holds, so the current values of those series that the
 *   file leaves out are deleted;
 * - `merge`: the file only adds and changes values.
 */
export type UploadMode = 'replace' | 'merge';
export const UPLOAD_MODES: readonly UploadMode[] = ['replace', 'merge'];

/**
 * A row that adds a value, one that changes a value (before → after), a value the file deletes; each with the
 * observation key (see keyOf) of the value it writes.
 */
export interface PlannedAddition { row: number; key: string; after: Observation }
export interface PlannedChange { row: number; key: string; before: Observation; after: Observation }
export interface PlannedDeletion { key: string; before: Observation }

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
 * A row equal to the current value (value, unit multiplier, attributes) is unchanged. Pure but for the turns it gives
 * the event loop (every few thousand rows): one pass over each list, keys looked up in maps.
 * @example await compareUpload([{ row: 2, observation: o2021 }], [published2021], [], 'merge') // { changed: [{ row: 2, key, before, after }], … }
 */
export async function compareUpload(rows: UploadedObservation[], published: Observation[], draft: DraftChange[], mode: UploadMode): Promise<Comparison> {
  const stored = new Map<string, Observation>();
  await forEachInTurns(published, (p) => {
    const key = matchKey(p);
    if (!stored.has(key)) stored.set(key, p);
  });
  const current = new Map(stored);
  await forEachInTurns(draft, (change) => {
    const key = matchKey(change.observation);
    if (change.op === 'delete') current.delete(key);
    else current.set(key, change.observation);
  });
  const result: Comparison = { added: [], changed: [], deleted: [], unchanged: 0, changes: [] };
  const seen = new Set<string>();
  const series = new Set<string>();
  await forEachInTurns(rows, ({ row, observation }) => {
    const key = matchKey(observation);
    seen.add(key);
    series.add(observation.series);
    const before = current.get(key);
    const after = { ...observation, dimensions: (before ?? stored.get(key))?.dimensions ?? observation.dimensions };
    if (!before) result.added.push({ row, key: keyOf(after), after });
    else if (sameValue(before, after)) result.unchanged++;
    else result.changed.push({ row, key: keyOf(after), before, after });
  });
  if (mode === 'replace') {
    await forEachInTurns(current, ([key, before]) => {
      if (series.has(before.series) && !seen.has(key)) result.deleted.push({ key: keyOf(before), before });
    });
  }
  for (const { after } of result.added) result.changes.push({ op: 'upsert', observation: after });
  for (const { after } of result.changed) result.changes.push({ op: 'upsert', observation: after });
  for (const { before } of result.deleted) result.changes.push({ op: 'delete', observation: before });
  return result;
}

/** Whether two observations of one key carry the same value, unit multiplier and attributes. */
export function sameValue(a: Observation, b: Observation): boolean {
  if (a.value !== b.value || (a.unitMult ?? null) !== (b.unitMult ?? null)) return false;
  const keys = Object.keys(a.attributes);
  return keys.length === Object.keys(b.attributes).length && keys.every((k) => a.attributes[k] === b.attributes[k]);
}
