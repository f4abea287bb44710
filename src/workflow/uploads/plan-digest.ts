import { createHash } from 'node:crypto';
import type { Observation } from '../../domain/index.ts';
import { observationKey } from '../../store/index.ts';
import type { Comparison, UploadMode } from './compare-upload.ts';

/**
 * The SHA-256 (hex) of an upload plan in canonical form: the submission, the indicator, the mode, the number of
 * unchanged values, and each addition (key, after), change (key, before, after) and deletion (key, before), sorted by
 * observation key, each value as `[value, unitMult, attributes sorted by ID]`. Row numbers, the file name and its
 * format are left out, so the same data in another layout or order has the same digest; a value someone changed in
 * the draft since the dry run changes it. The confirm request must send this digest back.
 * @example planDigest({ submissionId: 7, indicatorId: '3.2.1', mode: 'replace' }, comparison) // 'f3a1…' (64 hex digits)
 */
export function planDigest(scope: { submissionId: number; indicatorId: string; mode: UploadMode }, c: Comparison): string {
  const canonical = {
    ...scope,
    unchanged: c.unchanged,
    added: sortedByKey(c.added.map((a) => [keyOf(a.after), valueOf(a.after)])),
    changed: sortedByKey(c.changed.map((x) => [keyOf(x.after), valueOf(x.before), valueOf(x.after)])),
    deleted: sortedByKey(c.deleted.map((d) => [keyOf(d.before), valueOf(d.before)])),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** The observation key of an observation (see observationKey). */
export function keyOf(o: Observation): string {
  return observationKey({ series: o.series, area: o.area, timePeriod: o.period.label, dimensions: o.dimensions, unit: o.unit });
}

function valueOf(o: Observation): unknown[] {
  return [o.value, o.unitMult ?? null, Object.keys(o.attributes).sort().map((k) => [k, o.attributes[k]])];
}

function sortedByKey<T extends unknown[]>(entries: T[]): T[] {
  return entries.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
}
