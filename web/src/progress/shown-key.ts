import type { Line } from '../indicator/lines.ts';
import type { ProgressKey } from './progress-types.ts';

/** The series key a chart shows when it draws one line: series, unit, area and every dimension's code. */
export interface ShownKey {
  series: string;
  unit: string;
  area: string;
  dimensions: Record<string, string>;
}

/**
 * The key of the one line a chart draws, read from its first observation; null when it draws several lines (a
 * comparison) or none, as progress is shown for one key at a time.
 * @example shownKey([{ key: '', categories: [], points: [{ series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: '050', dimensions: { AGE: 'Y0T4', SEX: 'F' }, … }] }])
 * // { series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: '050', dimensions: { AGE: 'Y0T4', SEX: 'F' } }
 */
export function shownKey(lines: readonly Line[]): ShownKey | null {
  if (lines.length !== 1) return null;
  const first = lines[0]!.points[0];
  if (!first) return null;
  return { series: first.series, unit: first.unit, area: first.area, dimensions: { ...first.dimensions } };
}

/** Whether a progress key is the shown key: same series, unit, area and the same code in every dimension. */
export function isShownKey(key: Pick<ProgressKey, 'series' | 'unit' | 'area' | 'dimensions'>, shown: ShownKey): boolean {
  if (key.series !== shown.series || key.unit !== shown.unit || key.area !== shown.area) return false;
  const ids = new Set([...Object.keys(key.dimensions), ...Object.keys(shown.dimensions)]);
  return [...ids].every((id) => (key.dimensions[id] ?? '_T') === (shown.dimensions[id] ?? '_T'));
}

/**
 * The `dimension` scope (`ID:code`) under which the progress routes hold the shown key: the one dimension whose code
 * differs from the series' total key in the country-wide answer; null when the shown key is that total, when no total
 * is there, or when more than one dimension differs (such a key is not assessed on its own).
 * @example scopeDimension({ …, dimensions: { AGE: 'Y0T4', SEX: 'F' } }, [{ …, dimensions: { AGE: 'Y0T4', SEX: '_T' } }]) // 'SEX:F'
 */
export function scopeDimension(shown: ShownKey, keys: readonly Pick<ProgressKey, 'series' | 'unit' | 'area' | 'dimensions'>[]): string | null {
  const total = keys.find((k) => k.series === shown.series && k.unit === shown.unit && k.area === shown.area);
  if (!total) return null;
  const ids = new Set([...Object.keys(total.dimensions), ...Object.keys(shown.dimensions)]);
  const differ = [...ids].filter((id) => (total.dimensions[id] ?? '_T') !== (shown.dimensions[id] ?? '_T'));
  if (differ.length !== 1) return null;
  const id = differ[0]!;
  const code = shown.dimensions[id];
  return code && code !== '_T' ? `${id}:${code}` : null;
}
