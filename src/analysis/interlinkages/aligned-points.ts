/**
 * The observations two indicators share, put on one footing: values of an indicator whose desired direction is
 * `decrease` are multiplied by −1, so that "both improving" correlates positively (Pradhan et al. 2017, section 2.1);
 * optionally first-differenced (year-on-year change per year between consecutive shared years), which removes the
 * common trend two series share only because both move with time.
 */

/** Which way an indicator should move (the progress book's desired direction). */
export type Direction = 'increase' | 'decrease';

/**
 * One indicator's observations, keyed by year (national series) or by area code (one year across areas), in key
 * order (years ascending), and the goals it is listed under.
 */
export interface LinkSeries {
  indicator: string;
  goals: readonly string[];
  direction: Direction;
  values: ReadonlyMap<number | string, number>;
}

/** Shared observations: `keys` with the raw values of each side, and the aligned (and differenced) samples. */
export interface AlignedPoints {
  keys: (number | string)[];
  a: number[];
  b: number[];
  /** The samples correlated: sign-aligned values, or their changes per year when differenced (one fewer). */
  x: number[];
  y: number[];
}

/**
 * The keys both series hold, in the first series' key order, with raw and aligned samples.
 * `difference` needs numeric keys (years): each change is divided by the years between the two shared years.
 * @example alignedPoints(
 *   { indicator: '3.2.1', goals: ['3'], direction: 'decrease', values: new Map([[2015, 30], [2016, 28], [2017, 25]]) },
 *   { indicator: '4.1.1', goals: ['4'], direction: 'increase', values: new Map([[2016, 60], [2017, 64]]) }, false)
 * // → { keys: [2016, 2017], a: [28, 25], b: [60, 64], x: [-28, -25], y: [60, 64] }
 */
export function alignedPoints(first: LinkSeries, second: LinkSeries, difference: boolean): AlignedPoints {
  const keys: (number | string)[] = [], a: number[] = [], b: number[] = [];
  for (const [key, value] of first.values) {
    const other = second.values.get(key);
    if (other === undefined) continue;
    keys.push(key);
    a.push(value);
    b.push(other);
  }
  const sa = first.direction === 'decrease' ? -1 : 1, sb = second.direction === 'decrease' ? -1 : 1;
  if (!difference) return { keys, a, b, x: a.map((v) => sa * v), y: b.map((v) => sb * v) };
  const x: number[] = [], y: number[] = [];
  for (let i = 1; i < keys.length; i++) {
    const span = Number(keys[i]) - Number(keys[i - 1]);
    if (!(span > 0)) throw new Error(`alignedPoints: differencing needs ascending years, got ${String(keys[i - 1])} then ${String(keys[i])}`);
    x.push((sa * (a[i]! - a[i - 1]!)) / span);
    y.push((sb * (b[i]! - b[i - 1]!)) / span);
  }
  return { keys, a, b, x, y };
}
