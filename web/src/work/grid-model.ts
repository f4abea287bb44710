import type { DraftValue, GridAnswer, GridRow, Issue, PeriodLock, PublishedValue } from '../api/work.ts';
import { observationKey } from './value-text.ts';

/**
 * The data-entry grid as the page draws it: rows (area × disaggregation) down, time periods across, each cell with its
 * published and draft value. Pure functions over the `GET /indicators/{code}/grid` answer.
 */

/** Names of dimensions and their codes, e.g. `{ SEX: { name: 'Sex', codes: { F: 'Female' } } }`. */
export type DimensionNames = Record<string, { name: string; codes: Record<string, string> }>;

/**
 * The names of every dimension of the indicator's series, from `GET /indicators/{code}` (in the page language).
 * @example dimensionNames([{ dimensions: [{ id: 'SEX', name: 'Sex', codes: [{ code: 'F', name: 'Female' }] }] }])
 * // { SEX: { name: 'Sex', codes: { F: 'Female' } } }
 */
export function dimensionNames(series: readonly { dimensions: readonly { id: string; name: string; codes: readonly { code: string; name: string }[] }[] }[]): DimensionNames {
  const names: DimensionNames = {};
  for (const s of series) {
    for (const d of s.dimensions) {
      const entry = names[d.id] ??= { name: d.name, codes: {} };
      for (const c of d.codes) entry.codes[c.code] ??= c.name;
    }
  }
  return names;
}

/** One cell's address in the grid. */
export interface CellRef {
  row: number;
  col: number;
}

/** Everything the grid knows about one cell. */
export interface GridCellModel {
  key: string;
  row: GridRow;
  period: string;
  published: PublishedValue | null;
  draft: DraftValue | null;
  lock: PeriodLock | null;
}

/**
 * The periods the grid shows: the answer's, plus periods the user added, in time order (text order puts `2014/15`
 * after `2014` and `2024-Q1` after `2024`, which is time order for the kinds of period the data use).
 * @example gridPeriods(['2021', '2019'], ['2022']) // ['2019', '2021', '2022']
 */
export function gridPeriods(periods: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...periods, ...added])].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The cell of `row` at `period`, with the lock that applies to its period. */
export function cellAt(grid: GridAnswer, row: GridRow, period: string): GridCellModel {
  const cell = row.cells[period];
  return {
    key: observationKey(grid.selected?.series ?? '', row.area, period, row.dimensions, grid.selected?.unit ?? ''),
    row,
    period,
    published: cell?.published ?? null,
    draft: cell?.draft ?? null,
    lock: grid.locks.find((l) => l.timePeriod === period) ?? (cell?.locked ? { timePeriod: period, reason: '', submissionId: 0, lockedAt: '' } : null),
  };
}

/**
 * The value the cell holds now: the draft's when there is one (null when the draft deletes it), else the published.
 * @example currentValue({ published: { value: 27.3, … }, draft: null, … }) // 27.3
 */
export function currentValue(cell: Pick<GridCellModel, 'published' | 'draft'>): number | null {
  if (cell.draft) return cell.draft.op === 'delete' ? null : cell.draft.value;
  return cell.published?.value ?? null;
}

/** Issues by observation key (computed from the issue's fields, so the grid and the server need not agree on text). */
export function issuesByKey(issues: readonly Issue[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = observationKey(issue.series, issue.area, issue.timePeriod, issue.dimensions, keyUnit(issue.key));
    map.set(key, [...(map.get(key) ?? []), issue]);
  }
  return map;
}

/** The unit at the end of an observation key (`…||PER_1000_LIVE_BIRTHS`). */
function keyUnit(key: string): string {
  return key.slice(key.lastIndexOf('|') + 1);
}

/**
 * The address `steps` away from `from` in a grid of `rows` × `cols`, kept inside it.
 * @example moveCell({ row: 0, col: 0 }, 1, 0, 3, 4) // { row: 1, col: 0 }
 */
export function moveCell(from: CellRef, rowStep: number, colStep: number, rows: number, cols: number): CellRef {
  return {
    row: Math.min(Math.max(from.row + rowStep, 0), Math.max(rows - 1, 0)),
    col: Math.min(Math.max(from.col + colStep, 0), Math.max(cols - 1, 0)),
  };
}

/**
 * Whether `text` is a time period the data use: a year `2022`, a fiscal year `2021/22`, a quarter `2024-Q1`, a month
 * `2024-03` or a range `2010-2015`.
 */
export function isPeriod(text: string): boolean {
  return /^\d{4}(\/\d{2}(\d{2})?|-Q[1-4]|-(0[1-9]|1[0-2])|-\d{4})?$/.test(text.trim());
}
