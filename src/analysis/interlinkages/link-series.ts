/**
 * Which figures stand for an indicator in the interlinkage analysis. Nationally: its headline key at the country
 * (the keys a progress view reads, per series × unit the total), the first of them in the order given that has a
 * desired direction, as yearly values. Across areas: per area the same choice, its value in one year. An
 * indicator with no key carrying a direction is left out and named, since its values cannot be aligned.
 */
import type { Direction, LinkSeries } from './aligned-points.ts';

/** What a key must give: its indicator, series, unit, yearly points and the direction of its target (none: null). */
export interface KeyInput {
  series: string;
  unit: string;
  points: readonly { year: number; value: number }[];
  target: { direction: Direction } | null;
}

/** A series standing for its indicator, with the series code and unit it comes from. */
export interface ChosenSeries extends LinkSeries {
  series: string;
  unit: string;
}

/** The chosen series, and the indicators left out for want of a direction. */
export interface SeriesChoice {
  series: ChosenSeries[];
  withoutDirection: string[];
}

/**
 * National series: per indicator (in the order of `keys`), the first key with a direction, its points by year.
 * `goalsOf` gives an indicator's goals (default: the first part of its code).
 * @example nationalSeries(new Map([['1.1.1', [{ series: 'SI_POV_DAY1', unit: 'PT', target: { direction: 'decrease' },
 *   points: [{ year: 2016, value: 14.3 }] }]]]))
 * // → { series: [{ indicator: '1.1.1', goals: ['1'], direction: 'decrease', series: 'SI_POV_DAY1', unit: 'PT',
 * //     values: Map { 2016 => 14.3 } }], withoutDirection: [] }
 */
export function nationalSeries(
  keys: ReadonlyMap<string, readonly KeyInput[]>, goalsOf: (indicator: string) => readonly string[] = goalOfCode,
): SeriesChoice {
  const series: ChosenSeries[] = [], withoutDirection: string[] = [];
  for (const [indicator, list] of keys) {
    const key = list.find((k) => k.target !== null);
    if (!key) {
      withoutDirection.push(indicator);
      continue;
    }
    const values = new Map<number, number>();
    for (const p of [...key.points].sort((x, y) => x.year - y.year)) values.set(p.year, p.value);
    series.push({ indicator, goals: goalsOf(indicator), direction: key.target!.direction, series: key.series, unit: key.unit, values });
  }
  return { series, withoutDirection };
}

/**
 * Series across areas for one `year`: per indicator, its value in each area (keyed by area code, in the order of
 * `byArea`), from the area's first key with a direction and a point that year; the direction of the first area's key.
 * @example areaSeries(new Map([['BD-10', keysOfDhaka], ['BD-20', keysOfKhulna]]), 2022).series[0]?.values
 * // Map { 'BD-10' => 92.1, 'BD-20' => 88.4 }
 */
export function areaSeries(
  byArea: ReadonlyMap<string, ReadonlyMap<string, readonly KeyInput[]>>, year: number,
  goalsOf: (indicator: string) => readonly string[] = goalOfCode,
): SeriesChoice {
  const chosen = new Map<string, ChosenSeries>();
  const seen = new Set<string>();
  for (const [area, keys] of byArea) {
    for (const [indicator, list] of keys) {
      seen.add(indicator);
      for (const key of list) {
        const point = key.target ? key.points.find((p) => p.year === year) : undefined;
        if (!point) continue;
        let s = chosen.get(indicator);
        if (!s) {
          s = { indicator, goals: goalsOf(indicator), direction: key.target!.direction, series: key.series, unit: key.unit, values: new Map() };
          chosen.set(indicator, s);
        }
        (s.values as Map<string, number>).set(area, point.value);
        break;
      }
    }
  }
  const withoutDirection = [...seen].filter((i) => !chosen.has(i) && ![...byArea.values()].some((k) => k.get(i)?.some((x) => x.target)));
  return { series: [...chosen.values()], withoutDirection };
}

function goalOfCode(indicator: string): string[] {
  return [indicator.split('.')[0]!];
}
