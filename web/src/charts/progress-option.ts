import type { EChartsOption } from 'echarts';

/**
 * What a chart of one series key adds to show its progress: the target (a horizontal line ending in a marked point at
 * the target year), milestones, the baseline, and the projections to the target year. Years are calendar years (a
 * period such as `2014/15` counts as its first year, as the progress methods count it).
 */
export interface ProgressOverlay {
  /** The target and its name in words, e.g. `Global target (≤ 25 per 1,000)`. */
  target?: { year: number; value: number; name: string };
  milestones: { year: number; value: number }[];
  baseline?: { year: number; value: number };
  /** Projections to draw (the ones the reader switched off are left out): the latest observed point, then the trend. */
  projections: { method: 'cagr' | 'linear'; name: string; from: { year: number; value: number }; points: { year: number; value: number }[] }[];
  /**
   * Bounds a drawn projection stays within: the natural limit (100 for a percentage) and 0 for data that are never
   * negative, so a trend is not drawn past what the value can take.
   */
  bounds?: { min?: number; max?: number };
}

/** The words of the overlay, already in the reader's language. */
export interface ProgressOverlayLabels {
  /** `Milestone`, `Baseline`. */
  milestone: string;
  baseline: string;
  /** A value as the chart shows it, e.g. `25`. */
  formatValue(value: number): string;
  /** A year as shown, e.g. `2030` → `২০৩০`. */
  formatPeriod?(period: string): string;
  /** A sentence the spoken summary ends with, e.g. `Target 25 by 2030; at the current pace met in 2023.` */
  summary: string;
}

/** Width in pixels below which the legend wraps instead of scrolling. */
const NARROW = 560;

/** Colours of the overlay: near-black target, Okabe–Ito blue (CAGR, dashed) and reddish purple (linear, dotted). */
export const OVERLAY_COLOURS = { target: '#1a1a1a', baseline: '#1a1a1a', milestone: '#1a1a1a', cagr: '#0072B2', linear: '#CC79A7' } as const;

/**
 * Adds a {@link ProgressOverlay} to a time-series option made by `chartOption` (a category axis of periods): the
 * category axis is extended with the years up to the target year (and back to a baseline before the first period),
 * every existing line padded to it, and the overlay drawn as extra named lines in the legend; the spoken summary gains
 * `labels.summary`. An option of a single period (bars by category) is returned unchanged. Pure.
 * @example withProgress(option, ['2015', …, '2021'], { target: { year: 2030, value: 25, name: 'Global target (≤ 25 per 1,000)' }, … }, labels)
 * // xAxis.data ['2015', …, '2030']; series [observed, 'Global target (≤ 25 per 1,000)', 'Baseline', 'Projection (CAGR)', …]
 */
export function withProgress(option: EChartsOption, periods: readonly string[], overlay: ProgressOverlay, labels: ProgressOverlayLabels): EChartsOption {
  const xAxis = option.xAxis as { type?: string; data?: unknown[] } | undefined;
  const years = periods.map(yearOf);
  if (xAxis?.type !== 'category' || periods.length < 2 || years.some((y) => !Number.isFinite(y))) return option;
  const wanted = [
    ...years, overlay.target?.year, overlay.baseline?.year, ...overlay.milestones.map((m) => m.year),
    ...overlay.projections.flatMap((p) => p.points.map((q) => q.year)),
  ].filter((y): y is number => typeof y === 'number' && Number.isFinite(y));
  const first = Math.min(...wanted), last = Math.max(...wanted);
  const before = range(first, years[0]! - 1), after = range(years.at(-1)! + 1, last);
  const categories = [...before.map(String), ...periods, ...after.map(String)];
  const categoryYears = [...before, ...years, ...after];
  const at = (year: number) => categoryYears.indexOf(year);
  const empty = () => categories.map((): unknown => null);
  const period = labels.formatPeriod ?? ((p: string) => p);

  const padded = (option.series as { data?: unknown[] }[]).map((s) => ({ ...s, data: [...before.map(() => null), ...(s.data ?? []), ...after.map(() => null)] }));
  const added: Record<string, unknown>[] = [];
  const { target, baseline } = overlay;
  if (target && at(target.year) >= 0) {
    const data = empty();
    const from = baseline && at(baseline.year) >= 0 ? at(baseline.year) : 0;
    for (let i = from; i <= at(target.year); i++) data[i] = target.value;
    data[at(target.year)] = {
      value: target.value, symbol: 'diamond', symbolSize: 14,
      label: { show: true, position: 'top', align: 'right', distance: 10, fontWeight: 'bold', formatter: () => `${labels.formatValue(target.value)} (${period(String(target.year))})` },
    };
    added.push({ type: 'line', name: target.name, data, symbol: 'none', showAllSymbol: true, z: 3, color: OVERLAY_COLOURS.target,
      lineStyle: { width: 1.5, type: [6, 3], color: OVERLAY_COLOURS.target }, itemStyle: { color: OVERLAY_COLOURS.target }, tooltip: { show: true } });
  }
  const milestones = overlay.milestones.filter((m) => at(m.year) >= 0);
  if (milestones.length > 0) {
    const data = empty();
    for (const m of milestones) data[at(m.year)] = m.value;
    added.push({ type: 'line', name: labels.milestone, data, symbol: 'triangle', symbolSize: 12, showAllSymbol: true, connectNulls: false, z: 4,
      color: OVERLAY_COLOURS.milestone, lineStyle: { width: 0 }, itemStyle: { color: '#ffffff', borderColor: OVERLAY_COLOURS.milestone, borderWidth: 2 } });
  }
  if (baseline && at(baseline.year) >= 0) {
    const data = empty();
    data[at(baseline.year)] = baseline.value;
    added.push({ type: 'line', name: labels.baseline, data, symbol: 'circle', symbolSize: 16, showAllSymbol: true, z: 1, color: OVERLAY_COLOURS.baseline,
      lineStyle: { width: 0 }, itemStyle: { color: 'transparent', borderColor: OVERLAY_COLOURS.baseline, borderWidth: 2 } });
  }
  for (const p of overlay.projections) {
    const data = empty();
    if (at(p.from.year) < 0) continue;
    data[at(p.from.year)] = p.from.value;
    for (const q of p.points) if (at(q.year) >= 0) data[at(q.year)] = bounded(q.value, overlay.bounds);
    added.push({ type: 'line', name: p.name, data, symbol: 'none', connectNulls: false, z: 2, color: OVERLAY_COLOURS[p.method],
      lineStyle: { width: 2.5, type: p.method === 'cagr' ? 'dashed' : 'dotted', color: OVERLAY_COLOURS[p.method] } });
  }

  const names = [...padded.map((s) => (s as { name?: string }).name ?? ''), ...added.map((s) => s.name as string)];
  const aria = option.aria as { label?: { description?: string } } | undefined;
  const grid = option.grid as Record<string, unknown> | undefined;
  return {
    ...option,
    aria: { ...aria, label: { ...aria?.label, description: sentences(aria?.label?.description, labels.summary) } },
    grid: { ...grid, top: 56, bottom: 64 },
    legend: { ...(option.legend as object), show: true, bottom: 0, type: 'scroll', data: names },
    // a narrow chart (a phone) wraps its legend over rows instead of paging it, so every line stays named
    media: [
      { option: { legend: { type: 'scroll' }, grid: { bottom: 64 } } },
      { query: { maxWidth: NARROW }, option: { legend: { type: 'plain', left: 0, right: 0, itemGap: 10 }, grid: { bottom: 132 } } },
    ],
    xAxis: { ...xAxis, data: categories.map(period) } as EChartsOption['xAxis'],
    series: [...padded, ...added] as EChartsOption['series'],
  };
}

/**
 * The calendar year of a period label: its first four digits (`2014/15` → 2014, `2024-Q1` → 2024).
 * @example yearOf('2014/15') // 2014
 */
export function yearOf(period: string): number {
  return Number.parseInt(period.slice(0, 4), 10);
}

/** Two texts as consecutive sentences: a full stop after the first unless it ends in one. */
function sentences(first: string | undefined, second: string): string {
  if (!first) return second;
  if (!second) return first;
  return `${first}${/[.!?。।؟]$/.test(first) ? '' : '.'} ${second}`;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

function bounded(value: number, bounds: ProgressOverlay['bounds']): number {
  let v = value;
  if (bounds?.min !== undefined) v = Math.max(bounds.min, v);
  if (bounds?.max !== undefined) v = Math.min(bounds.max, v);
  return v;
}
