import {
  CLASS_ORDER, projectBoth, type AssessedResult, type ProgressMethod, type Projection,
} from '../../analysis/progress/index.ts';
import {
  OFF_TRACK, gapOf, type AssessedSeries, type IndicatorProgress, type ProgressBook, type ProgressScope,
} from '../../assessment/index.ts';
import { badParameter } from '../errors.ts';

/** Each method's name and the document it follows, for `GET /progress/methods`. */
export const METHOD_INFO: Readonly<Record<ProgressMethod, { name: string; source: string; needsTarget: boolean }>> = {
  opensdg: {
    name: 'Open SDG / Statistics Canada', needsTarget: false,
    source: 'Open SDG 2.4 documentation, "Progress measurement" (docs/progress-methodology.md); sdg-build ProgressMeasure',
  },
  unsd: {
    name: 'UNSD Progress Chart', needsTarget: false,
    source: 'UN DESA Statistics Division, "The Sustainable Development Goals Report — Progress Chart, technical note"',
  },
  eurostat: {
    name: 'Eurostat SDG monitoring', needsTarget: false,
    source: 'Eurostat, "Sustainable development in the European Union — Monitoring report", annex "Assessing progress"',
  },
  'escap-csi': {
    name: 'ESCAP Current Status Index', needsTarget: true,
    source: 'ESCAP, "Asia and the Pacific SDG Progress Report", technical notes, "Current Status Index"',
  },
  'escap-ap': {
    name: 'ESCAP Anticipated Progress', needsTarget: true,
    source: 'ESCAP, "Asia and the Pacific SDG Progress Report", technical notes, "Anticipated progress"',
  },
};

/** The figures of a result as the API shows them (status, score, ratio, cagr, index, projected, reason). */
export function presentResult(r: AssessedResult & { projected?: number }): AssessedResult & { projected?: number } {
  const out: AssessedResult & { projected?: number } = { status: r.status };
  for (const k of ['score', 'ratio', 'cagr', 'index', 'expected', 'projected'] as const) {
    const v = r[k];
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  if (r.reason) out.reason = r.reason;
  return out;
}

/** `ID:code` → a scope dimension. */
export function parseScope(query: { area?: string | undefined; dimension?: string | undefined }): ProgressScope {
  const scope: ProgressScope = {};
  if (query.area) scope.area = query.area;
  if (query.dimension) {
    const [id, code] = query.dimension.split(':') as [string, string];
    scope.dimension = { id, code };
  }
  return scope;
}

/** The scope as answered: the area read (the country by default) and the disaggregation. */
export function presentScope(book: ProgressBook, scope: ProgressScope): { area: string | null; dimension: { id: string; code: string } | null } {
  return { area: scope.area ?? book.countryArea, dimension: scope.dimension ?? null };
}

/** The method asked for, else the national default. */
export function methodOf(book: ProgressBook, method: string | undefined): ProgressMethod {
  if (method === undefined) return book.method;
  if (!(method in CLASS_ORDER)) throw badParameter('method', `"${method}" is not a progress method`);
  return method as ProgressMethod;
}

/** Where an indicator's targets come from: national, global, mixed, or null when none applies. */
export function targetSourceOf(series: readonly AssessedSeries[]): 'national' | 'global' | 'mixed' | null {
  const sources = new Set(series.flatMap((s) => (s.target ? [s.target.source] : [])));
  if (sources.size === 0) return null;
  return sources.size > 1 ? 'mixed' : [...sources][0]!;
}

/** One row of an indicator list. */
export function indicatorRow(i: IndicatorProgress, title: string, goal: string) {
  return {
    indicator: i.indicator, title, goal, ...presentResult(i), seriesCount: i.series.length, targetSource: targetSourceOf(i.series),
  };
}

/** One key of the indicator detail: points, target, every method's result, both projections and the gap. */
export function presentSeries(s: AssessedSeries) {
  const input = s.target && s.base
    ? { series: s.points.filter((p) => p.year >= s.base!.year), direction: s.target.direction, ...(s.target.target ? { target: s.target.target } : {}) }
    : null;
  const none = (method: 'cagr' | 'linear'): Projection => ({ method, points: [], metYear: null, reason: s.target ? 'too_few_points' : 'no_target' });
  const projections = input ? projectBoth(input) : { cagr: none('cagr'), linear: none('linear') };
  const clean = (p: Projection) => ({
    method: p.method, points: p.points, metYear: p.metYear, ...(p.rate !== undefined && Number.isFinite(p.rate) ? { rate: p.rate } : {}),
    ...(p.reason ? { reason: p.reason } : {}),
  });
  return {
    series: s.series, seriesName: s.seriesName, unit: s.unit, area: s.area, dimensions: s.dimensions, points: s.points,
    base: s.base ?? null, target: s.target, gapReason: s.gap?.reason ?? null,
    results: Object.fromEntries(Object.entries(s.results).map(([m, r]) => [m, presentResult(r)])),
    projections: { cagr: clean(projections.cagr), linear: clean(projections.linear) },
    gap: gapOf(s),
  };
}

/** Each method's classes, ranked best (0) to worst, and whether each counts as off track. */
export function methodClasses(method: ProgressMethod): { id: string; rank: number; offTrack: boolean }[] {
  return CLASS_ORDER[method].map((id, rank) => ({ id, rank, offTrack: OFF_TRACK[method].includes(id) }));
}
