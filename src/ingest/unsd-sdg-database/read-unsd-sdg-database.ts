import type { Observation } from '../../domain/index.ts';
import { attributeCode } from '../sdmx-dimensions.ts';
import { numericValue } from '../numeric-value.ts';
import { ObservationCollector, type ReadOptions, type ReadResult, csvRecords, sdgReferences } from '../tidy-csv/index.ts';
import { TimePeriodError, parseTimePeriod } from '../time-period.ts';
import { unsdBreakdown } from './unsd-dimensions.ts';

/** Columns of the extract layout (Open Numbers' DDF export of the UNSD SDG API, one row per observation). */
export const UNSD_COLUMNS = [
  'series', 'indicator', 'series_description', 'geo_area_m49', 'year', 'value', 'units', 'nature', 'observation_status', 'dimensions',
] as const;

/**
 * Reads a UN Global SDG Indicators Database extract (columns {@link UNSD_COLUMNS}, plus `target`, `goal`, `iso3`,
 * `geo_area_name` which are not needed), for any country or region:
 * - `series` → Series code, named by `series_description`, unit `units` (a UNSD unit code such as `PERCENT`);
 *   the series is linked (`measures`) to every code in `indicator` (`1.5.1, 11.5.1, 13.1.1` → three links);
 * - `geo_area_m49` → area through `resolveArea` (`50` → `050`);
 * - `year` → TimePeriod (parseTimePeriod);
 * - `dimensions` (`key=value;…`) → SDMX dimensions (see unsdBreakdown; blank → none);
 * - `nature` → NATURE, `observation_status` → OBS_STATUS (SDMX codes, e.g. `e` → `E`); blanks are left out.
 *
 * Streams the file; observations go to `onBatch` as they are mapped. A row is rejected, naming its line, column
 * and value, when its area is unknown, its year is not a period, its value is not a number (the extract has `N` and
 * bounds such as `<5`), its dimensions cannot be read, or it repeats an earlier row's observation.
 * @throws ImportError when the file is missing, is not CSV, or lacks a column.
 * @example await readUnsdSdgDatabase('unsd-sdg-bgd-all-series.csv', { resolveArea, onBatch })
 *   // { series: [{ code: 'SI_POV_DAY1', name: 'Proportion of population below international poverty line (%)', unit: 'PERCENT',
 *   //   indicators: [{ indicatorId: '1.1.1', relation: 'measures' }] }, …], dimensions: […], report: { rowsRead: 9615, … } }
 */
export async function readUnsdSdgDatabase(file: string, options: ReadOptions): Promise<ReadResult> {
  const collector = new ObservationCollector(options.displayName ?? file, options.onBatch);
  for await (const { line, record } of csvRecords(file, UNSD_COLUMNS)) {
    collector.read();
    const cell = (column: (typeof UNSD_COLUMNS)[number]): string => (record[column] ?? '').trim();
    const series = cell('series');
    if (series === '') { collector.reject(line, 'series', 'series code is blank'); continue; }
    const areaText = cell('geo_area_m49');
    const area = options.resolveArea(areaText);
    if (area === null) {
      const name = (record.geo_area_name ?? '').trim();
      collector.reject(line, 'geo_area_m49', `"${areaText}"${name ? ` (${name})` : ''} is not a known reference area`);
      continue;
    }
    let period;
    try {
      period = parseTimePeriod(cell('year'), 'sdmx');
    } catch (e) {
      if (!(e instanceof TimePeriodError)) throw e;
      collector.reject(line, 'year', e.message);
      continue;
    }
    const value = numericValue(cell('value'));
    if ('reason' in value) { collector.reject(line, 'value', value.reason); continue; }
    const breakdown = unsdBreakdown(record.dimensions ?? '');
    if ('reason' in breakdown) { collector.reject(line, 'dimensions', breakdown.reason); continue; }

    const attributes: Record<string, string> = { ...breakdown.attributes };
    if (cell('nature') !== '') attributes.NATURE = attributeCode('NATURE', cell('nature'));
    if (cell('observation_status') !== '') attributes.OBS_STATUS = attributeCode('OBS_STATUS', cell('observation_status'));
    const unit = cell('units');
    collector.declareSeries(series, cell('series_description') || series, unit || null, sdgReferences(cell('indicator'), 'measures'));
    const observation: Observation = {
      series, area, period, dimensions: breakdown.dimensions, value: value.value, unit, unitMult: null, attributes,
    };
    await collector.add(line, observation);
  }
  return collector.finish();
}
