import {
  type AggregationMethod, type AggregationRule, type AreaYearValue, aggregationRule, deriveParentValues,
} from '../analysis/area-aggregation.ts';
import { pickHeadline } from '../analysis/headline-series.ts';
import type { YearValue } from '../analysis/progress/index.ts';
import { isCountUnit } from './applied-target.ts';
import type { AssessedSeries, ProgressBook } from './progress-book.ts';
import { publishedOfSeries, type Db, type LocalisedArea } from '../store/index.ts';

/**
 * The values of one indicator selection (series × unit × disaggregation) in every area, read from the progress book:
 * observed where the data have them, and for a parent level (division or province, the country) worked out from the
 * finest level of the stored area tree that has data (districts) where every child has a value (see deriveParentValues).
 * Levels are data: whatever the stored areas name them, in the order of the tree.
 */

/** The census series whose district populations weight rates and shares (Bangladesh's census). */
export const POPULATION_SERIES = 'POP_TOTAL';
/**
 * Total-population series that can weight rates and shares, the first one stored wins: the census `POP_TOTAL`, then
 * `SP_POP_TOTL` (total population in the World Bank and SDMX code lists).
 */
export const POPULATION_SERIES_CODES = [POPULATION_SERIES, 'SP_POP_TOTL'] as const;

/** The population weighting rates and shares: its series code (null when none is stored) and area → values by year. */
export interface Population {
  series: string | null;
  byArea: Map<string, YearValue[]>;
}

/** One series × unit × disaggregation of an indicator. */
export interface Selection {
  indicator: string;
  series: string;
  unit: string;
  /** Stored dimension key, e.g. `|AGE=Y15T24|SEX=F|URBANISATION=_T|`. */
  dimensionKey: string;
}

/** An area's value, observed or derived. */
export interface AreaValue extends AreaYearValue {
  derived?: true;
  method?: AggregationMethod;
}

/** Everything the map and area views read for one selection. */
export interface AreaValueSet {
  /** Level → values of that level's areas, every year, observed first. */
  byLevel: Map<string, AreaValue[]>;
  /** The book key of each area holding the selection (observed values only). */
  keys: Map<string, AssessedSeries>;
  /** The country's values per year (observed, else derived). */
  national: AreaValue[];
  direction: 'increase' | 'decrease' | null;
  /** How parents are derived for this selection's unit, or why they are not. */
  aggregation: AggregationRule;
}

/**
 * How child values of a unit make a parent value, or null when they do not add up: counts (see isCountUnit, and
 * `persons`, `households`) are summed; percentages and shares (`PERCENT`, SDMX `PT`, `percent of households`) and rates per
 * population (`PER_1000_LIVE_BIRTHS`, `PER_100000_POP`) are weighted by population; ratios, averages, densities and
 * growth rates (`persons per household`, `males per 100 females`, `percent per year`) are not derived.
 */
export function aggregationMethodFor(unit: string): AggregationMethod | null {
  const u = unit.trim();
  if (isCountUnit(u) || /^(persons|people|households)$/i.test(u)) return 'sum';
  if (/^(percent|%)( of [a-z ]+)?$/i.test(u) || u === 'PT' || /^PER_\d+_[A-Z0-9_]+$/.test(u)) return 'population_weighted';
  return null;
}

/**
 * The series × unit pairs of an indicator that hold area (non-country) data, most areas first, then the others.
 * @example selectionOptions(book, '6.1.1') // [{ series: 'HH_WATER_SURFACE', seriesName: '…', unit: 'percent of households', areas: 64 }, …]
 */
export function selectionOptions(book: ProgressBook, indicator: string): { series: string; seriesName: string; unit: string; areas: number }[] {
  const areas = new Map<string, { seriesName: string; set: Set<string> }>();
  for (const s of keysOf(book, indicator)) {
    const key = `${s.series}\u0000${s.unit}`;
    const entry = areas.get(key) ?? { seriesName: s.seriesName, set: new Set<string>() };
    if (s.area !== book.countryArea) entry.set.add(s.area);
    areas.set(key, entry);
  }
  return [...areas].map(([key, { seriesName, set }]) => {
    const [series, unit] = key.split('\u0000') as [string, string];
    return { series, seriesName, unit, areas: set.size };
  }).sort((a, b) => b.areas - a.areas || (a.series < b.series ? -1 : a.series > b.series ? 1 : a.unit < b.unit ? -1 : 1));
}

/**
 * The selection asked for: `series` and `unit`, by default among those in most areas the headline for the indicator
 * title (see pickHeadline: the series name covering most of the title, a rate before a count); and the dimension key
 * holding every asked code with the fewest other non-total codes, then in most areas. Null when nothing matches.
 */
export function pickSelection(
  book: ProgressBook, indicator: string,
  ask: { series?: string | undefined; unit?: string | undefined; dimensions: { id: string; code: string }[]; title?: string | undefined },
): Selection | null {
  const matching = selectionOptions(book, indicator)
    .filter((o) => (ask.series === undefined || o.series === ask.series) && (ask.unit === undefined || o.unit === ask.unit));
  const widest = matching.filter((o) => o.areas === matching[0]?.areas);
  const option = pickHeadline(ask.title ?? '', widest.map((o) => ({ ...o, relation: 'measures', nonTotal: 0, periodEnd: '' })));
  if (!option) return null;
  const candidates = new Map<string, { nonTotal: number; areas: number }>();
  for (const s of keysOf(book, indicator)) {
    if (s.series !== option.series || s.unit !== option.unit) continue;
    if (!ask.dimensions.every((d) => s.dimensions[d.id] === d.code)) continue;
    const asked = new Set(ask.dimensions.map((d) => d.id));
    const nonTotal = Object.entries(s.dimensions).filter(([id, c]) => !asked.has(id) && c !== '_T').length;
    const held = candidates.get(s.dimensionKey);
    candidates.set(s.dimensionKey, { nonTotal, areas: (held?.areas ?? 0) + 1 });
  }
  const best = [...candidates].sort((a, b) => a[1].nonTotal - b[1].nonTotal || b[1].areas - a[1].areas || (a[0] < b[0] ? -1 : 1))[0];
  return best ? { indicator, series: option.series, unit: option.unit, dimensionKey: best[0] } : null;
}

/**
 * Observed and derived values of a selection per level. Population (see populationOf: POP_TOTAL, every breakdown at
 * its total) weights rates and shares, and without one no rate or share is derived; a level is derived from the finest
 * level below it that has observed values. `aggregation` says which rule applied.
 */
export async function areaValuesOf(
  db: Db, book: ProgressBook, selection: Selection, areas: readonly LocalisedArea[], population?: Population,
): Promise<AreaValueSet> {
  const levelOf = new Map(areas.map((a) => [a.code, a.level]));
  const keys = new Map<string, AssessedSeries>();
  for (const s of keysOf(book, selection.indicator)) {
    if (s.series === selection.series && s.unit === selection.unit && s.dimensionKey === selection.dimensionKey) {
      keys.set(s.area, s);
    }
  }
  const byLevel = new Map<string, AreaValue[]>();
  for (const [area, s] of keys) {
    const level = levelOf.get(area);
    if (level === undefined) continue;
    const list = byLevel.get(level) ?? [];
    for (const p of s.points) list.push({ area, year: p.year, value: p.value });
    byLevel.set(level, list);
  }
  const unitMethod = aggregationMethodFor(selection.unit);
  const weights = unitMethod === 'population_weighted' ? population ?? await populationOf(db) : undefined;
  const aggregation = aggregationRule(unitMethod, weights?.series ?? null);
  const method = aggregation.method;
  const levels = levelOrder(areas);
  const finest = [...levels].reverse().find((l) => byLevel.has(l));
  if (method && finest) {
    const base = byLevel.get(finest)!;
    for (const level of levels.slice(0, levels.indexOf(finest))) {
      const childrenOf = descendantsAt(areas, level, finest);
      const observed = new Set((byLevel.get(level) ?? []).map((v) => `${v.area}\u0000${v.year}`));
      const derived = deriveParentValues({ values: base, childrenOf, method, ...(weights ? { population: weights.byArea } : {}) })
        .filter((v) => !observed.has(`${v.area}\u0000${v.year}`));
      if (derived.length > 0) byLevel.set(level, [...(byLevel.get(level) ?? []), ...derived]);
    }
  }
  for (const list of byLevel.values()) list.sort((a, b) => a.year - b.year || (a.area < b.area ? -1 : a.area > b.area ? 1 : 0));
  const national = (byLevel.get(levels[0] ?? 'country') ?? []).filter((v) => v.area === book.countryArea);
  const country = keys.get(book.countryArea ?? '');
  const direction = country?.target?.direction ?? mostCommonDirection([...keys.values()]);
  return { byLevel, keys, national, direction, aggregation };
}

/**
 * The population that weights rates and shares: the first of {@link POPULATION_SERIES_CODES} with published values
 * (every breakdown at its total), area code → values by year; `{ series: null }` with an empty map when none is stored.
 * @example await populationOf(db) // { series: 'POP_TOTAL', byArea: Map { 'BD-01' => [{ year: 2022, value: 2_305_000 }], … } }
 */
export async function populationOf(db: Db): Promise<Population> {
  for (const series of POPULATION_SERIES_CODES) {
    const byArea = new Map<string, YearValue[]>();
    for (const o of await publishedOfSeries(db, series)) {
      if (Object.values(o.dimensions).some((c) => c !== '_T')) continue;
      const year = Number(o.period.start.slice(0, 4));
      byArea.set(o.area, [...(byArea.get(o.area) ?? []), { year, value: o.value }]);
    }
    if (byArea.size > 0) return { series, byArea };
  }
  return { series: null, byArea: new Map() };
}

/** Area code → population by year from {@link populationOf} (empty without a population series). */
export async function populationByArea(db: Db): Promise<Map<string, YearValue[]>> {
  return (await populationOf(db)).byArea;
}

/** Levels from the top (the country) down, in the order the area tree first shows them. */
export function levelOrder(areas: readonly LocalisedArea[]): string[] {
  const depth = new Map<string, number>();
  const parentOf = new Map(areas.map((a) => [a.code, a.parent]));
  for (const a of areas) {
    let d = 0;
    for (let p = a.parent; p !== null && p !== undefined && d < 20; p = parentOf.get(p) ?? null) d++;
    if (!depth.has(a.level) || depth.get(a.level)! > d) depth.set(a.level, d);
  }
  return [...depth].sort((a, b) => a[1] - b[1]).map(([level]) => level);
}

/** Each area of `level` → every area of `finest` below it. */
function descendantsAt(areas: readonly LocalisedArea[], level: string, finest: string): Map<string, string[]> {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const out = new Map<string, string[]>(areas.filter((a) => a.level === level).map((a) => [a.code, []]));
  for (const a of areas) {
    if (a.level !== finest) continue;
    for (let p = a.parent, guard = 0; p !== null && guard < 20; p = byCode.get(p)?.parent ?? null, guard++) {
      const list = out.get(p);
      if (list) {
        list.push(a.code);
        break;
      }
    }
  }
  return out;
}

const byIndicator = new WeakMap<ProgressBook, Map<string, AssessedSeries[]>>();

/** The keys of one indicator, indexed once per book (a book is never changed after it is built). */
function keysOf(book: ProgressBook, indicator: string): readonly AssessedSeries[] {
  let index = byIndicator.get(book);
  if (!index) {
    index = new Map();
    for (const s of book.series) {
      const list = index.get(s.indicator);
      if (list) list.push(s);
      else index.set(s.indicator, [s]);
    }
    byIndicator.set(book, index);
  }
  return index.get(indicator) ?? [];
}

function mostCommonDirection(keys: AssessedSeries[]): 'increase' | 'decrease' | null {
  let up = 0, down = 0;
  for (const k of keys) {
    if (k.target?.direction === 'increase') up++;
    if (k.target?.direction === 'decrease') down++;
  }
  return up === 0 && down === 0 ? null : up >= down ? 'increase' : 'decrease';
}
