/**
 * The series an Open SDG `progress_calculation_options` entry points at, taken from an indicator's data table
 * (rows of the `indicator_G-T-I.csv` file), and the method input it describes. Follows sdg-build 2.4
 * `SeriesProgress.filter_data` (Open SDG documentation, "Progress measurement", configuration section).
 * Pure: the caller reads the file.
 */
import type { ProgressInput, YearValue } from './types.ts';

/** One `progress_calculation_options` entry as written in an Open SDG indicator configuration. */
export interface OpenSdgProgressOptions {
  series?: string;
  unit?: string;
  disaggregation?: { field: string; value: string }[];
  base_year?: number;
  target?: number | null;
  target_year?: number;
  /** `positive` or `negative`; Open SDG reads anything else as `negative`. */
  direction?: string;
  limit?: number | null;
  /** Entries (or further groups) whose scores are averaged into one before the indicator's mean. */
  group?: OpenSdgProgressOptions[];
}

/** Column roles of the data repository (site configuration `non_disaggregation_columns`, `observation_attributes`). */
export interface OpenSdgColumns {
  nonDisaggregation: string[];
  observationAttributes: string[];
  series: string;
  unit: string;
  progress: string;
}

/** Open SDG's default column names. */
export const OPEN_SDG_COLUMNS: OpenSdgColumns = {
  nonDisaggregation: ['Year', 'Units', 'Series', 'Value', 'GeoCode', 'Observation status', 'Unit multiplier', 'Unit measure', 'Progress'],
  observationAttributes: ['COMMENT_OBS'],
  series: 'Series',
  unit: 'Units',
  progress: 'Progress',
};

/** Cells pandas reads as missing. */
const MISSING = new Set(['', 'NA', 'N/A', 'n/a', 'NaN', 'nan', '-NaN', '-nan', 'null', 'NULL', '#N/A', '#NA', '<NA>', 'None', '1.#IND', '1.#QNAN', '-1.#IND', '-1.#QNAN', '#N/A N/A']);

/** Longest series label Open SDG publishes; longer labels have their longest parts cut with "...". */
const TAG_MAX = 122;

/**
 * Series label Open SDG publishes: indicator / series / unit / disaggregation values, joined by " / ", leading
 * underscores (a sorting device) dropped. Over 122 characters, the parts that fit an equal share stay whole and
 * the others, in order, share what is left (the last takes the remainder), each cut part ending in "...".
 * @example openSdgSeriesTag('16-3-1', { series: 'Physical violence', disaggregation: [{ field: 'Type', value: '_Robbery' }] })
 *   // '16-3-1 / Physical violence / Robbery'
 */
export function openSdgSeriesTag(indicator: string, options: OpenSdgProgressOptions): string {
  const parts = [options.series, options.unit, ...(options.disaggregation ?? []).map((d) => d.value)]
    .filter((p) => p !== undefined && p !== null).map((p) => String(p).replace(/^_+/, ''));
  const whole = [indicator, ...parts].join(' / ');
  if (whole.length <= TAG_MAX) return whole;
  let budget = TAG_MAX - indicator.length - 3 * parts.length;
  const cut = [...parts];
  const byLength = parts.map((_, i) => i).sort((a, b) => parts[a]!.length - parts[b]!.length || a - b);
  let k = 0;
  for (; k < byLength.length && parts[byLength[k]!]!.length <= Math.floor(budget / (byLength.length - k)); k += 1) {
    budget -= parts[byLength[k]!]!.length;
  }
  const long = byLength.slice(k).sort((a, b) => a - b);
  long.forEach((i, n) => {
    const share = Math.floor(budget / (long.length - n));
    cut[i] = `${parts[i]!.slice(0, share - 3)}...`;
    budget -= share;
  });
  return [indicator, ...cut].join(' / ');
}

/** The method input for an options entry (direction `positive` → increase, anything else → decrease, as published). */
export function openSdgInput(series: YearValue[], options: OpenSdgProgressOptions): ProgressInput {
  return {
    series,
    direction: options.direction === 'positive' ? 'increase' : 'decrease',
    ...(options.target === undefined || options.target === null
      ? {} : { target: { value: Number(options.target), year: options.target_year ?? 2030 } }),
    ...(options.base_year === undefined ? {} : { baseYear: Number(options.base_year) }),
    ...(options.limit === undefined || options.limit === null ? {} : { limit: Number(options.limit) }),
  };
}

/**
 * Year/value points of the series the options select: years cut to their first four characters when any is longer
 * ("2015/2016" → 2015), the `Progress` column replacing `Value` when present, unit / series / disaggregation filters
 * (a value absent from its column leaves no data; a column absent from the table is not filtered), then the rows whose other disaggregation cells are
 * all empty (the headline when no disaggregation is named). Returns a reason instead when several sub-series or duplicate years remain.
 */
export function selectOpenSdgSeries(
  rows: Record<string, string>[], header: string[], options: OpenSdgProgressOptions, cols: OpenSdgColumns = OPEN_SDG_COLUMNS,
): { points: YearValue[] } | { reason: string } {
  const cutYears = rows.some((r) => (r.Year ?? '').length > 4);
  let data: Record<string, string>[] = rows.map((r) => ({ ...r, Year: cutYears ? (r.Year ?? '').slice(0, 4) : r.Year ?? '' }));
  let columns = header;
  if (header.length > 2) {
    const keep = new Set(['Year', cols.series, cols.unit, cols.progress, 'Value']);
    const drop = new Set([...cols.nonDisaggregation, ...cols.observationAttributes].filter((c) => !keep.has(c)));
    columns = header.filter((c) => !drop.has(c));
    if (columns.includes(cols.progress)) {
      data = data.map((r) => ({ ...r, Value: r[cols.progress] ?? '' }));
      columns = columns.filter((c) => c !== cols.progress);
    }
    if (options.unit != null) data = filterColumn(data, columns, cols.unit, options.unit);
    if (options.series != null) data = filterColumn(data, columns, cols.series, options.series);
    for (const d of options.disaggregation ?? []) data = filterColumn(data, columns, d.field, d.value);
    const chosen = new Set((options.disaggregation ?? []).map((d) => d.field));
    const others = columns.filter((c) => !cols.nonDisaggregation.includes(c) && !chosen.has(c));
    data = data.filter((r) => others.every((c) => missing(r[c])));
    for (const c of columns.filter((c) => c !== 'Year' && c !== 'Value')) {
      const groups = new Set(data.map((r) => (missing(r[c]) ? '' : r[c])));
      if (groups.size > 1) return { reason: `several sub-series remain in column ${c}: ${[...groups].join(', ')}` };
    }
  }
  const points = data.filter((r) => !missing(r.Value)).map((r) => ({ year: Number(r.Year), value: Number(r.Value) }));
  const seen = new Set<number>();
  for (const p of points) {
    if (seen.has(p.year)) return { reason: `duplicate value for year ${p.year}` };
    seen.add(p.year);
  }
  return { points };
}

function filterColumn(data: Record<string, string>[], columns: string[], column: string, value: string) {
  if (!columns.includes(column)) return data;
  return data.filter((r) => r[column] === String(value));
}

function missing(cell: string | undefined): boolean {
  return cell === undefined || MISSING.has(cell.trim());
}
