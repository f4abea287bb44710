/**
 * Class breaks of a choropleth: quantiles of the values shown, a sequential colour per class, and which end of the
 * scale is better. Pure: no React, no ECharts.
 */

/** Desired direction of a series, as the progress book gives it (`increase`: higher is better). */
export type Direction = 'increase' | 'decrease';

/**
 * Five steps of ColorBrewer's sequential "YlGnBu" (Cynthia Brewer, colorbrewer2.org, 5-class), marked there as safe
 * for the common colour-vision deficiencies and for print: light yellow for the lowest class to dark blue for the
 * highest. Classes follow the values, whatever the direction; the legend names the better end in words.
 */
export const SEQUENTIAL_SCALE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** Fill of an area without a value. */
export const NO_DATA_COLOUR = '#e4e4e4';

/** The classes of a map: `breaks` between them (ascending), one colour each, and the range they cover. */
export interface ClassBreaks {
  /** Lower bound of every class after the first, e.g. `[20, 30, 40, 50]` for five classes. */
  breaks: number[];
  colours: string[];
  min: number;
  max: number;
}

/**
 * Quantile classes of `values` (NaN and non-finite values ignored): at most `classes` classes holding about the same
 * number of values, fewer when the values have fewer distinct numbers. Quantiles are interpolated between order
 * statistics (Hyndman & Fan 1996, definition 7, R's default); a break that ties with the one below moves up to the next
 * distinct value, so no class is empty. Colours take {@link SEQUENTIAL_SCALE}, spread over it
 * when there are fewer than five classes. Null when there is no value.
 * @example quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9], 4) // { breaks: [3, 5, 7], colours: [4 steps], min: 1, max: 9 }
 */
export function quantileBreaks(values: readonly number[], classes = 5): ClassBreaks | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const distinct = new Set(sorted).size;
  const wanted = Math.max(1, Math.min(classes, distinct, SEQUENTIAL_SCALE.length));
  const breaks: number[] = [];
  for (let k = 1; k < wanted; k++) {
    const lower = breaks[breaks.length - 1] ?? sorted[0]!;
    let b: number | undefined = quantileSorted(sorted, k / wanted);
    // Ties at a quantile would give an empty class: start the class at the next distinct value instead.
    if (b <= lower) b = sorted.find((v) => v > lower);
    if (b !== undefined) breaks.push(b);
  }
  return { breaks, colours: coloursFor(breaks.length + 1), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/**
 * The class of a value: 0 below the first break, i where `breaks[i - 1] ≤ value < breaks[i]`; null for no value.
 * @example classOf(35, { breaks: [20, 30, 40, 50], … }) // 2
 */
export function classOf(value: number | null | undefined, classes: ClassBreaks): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  let index = 0;
  while (index < classes.breaks.length && value >= classes.breaks[index]!) index++;
  return index;
}

/** The fill of a value: its class colour, or {@link NO_DATA_COLOUR}. */
export function colourOf(value: number | null | undefined, classes: ClassBreaks | null): string {
  const index = classes ? classOf(value, classes) : null;
  return index === null ? NO_DATA_COLOUR : classes!.colours[index]!;
}

/**
 * The bounds of each class, `[from, to]`, from the minimum to the maximum; the last class includes its upper bound.
 * @example classRanges({ breaks: [3, 5, 7], min: 1, max: 9, … }) // [[1, 3], [3, 5], [5, 7], [7, 9]]
 */
export function classRanges(classes: ClassBreaks): [number, number][] {
  const bounds = [classes.min, ...classes.breaks, classes.max];
  return classes.breaks.concat(classes.max).map((_, i) => [bounds[i]!, bounds[i + 1]!]);
}

/**
 * Which end of the legend is better: `high` when higher values are desired, `low` when lower ones are, null when the
 * direction is unknown (the legend then names no better end).
 */
export function betterEnd(direction: Direction | null | undefined): 'high' | 'low' | null {
  return direction === 'increase' ? 'high' : direction === 'decrease' ? 'low' : null;
}

/** The sample quantile `p` (0…1) of ascending `sorted`, by linear interpolation (definition 7). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function coloursFor(count: number): string[] {
  if (count === 1) return [SEQUENTIAL_SCALE[2]];
  const last = SEQUENTIAL_SCALE.length - 1;
  return Array.from({ length: count }, (_, i) => SEQUENTIAL_SCALE[Math.round((i * last) / (count - 1))]!);
}
