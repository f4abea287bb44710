import type { Observation, SeriesRelation } from '../../domain/index.ts';
import { type SdmxAttributeId, attributeCode, columnRole, dimensionCode } from '../sdmx-dimensions.ts';
import { TimePeriodError, parseTimePeriod } from '../time-period.ts';
import { csvRecords } from './csv-records.ts';
import { numericValue } from '../numeric-value.ts';
import { ObservationCollector, type ReadOptions, type ReadResult } from './observation-collector.ts';
import { sdgReferences } from './sdg-reference.ts';

/** Which column of a long-format ("tidy") CSV holds what; one observation per row. */
export interface TidyCsvColumns {
  /** Series code, e.g. `indicator_code` holding `INTERNET_15PLUS`. */
  series: string;
  /** Series name (the first row of a series gives it); default the code. */
  seriesName?: string;
  /** Unit of measure as written (`percent`, `persons per sq km`); default none (''). */
  unit?: string;
  /** Reference area: any code the area tree knows (ISO 3166-2 `BD-13`, M49, ISO alpha-3, P-code). */
  area: string;
  /** Time period as real files write it (see parseTimePeriod). */
  period: string;
  value: string;
  /** SDG references such as `17.8.1 (proxy)` (see sdgReferences); without it series link to `indicators` only. */
  indicator?: string;
  /** Breakdown columns; each column's dimension ID comes from columnRole (`sex` → SEX, `location` → URBANISATION). */
  dimensions?: string[];
  /** Attribute columns: column → attribute ID, e.g. `{ source_column: 'SOURCE_DETAIL' }`. */
  attributes?: Record<string, string>;
}

/** Options of {@link readTidyCsv}. */
export interface TidyCsvOptions extends ReadOptions {
  columns: TidyCsvColumns;
  /** Indicator links of every series in the file, e.g. `[{ indicatorId: '4.1.2', relation: 'proxy' }]`. */
  indicators?: { indicatorId: string; relation: SeriesRelation }[];
  /** Relation of links read from the `indicator` column; a reference marked `proxy` is a proxy anyway. Default `measures`. */
  relation?: SeriesRelation;
  /** Per breakdown column, source value (lower case) → code, applied before the SDMX mapping, e.g. `{ sex: { hijra: '_O' } }`. */
  codes?: Record<string, Record<string, string>>;
  /** Attributes every observation gets, e.g. `{ NATURE: 'C' }`. */
  attributes?: Record<string, string>;
}

/**
 * Reads a long-format CSV (one observation per row; series, area, period, breakdowns and value in named columns)
 * such as the BBS census 2022 district file or a World Bank WDI extract. Streams the file; observations go to
 * `onBatch` as they are mapped. Breakdown values become SDMX codes through dimensionCode (blank → `_T`,
 * `female` → `F`, `15+` → `Y_GE15`) after the `codes` overrides. A row is rejected, naming its line, column and
 * value, when its series is blank, its area is not in the tree, its period is not a time period, its value is not
 * a number, or it repeats an earlier row's observation; the rest of the file is still read.
 * @throws ImportError when the file is missing, is not CSV, or lacks a named column.
 * @example await readTidyCsv('bbs-census-2022-district-indicators.csv', { columns: { series: 'indicator_code', area: 'ref_area',
 *   period: 'year', value: 'value', dimensions: ['sex', 'location', 'age'] }, resolveArea, onBatch })
 *   // { series: [{ code: 'FIN_ACCOUNT_15PLUS', … }, …], dimensions: [{ id: 'AGE', … }, …], report: { rowsRead: 4928, … } }
 */
export async function readTidyCsv(file: string, options: TidyCsvOptions): Promise<ReadResult> {
  const { columns } = options;
  const collector = new ObservationCollector(options.displayName ?? file, options.onBatch);
  const breakdowns = (columns.dimensions ?? []).map((column) => ({ column, id: dimensionId(column), codes: lowerKeys(options.codes?.[column]) }));
  const attributeColumns = Object.entries(columns.attributes ?? {});
  const required = [columns.series, columns.area, columns.period, columns.value, columns.seriesName, columns.unit, columns.indicator,
    ...breakdowns.map((b) => b.column), ...attributeColumns.map(([c]) => c)].filter((c): c is string => c !== undefined);

  for await (const { line, record } of csvRecords(file, required)) {
    collector.read();
    const cell = (column: string | undefined): string => (column === undefined ? '' : (record[column] ?? '').trim());
    const series = cell(columns.series);
    if (series === '') { collector.reject(line, columns.series, 'series code is blank'); continue; }
    const areaText = cell(columns.area);
    const area = options.resolveArea(areaText);
    if (area === null) { collector.reject(line, columns.area, `"${areaText}" is not a known reference area`); continue; }
    let period;
    try {
      period = parseTimePeriod(cell(columns.period));
    } catch (e) {
      if (!(e instanceof TimePeriodError)) throw e;
      collector.reject(line, columns.period, e.message);
      continue;
    }
    const value = numericValue(cell(columns.value));
    if ('reason' in value) { collector.reject(line, columns.value, value.reason); continue; }

    const dimensions: Record<string, string> = {};
    for (const b of breakdowns) {
      const given = cell(b.column);
      dimensions[b.id] = b.codes[given.toLowerCase()] ?? dimensionCode(b.id, given);
    }
    const attributes: Record<string, string> = { ...options.attributes };
    for (const [column, id] of attributeColumns) {
      const given = cell(column);
      if (given !== '') attributes[id] = attributeCode(id as SdmxAttributeId, given);
    }
    const unit = cell(columns.unit);
    const links = [...(options.indicators ?? []), ...sdgReferences(cell(columns.indicator), options.relation ?? 'measures')];
    collector.declareSeries(series, cell(columns.seriesName) || series, unit || null, links);
    const observation: Observation = { series, area, period, dimensions, value: value.value, unit, unitMult: null, attributes };
    await collector.add(line, observation);
  }
  return collector.finish();
}

/** The dimension ID of a breakdown column: its SDMX ID when columnRole knows one, else the column name. */
function dimensionId(column: string): string {
  const role = columnRole(column);
  return role.kind === 'dimension' ? role.id : column.trim();
}

function lowerKeys(map: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v]));
}
