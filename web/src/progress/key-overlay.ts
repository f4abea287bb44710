import type { Observation } from '../api/types.ts';
import type { ProgressOverlay } from '../charts/progress-option.ts';
import type { Line } from '../indicator/lines.ts';
import type { ProgressKey } from './progress-types.ts';
import { metText, targetName, type ProgressWordsI18n } from './progress-words.ts';

/** Which projections the reader wants drawn. */
export interface ProjectionChoice {
  cagr: boolean;
  linear: boolean;
}

/**
 * The chart overlay of one assessed key: its target (named national, or global with its rule), milestones, the base
 * point and the chosen projections, each starting at the latest observation. Projections are kept within the key's
 * natural limit and, for data that are never negative, above 0.
 * @example keyOverlay(key, { cagr: true, linear: false }, i18n)
 * // { target: { year: 2030, value: 25, name: 'Global target (≤ 25 per 1,000)' }, milestones: [], baseline: { year: 2015, value: 38 },
 * //   projections: [{ method: 'cagr', name: 'Projection (CAGR)', from: { year: 2021, value: 27.3 }, points: [{ year: 2022, value: 25.84 }, …] }] }
 */
export function keyOverlay(key: ProgressKey, show: ProjectionChoice, i18n: ProgressWordsI18n): ProgressOverlay {
  const t = key.target;
  const latest = key.points.at(-1);
  const overlay: ProgressOverlay = {
    milestones: Object.entries(t?.milestones ?? {}).map(([year, value]) => ({ year: Number(year), value }))
      .filter((m) => Number.isFinite(m.year)).sort((a, b) => a.year - b.year),
    projections: [],
  };
  if (t?.target) overlay.target = { ...t.target, name: targetName(i18n, t) };
  const base = t?.baseline ?? key.base;
  if (base) overlay.baseline = base;
  if (latest) {
    for (const method of ['cagr', 'linear'] as const) {
      const p = key.projections[method];
      if (show[method] && p.points.length > 0) overlay.projections.push({ method, name: i18n.t(`progress.indicator.projection_${method}`), from: latest, points: p.points });
    }
  }
  const bounds: NonNullable<ProgressOverlay['bounds']> = {};
  if (key.points.every((p) => p.value >= 0)) bounds.min = 0;
  if (t?.limit !== undefined) {
    if (t.direction === 'increase') bounds.max = t.limit;
    else bounds.min = t.limit;
  }
  if (Object.keys(bounds).length > 0) overlay.bounds = bounds;
  return overlay;
}

/**
 * The sentence the chart's spoken summary ends with: the target and when the CAGR trend meets it, e.g.
 * `Global target (≤ 25 per 1,000): 25 by 2030. At the current pace (CAGR): met in 2023 at the current pace.`
 */
export function overlaySummary(key: ProgressKey, i18n: ProgressWordsI18n): string {
  const t = key.target;
  if (!t?.target) return '';
  return i18n.t('progress.indicator.chartSummary', {
    target: targetName(i18n, t), value: i18n.formatShort(t.target.value), year: i18n.localDigits(t.target.year),
    met: metText(i18n, key.projections.cagr),
  });
}

/**
 * Columns the chart's table gains for the overlay, as table lines: the target, milestones, the baseline and each drawn
 * projection. Years after the latest observation are labelled as projected (`2030 (projected)`), so those rows say so.
 * `relabel` maps a year to the row label the observed lines use for it (their own period text up to the latest year).
 */
export function overlayLines(overlay: ProgressOverlay, key: ProgressKey, i18n: ProgressWordsI18n, milestone: string, baseline: string): { lines: Line[]; names: string[] } {
  const latest = key.points.at(-1)?.year ?? Number.NEGATIVE_INFINITY;
  const label = (year: number) => (year > latest ? i18n.t('progress.indicator.projectedYear', { year: String(year) }) : String(year));
  const point = (year: number, value: number): Observation => ({
    series: key.series, area: key.area, unit: key.unit, dimensions: key.dimensions, value,
    timePeriod: label(year), periodStart: `${year}-01-01`,
  });
  const lines: Line[] = [];
  const names: string[] = [];
  const add = (name: string, points: Observation[]) => {
    if (points.length === 0) return;
    lines.push({ key: `progress:${name}`, categories: [], points });
    names.push(name);
  };
  if (overlay.target) add(overlay.target.name, [point(overlay.target.year, overlay.target.value)]);
  add(milestone, overlay.milestones.map((m) => point(m.year, m.value)));
  if (overlay.baseline) add(baseline, [point(overlay.baseline.year, overlay.baseline.value)]);
  for (const p of overlay.projections) add(p.name, p.points.map((q) => point(q.year, boundedValue(q.value, overlay.bounds))));
  return { lines, names };
}

function boundedValue(value: number, bounds: ProgressOverlay['bounds']): number {
  return Math.min(bounds?.max ?? Infinity, Math.max(bounds?.min ?? -Infinity, value));
}
