import type { AreaComparison } from './map-api.ts';

/**
 * How far an area still is from its target in the desired direction (≤ 0: met), null without a target.
 * @example toGo({ value: 29.54, target: { direction: 'increase', target: { year: 2030, value: 100 }, … }, … }) // 70.46
 */
export function toGo(row: Pick<AreaComparison, 'value' | 'target'>): number | null {
  const target = row.target?.target;
  if (!target || !row.target) return null;
  return row.target.direction === 'increase' ? target.value - row.value : row.value - target.value;
}
