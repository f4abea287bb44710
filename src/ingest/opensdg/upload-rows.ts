import type { CellProblem, RowReader } from '../upload/upload-row.ts';
import { planColumns } from './column-plan.ts';
import { PeriodReader } from './period-reader.ts';
import { reasons } from './reject-reasons.ts';
import { RowMapper } from './row-mapper.ts';

/** What rows of one uploaded file in Open SDG layout are read against. */
export interface OpenSdgUploadContext {
  indicatorId: string;
  /** Area of rows without a GeoCode, e.g. `050`. */
  countryArea: string;
  /** The stored area a GeoCode names under any of its codes, or undefined (the row then keeps the GeoCode as written). */
  knownArea: (geoCode: string) => string | undefined;
}

/**
 * A reader of one uploaded CSV (or sheet) in Open SDG layout, with exactly the column plan and row mapping of the
 * Open SDG import (planColumns, RowMapper): `Year` and `Value` found by name, `GeoCode` the area (blank → the
 * country), `Series` names (coded as the import codes them) or `SERIES` codes, `Units`, breakdown texts to SDMX
 * codes, blank breakdown → `_T`. A row is refused for the first problem the import would reject it for.
 * @returns the reader, or the header's problem (no `Year` or no `Value` column).
 * @example openSdgRowReader(['Year', 'Sex', 'Value'], { indicatorId: '3.2.1', countryArea: '050', knownArea }).map(['2021', 'Female', '25.2'])
 *   // { observation: { series: '3.2.1', area: '050', dimensions: { SEX: 'F' }, value: 25.2, … } }
 */
export function openSdgRowReader(header: string[], context: OpenSdgUploadContext): RowReader | CellProblem {
  const plan = planColumns(header, new Set());
  if (plan.year < 0 || plan.value < 0) return { column: '', reason: reasons.missingColumn(plan.year < 0 ? 'Year' : 'Value', header) };
  const mapper = new RowMapper(plan, { ...context, defaultSeriesName: context.indicatorId, periods: new PeriodReader() });
  const name = (index: number): string | null => (index < 0 ? null : header[index]!.trim());
  return {
    columns: {
      series: name(plan.series), area: name(plan.geoCode), period: name(plan.year)!, value: name(plan.value)!, unit: name(plan.unit),
      dimensions: new Map(plan.dimensions.map((d) => [d.id, header[d.index]!.trim()])),
    },
    map(cells) {
      const result = mapper.map(cells);
      return 'reason' in result ? { problems: [result] } : { observation: result.observation };
    },
  };
}
