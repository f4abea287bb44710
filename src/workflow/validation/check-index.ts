import { TOTAL } from '../../domain/index.ts';
import { dimensionsKey, type CheckContext, type CheckedValue } from './checked-value.ts';

/**
 * The data the checks compare with, indexed once per validation so that each check costs one lookup per value
 * instead of a scan of the data: the context's data with the checked values merged over it by key, grouped
 * - by timeline (series, area, unit, dimensions and period kind), each sorted by period start then end, for
 *   `yoy_change` (a binary search finds the previous period);
 * - by group of one dimension (series, unit, area, period and the other dimensions), with the categories each series
 *   and unit has, for `parts_sum`.
 * Groupings are built on first use. One index serves a validation run over its values in several slices:
 * {@link firstTime} lets a check report a group once when its values fall in several slices.
 * @example const index = new CheckIndex(values, { data: published }); index.previousOf(value2021) // the 2020 value, if any
 */
export class CheckIndex {
  /** The context's data with the checked values merged over it, by key. */
  readonly merged = new Map<string, CheckedValue>();
  private timelines: Map<string, CheckedValue[]> | null = null;
  private readonly parts = new Map<string, DimensionGroups>();
  private readonly seen = new Map<string, Set<string>>();

  constructor(values: CheckedValue[], context: CheckContext) {
    for (const v of context.data) this.merged.set(v.key, v);
    for (const v of values) this.merged.set(v.key, v);
  }

  /**
   * The value of the same series, area, dimensions and unit whose period, of the same kind, is the latest to start
   * before the value's (the longer one when two start on the same day), or undefined.
   */
  previousOf(value: CheckedValue): CheckedValue | undefined {
    const line = this.timelinesByKey().get(timelineKey(value));
    if (!line) return undefined;
    const start = value.period.start;
    let low = 0;
    let high = line.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (line[middle]!.period.start < start) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? line[low - 1] : undefined;
  }

  /** The merged values that carry `dimension`, grouped by everything else, and the categories of each series and unit. */
  groupsOf(dimension: string): DimensionGroups {
    let groups = this.parts.get(dimension);
    if (!groups) {
      groups = dimensionGroups(this.merged.values(), dimension);
      this.parts.set(dimension, groups);
    }
    return groups;
  }

  /** True the first time `key` is given in `scope`, false after: a check run slice by slice reports a group once. */
  firstTime(scope: string, key: string): boolean {
    let keys = this.seen.get(scope);
    if (!keys) {
      keys = new Set();
      this.seen.set(scope, keys);
    }
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  }

  private timelinesByKey(): Map<string, CheckedValue[]> {
    if (this.timelines) return this.timelines;
    const lines = new Map<string, CheckedValue[]>();
    for (const v of this.merged.values()) {
      const key = timelineKey(v);
      const line = lines.get(key);
      if (line) line.push(v);
      else lines.set(key, [v]);
    }
    for (const line of lines.values()) {
      line.sort((a, b) => compare(a.period.start, b.period.start) || compare(a.period.end, b.period.end));
    }
    this.timelines = lines;
    return lines;
  }
}

/** The values that carry one dimension, grouped for `parts_sum` (see {@link CheckIndex.groupsOf}). */
export interface DimensionGroups {
  /** Group key (see {@link groupKey}) → its members: the total `_T` and the categories. */
  groups: Map<string, CheckedValue[]>;
  /** Series and unit (see {@link seriesKey}) → every non-total code of the dimension, across areas and periods. */
  categories: Map<string, Set<string>>;
}

/** The group of a value for a dimension: series, unit, area, period and the other dimensions. */
export function groupKey(v: CheckedValue, dimension: string): string {
  return `${v.series}\u001f${v.unit}\u001f${v.area}\u001f${v.period.label}\u001f${dimensionsKey(v.dimensions, dimension)}`;
}

/** The series and unit of a value. */
export function seriesKey(v: CheckedValue): string {
  return `${v.series}\u001f${v.unit}`;
}

function dimensionGroups(values: Iterable<CheckedValue>, dimension: string): DimensionGroups {
  const groups = new Map<string, CheckedValue[]>();
  const categories = new Map<string, Set<string>>();
  for (const v of values) {
    const code = v.dimensions[dimension];
    if (code === undefined) continue;
    const key = groupKey(v, dimension);
    const members = groups.get(key);
    if (members) members.push(v);
    else groups.set(key, [v]);
    if (code === TOTAL) continue;
    const series = seriesKey(v);
    const codes = categories.get(series);
    if (codes) codes.add(code);
    else categories.set(series, new Set([code]));
  }
  return { groups, categories };
}

function timelineKey(v: CheckedValue): string {
  return `${v.series}\u001f${v.area}\u001f${v.unit}\u001f${v.period.kind}\u001f${dimensionsKey(v.dimensions)}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
