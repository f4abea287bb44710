import { createHash } from 'node:crypto';
import type { Observation } from '../../domain/index.ts';
import { observationKey } from '../../store/index.ts';
import { forEachInTurns } from '../validation/index.ts';
import type { Comparison, UploadMode } from './compare-upload.ts';

/**
 * The SHA-256 (hex) of an upload plan in canonical form: the JSON text of
 * `{ submissionId, indicatorId, mode, unchanged, added, changed, deleted }` with each addition `[key, after]`, change
 * `[key, before, after]` and deletion `[key, before]` sorted by observation key, each value as
 * `[value, unitMult, attributes sorted by ID]`. Row numbers, the file name and its format are left out, so the same
 * data in another layout or order has the same digest; a value someone changed in the draft since the dry run changes
 * it. The confirm request must send this digest back. The text is hashed entry by entry (never built whole), giving
 * the event loop a turn every few thousand entries.
 * @example await planDigest({ submissionId: 7, indicatorId: '3.2.1', mode: 'replace' }, comparison) // 'f3a1…' (64 hex digits)
 */
export async function planDigest(scope: { submissionId: number; indicatorId: string; mode: UploadMode }, c: Comparison): Promise<string> {
  const hash = createHash('sha256');
  const head = JSON.stringify({ submissionId: scope.submissionId, indicatorId: scope.indicatorId, mode: scope.mode, unchanged: c.unchanged });
  hash.update(head.slice(0, -1));
  const list = async <T extends { key: string }>(name: string, entries: T[], entry: (x: T) => unknown[]): Promise<void> => {
    hash.update(`,"${name}":[`);
    await forEachInTurns(sortedByKey(entries), (x, i) => {
      hash.update(`${i === 0 ? '' : ','}${JSON.stringify(entry(x))}`);
    });
    hash.update(']');
  };
  await list('added', c.added, (a) => [a.key, valueOf(a.after)]);
  await list('changed', c.changed, (x) => [x.key, valueOf(x.before), valueOf(x.after)]);
  await list('deleted', c.deleted, (d) => [d.key, valueOf(d.before)]);
  hash.update('}');
  return hash.digest('hex');
}

/** The observation key of an observation (see observationKey). */
export function keyOf(o: Observation): string {
  return observationKey({ series: o.series, area: o.area, timePeriod: o.period.label, dimensions: o.dimensions, unit: o.unit });
}

function valueOf(o: Observation): unknown[] {
  return [o.value, o.unitMult ?? null, Object.keys(o.attributes).sort().map((k) => [k, o.attributes[k]])];
}

function sortedByKey<T extends { key: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
