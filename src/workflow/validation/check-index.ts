import { TOTAL } from '../../domain/index.ts';
import { dimensionsKey, type CheckContext, type CheckedValue } from './checked-value.ts';
import { forEachInTurns, nextTurn, ROWS_PER_TURN } from './in-turns.ts';

/**
 * The data the checks compare with, indexed once per validation so that each check costs one lookup per value
 * instead of a scan of the data: the context's data with the checked values merged over it by key, grouped
 * - by timeline (series, area, unit, dimensions and period kind), each sorted by period start then end, for
 *   `yoy_change` (a binary search finds the previous period);
 * - by group of one dimension (series, unit, area, period and the other dimensions), with the categories each series
 *   and unit has, for `parts_sum`.
 * Each grouping is built on first use, or ahead by {@link prepareTimelines} and {@link prepareGroups}, which give the
 * event loop a turn every few thousand values. One index serves a validation run over its values in several slices:
 * {@link firstTime} lets a check report a group once when its values fall in several slices.
 * @example const index = new CheckIndex(values, { data: published }); index.previousOf(value2021) // the 2020 value, if any
 */
export class CheckIndex {
  private mergedByKey: Map<string, CheckedValue> | null = null;
  private timelines: Map<string, CheckedValue[]> | null = null;
  private readonly parts = new Map<string, DimensionGroups>();
  private readonly seen = new Map<string, Set<string>>();

  constructor(private readonly values: CheckedValue[], private readonly context: CheckContext) {}

  /** The context's data with the checked values merged over it, by key. */
  get merged(): Map<string, CheckedValue> {
    if (!this.mergedByKey) {
      const merged = new Map<string, CheckedValue>();
      for (const v of this.context.data) merged.set(v.key, v);
      for (const v of this.values) merged.set(v.key, v);
      this.mergedByKey = merged;
    }
    return this.mergedByKey;
  }

  /** Builds the merged values and their timelines (see {@link previousOf}) ahead, in turns of the event loop. */
  async prepareTimelines(): Promise<void> {
    if (this.timelines) return;
    const lines = new Map<string, CheckedValue[]>();
    await forEachInTurns((await this.prepareMerged()).values(), (v) => addTo(lines, timelineKey(v), v));
    let sorted = 0;
    for (const line of lines.values()) {
      sortByPeriod(line);
      sorted += line.length;
      if (sorted >= ROWS_PER_TURN) {
        sorted = 0;
        await nextTurn();
      }
    }
    this.timelines = lines;
  }

  /** Builds the groups of a dimension (see {@link groupsOf}) ahead, in turns of the event loop. */
  async prepareGroups(dimension: string): Promise<void> {
    if (this.parts.has(dimension)) return;
    const groups = emptyGroups();
    await forEachInTurns((await this.prepareMerged()).values(), (v) => addToGroups(groups, v, dimension));
    this.parts.set(dimension, groups);
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
      groups = emptyGroups();
      for (const v of this.merged.values()) addToGroups(groups, v, dimension);
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
    for (const v of this.merged.values()) addTo(lines, timelineKey(v), v);
    for (const line of lines.values()) sortByPeriod(line);
    this.timelines = lines;
    return lines;
  }

  private async prepareMerged(): Promise<Map<string, CheckedValue>> {
    if (!this.mergedByKey) {
      const merged = new Map<string, CheckedValue>();
      await forEachInTurns(this.context.data, (v) => merged.set(v.key, v));
      await forEachInTurns(this.values, (v) => merged.set(v.key, v));
      this.mergedByKey = merged;
    }
    return this.mergedByKey;
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

function emptyGroups(): DimensionGroups {
  return { groups: new Map(), categories: new Map() };
}

function addToGroups({ groups, categories }: DimensionGroups, v: CheckedValue, dimension: string): void {
  const code = v.dimensions[dimension];
  if (code === undefined) return;
  addTo(groups, groupKey(v, dimension), v);
  if (code === TOTAL) return;
  const series = seriesKey(v);
  const codes = categories.get(series);
  if (codes) codes.add(code);
  else categories.set(series, new Set([code]));
}

function addTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const items = map.get(key);
  if (items) items.push(item);
  else map.set(key, [item]);
}

function sortByPeriod(line: CheckedValue[]): void {
  line.sort((a, b) => compare(a.period.start, b.period.start) || compare(a.period.end, b.period.end));
}

function timelineKey(v: CheckedValue): string {
  return `${v.series}\u001f${v.area}\u001f${v.unit}\u001f${v.period.kind}\u001f${dimensionsKey(v.dimensions)}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
