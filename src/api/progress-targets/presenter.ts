import type { z } from 'zod';
import { encodeDimensions, type StoredProgressTarget } from '../../store/index.ts';
import type { nationalTargetSchema } from './schema.ts';

/** A national target as the API shows it. */
export type PresentedTarget = z.infer<typeof nationalTargetSchema>;

/**
 * The public fields of a stored target (who stored it stays out): scope fields null for "every", milestones by year.
 * @example presentTarget({ indicatorId: '3.2.1', dimensions: {}, source: 'national', direction: 'decrease', milestones: {},
 *   target: { year: 2030, value: 25 }, updatedAt: '2026-11-29T10:00:00.000Z', updatedBy: 1 })
 * // { source: 'national', series: null, unit: null, area: null, dimensions: {}, direction: 'decrease', baseline: null,
 * //   milestones: {}, target: { year: 2030, value: 25 }, limit: null, updatedAt: '2026-11-29T10:00:00.000Z' }
 */
export function presentTarget(t: StoredProgressTarget): PresentedTarget {
  return {
    source: 'national',
    series: t.series ?? null,
    unit: t.unit ?? null,
    area: t.area ?? null,
    dimensions: { ...t.dimensions },
    direction: t.direction,
    baseline: t.baseline ? { year: t.baseline.year, value: t.baseline.value } : null,
    milestones: Object.fromEntries(Object.entries(t.milestones).map(([y, v]) => [y, Number(v)])),
    target: t.target ? { year: t.target.year, value: t.target.value } : null,
    limit: t.limit ?? null,
    updatedAt: t.updatedAt,
  };
}

/** Whether two targets cover the same series, unit, area and disaggregation (blank = every). */
export function sameScope(
  a: Pick<StoredProgressTarget, 'series' | 'unit' | 'area' | 'dimensions'>, b: Pick<StoredProgressTarget, 'series' | 'unit' | 'area' | 'dimensions'>,
): boolean {
  return (a.series ?? '') === (b.series ?? '') && (a.unit ?? '') === (b.unit ?? '') && (a.area ?? '') === (b.area ?? '')
    && encodeDimensions(a.dimensions) === encodeDimensions(b.dimensions);
}
