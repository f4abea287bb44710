import type { Observation } from '../api/types.ts';
import { codeOf, TOTAL } from './dimension-tree.ts';
import { AREA, COMPARE, matches, poolOf, type Selection } from './selection.ts';

/**
 * One line of a chart and one value column of the table: the observations of a selection that share the same
 * category in every compared dimension, one per time period.
 * Example: `{ key: 'SEX=F', categories: [{ dimension: 'SEX', code: 'F' }], points: [{ timePeriod: '2021', value: 25.2, … }] }`.
 */
export interface Line {
  key: string;
  categories: { dimension: string; code: string }[];
  points: Observation[];
}

/** Names the chart and table give to categories. */
export interface CategoryNames {
  /** Name of a category, e.g. `('SEX', 'F') → 'Female'`; totals get their own name in the code list or `total`. */
  codeName(dimension: string, code: string): string;
  /** Name of a line when nothing is broken down, e.g. `Total`. */
  total: string;
}

/**
 * The lines of a selection (with every area compared, one per area first, under the pseudo-dimension `REF_AREA`),
 * in the order of the compared dimensions' categories as they appear in `codeOrder`
 * (else alphabetical), each with its points in time order.
 * @example linesOf(observations, { series: 'SH_DYN_MORT', unit: null, area: 'BD', dimensions: { SEX: '*' } })
 * // [{ key: 'SEX=F', … }, { key: 'SEX=M', … }]
 */
export function linesOf(
  observations: readonly Observation[],
  selection: Selection,
  codeOrder: (dimension: string) => readonly string[] = () => [],
): Line[] {
  const compared = Object.keys(selection.dimensions).filter((id) => selection.dimensions[id] === COMPARE);
  const byArea = selection.area === COMPARE;
  const lines = new Map<string, Line>();
  for (const observation of poolOf(observations, selection)) {
    if (!matches(observation, selection.dimensions)) continue;
    const categories = compared.map((dimension) => ({ dimension, code: codeOf(observation, dimension) }));
    if (byArea) categories.unshift({ dimension: AREA, code: observation.area });
    const key = categories.map((c) => `${c.dimension}=${c.code}`).join('&');
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { key, categories, points: [] }));
    if (!line.points.some((p) => p.timePeriod === observation.timePeriod)) line.points.push(observation);
  }
  for (const line of lines.values()) line.points.sort(comparePeriods);
  return [...lines.values()].sort((a, b) => compareCategories(a, b, codeOrder));
}

/** Every time period of the lines, oldest first. */
export function periodsOf(lines: readonly Line[]): string[] {
  const first = new Map<string, Observation>();
  for (const line of lines) for (const point of line.points) if (!first.has(point.timePeriod)) first.set(point.timePeriod, point);
  return [...first.values()].sort(comparePeriods).map((o) => o.timePeriod);
}

/**
 * A line's name: its compared categories (`Female`); else, when one dimension varies, its chosen category
 * (`Both sexes`); else the chosen non-total categories, or `names.total`. `dimensions` holds the choices of the
 * dimensions that vary in the data (see {@link varyingDimensions}).
 * @example lineName(line, { SEX: '*' }, names) // 'Female'
 */
export function lineName(line: Line, dimensions: Readonly<Record<string, string>>, names: CategoryNames): string {
  if (line.categories.length > 0) return line.categories.map((c) => names.codeName(c.dimension, c.code)).join(', ');
  const chosen = Object.entries(dimensions).filter(([, code]) => code !== COMPARE);
  if (chosen.length === 1) return names.codeName(chosen[0]![0], chosen[0]![1]);
  const broken = chosen.filter(([, code]) => code !== TOTAL);
  return broken.length > 0 ? broken.map(([id, code]) => names.codeName(id, code)).join(', ') : names.total;
}

/**
 * The choices of `selection` for dimensions with more than one category in the selected series, unit and area;
 * constant dimensions (AGE = `Y0T4` throughout under-five mortality) say nothing about a line.
 */
export function varyingDimensions(observations: readonly Observation[], selection: Selection): Record<string, string> {
  const pool = poolOf(observations, selection);
  const result: Record<string, string> = {};
  for (const [id, code] of Object.entries(selection.dimensions)) {
    const first = pool[0] ? codeOf(pool[0], id) : undefined;
    if (pool.some((o) => codeOf(o, id) !== first)) result[id] = code;
  }
  return result;
}

/** Orders observations by period start (`2014/15` starts 2014-01-01), then by label. */
export function comparePeriods(a: Observation, b: Observation): number {
  const start = (o: Observation): string => o.periodStart ?? o.timePeriod;
  return start(a).localeCompare(start(b)) || a.timePeriod.localeCompare(b.timePeriod);
}

function compareCategories(a: Line, b: Line, codeOrder: (dimension: string) => readonly string[]): number {
  for (let i = 0; i < a.categories.length; i++) {
    const ca = a.categories[i]!;
    const cb = b.categories[i]!;
    const order = codeOrder(ca.dimension);
    const rank = (code: string): number => (code === TOTAL ? -1 : order.includes(code) ? order.indexOf(code) : order.length);
    const diff = rank(ca.code) - rank(cb.code) || ca.code.localeCompare(cb.code);
    if (diff !== 0) return diff;
  }
  return 0;
}
