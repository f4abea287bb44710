import type { Observation, SeriesInfo } from '../api/types.ts';
import { codeOf, dimensionParents, orderByTree, TOTAL } from './dimension-tree.ts';

/** In a selection, this "code" asks for one line per category of the dimension (the total included) instead of one category. */
export const COMPARE = '*';

/** The pseudo-dimension under which lines compare reference areas (SDMX `REF_AREA`). */
export const AREA = 'REF_AREA';

/**
 * What a reader has chosen on an indicator page: one series, one unit, one area (or {@link COMPARE} for every
 * area) and, per disaggregation dimension, a category code (`_T` for the total) or {@link COMPARE}.
 * Example: `{ series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: 'BD', dimensions: { SEX: '*' } }`.
 */
export interface Selection {
  series: string;
  unit: string | null;
  area: string | null;
  dimensions: Record<string, string>;
}

/** A dimension of the selected series as the page offers it: whether it shows and which codes it offers. */
export interface DimensionChoice {
  id: string;
  parent: string | null;
  /** False for a child whose parent is at the total, and for a dimension with a single category. */
  visible: boolean;
  /** Codes that have data given the other choices, in the series' code-list order. */
  codes: string[];
}

/** The observations of the selected series, unit and area: the pool every other choice is made from. */
export function poolOf(observations: readonly Observation[], selection: Pick<Selection, 'series' | 'unit' | 'area'>): Observation[] {
  return observations.filter(
    (o) =>
      o.series === selection.series &&
      (selection.unit === null || o.unit === selection.unit) &&
      (selection.area === null || selection.area === COMPARE || o.area === selection.area),
  );
}

/** The dimensions mentioned by `observations`, in the series' declared order, then any others alphabetically. */
export function dimensionIdsOf(observations: readonly Observation[], series?: SeriesInfo): string[] {
  const seen = new Set<string>();
  for (const observation of observations) for (const id of Object.keys(observation.dimensions)) seen.add(id);
  const declared = (series?.dimensions ?? []).map((d) => d.id).filter((id) => seen.has(id));
  const rest = [...seen].filter((id) => !declared.includes(id)).sort();
  return [...declared, ...rest];
}

/**
 * The choices the page offers for every dimension of the pool, parents before children. A dimension offers the
 * codes that have data given the choices made above it; the ones below adapt to it (see {@link repairSelection}).
 * @example dimensionChoices(pool, { …, dimensions: { SEX: '_T' } }, series) // [{ id: 'SEX', parent: null, visible: true, codes: ['_T', 'F', 'M'] }]
 */
export function dimensionChoices(pool: readonly Observation[], selection: Selection, series?: SeriesInfo): DimensionChoice[] {
  const ids = dimensionIdsOf(pool, series);
  const parents = dimensionParents(pool, ids);
  const above: Record<string, string> = {};
  return orderByTree(ids, parents).map((id) => {
    const parent = parents.get(id) ?? null;
    const codes = new Set<string>();
    const all = new Set<string>();
    for (const observation of pool) {
      all.add(codeOf(observation, id));
      if (matches(observation, above)) codes.add(codeOf(observation, id));
    }
    above[id] = selection.dimensions[id] ?? TOTAL;
    const parentSet = parent === null || (selection.dimensions[parent] ?? TOTAL) !== TOTAL;
    return { id, parent, visible: parentSet && all.size > 1, codes: sortCodes([...codes], series, id) };
  });
}

/**
 * The selection to start from: the series' most used unit; the country when it has country-level data, else every
 * area compared (district data, for instance, open as a ranking of the districts); and for each dimension the
 * total where the data have one, otherwise the most frequent category.
 */
export function defaultSelection(series: SeriesInfo, observations: readonly Observation[]): Selection {
  const ofSeries = observations.filter((o) => o.series === series.code);
  const unit = mostFrequent(ofSeries.map((o) => o.unit), series.units);
  const areaOrder = [...series.areas].sort((a, b) => levelRank(a.level) - levelRank(b.level)).map((a) => a.code);
  const areas = new Set(ofSeries.filter((o) => unit === null || o.unit === unit).map((o) => o.area));
  const country = series.areas.find((a) => a.level === 'country' && areas.has(a.code));
  const area = country?.code ?? (areas.size > 1 ? COMPARE : (mostFrequent([...areas], areaOrder, true) ?? null));
  return repairSelection(ofSeries, { series: series.code, unit, area, dimensions: {} }, series);
}

/**
 * Makes a selection valid for the data: every dimension gets a code that has observations given the others
 * (keeping the reader's choice where it still has data, else the total, else the most frequent category), and a
 * child dimension falls back to the total when its parent is at the total. Dimensions are fixed top-down, so a
 * parent's choice wins over its children's.
 */
export function repairSelection(observations: readonly Observation[], selection: Selection, series?: SeriesInfo): Selection {
  const pool = poolOf(observations, selection);
  const ids = dimensionIdsOf(pool, series);
  const parents = dimensionParents(pool, ids);
  const fixed: Record<string, string> = {};

  for (const id of orderByTree(ids, parents)) {
    const parent = parents.get(id);
    const wanted = selection.dimensions[id] ?? TOTAL;
    if (parent && fixed[parent] === TOTAL) {
      fixed[id] = TOTAL;
      continue;
    }
    const candidates = pool.filter((o) => matches(o, fixed)).map((o) => codeOf(o, id));
    const codes = new Set(candidates);
    if (wanted === COMPARE ? [...codes].some((c) => c !== TOTAL) : codes.has(wanted)) fixed[id] = wanted;
    else fixed[id] = codes.has(TOTAL) ? TOTAL : (mostFrequent(candidates, sortCodes([...codes], series, id)) ?? TOTAL);
  }
  return { ...selection, dimensions: fixed };
}

/** A copy of `selection` with one dimension set. */
export function withDimension(selection: Selection, id: string, code: string): Selection {
  return { ...selection, dimensions: { ...selection.dimensions, [id]: code } };
}

/** Whether an observation matches the choice for every dimension; a COMPARE choice matches every category and the total. */
export function matches(observation: Observation, dimensions: Readonly<Record<string, string>>): boolean {
  for (const [id, wanted] of Object.entries(dimensions)) {
    if (wanted !== COMPARE && codeOf(observation, id) !== wanted) return false;
  }
  return true;
}

function sortCodes(codes: string[], series: SeriesInfo | undefined, id: string): string[] {
  const order = series?.dimensions.find((d) => d.id === id)?.codes.map((c) => c.code) ?? [];
  const rank = (code: string): number => (code === TOTAL ? -1 : order.includes(code) ? order.indexOf(code) : order.length);
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The most frequent value; ties go to the earlier one in `order`. With `preferOrder`, the first of `order` present wins. */
function mostFrequent(values: readonly string[], order: readonly string[], preferOrder = false): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  if (preferOrder) {
    const first = order.find((value) => counts.has(value));
    if (first !== undefined) return first;
  }
  let best: string | null = null;
  for (const [value, count] of counts) {
    const better =
      best === null ||
      count > counts.get(best)! ||
      (count === counts.get(best)! && rankIn(order, value) < rankIn(order, best));
    if (better) best = value;
  }
  return best ?? order[0] ?? null;
}

function rankIn(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

function levelRank(level: string): number {
  return level === 'country' ? 0 : 1;
}
