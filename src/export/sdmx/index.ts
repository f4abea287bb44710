/**
 * SDMX output of published observations under the SDG DSD (IAEG-SDGs:SDG(1.14)): SDMX-CSV 1.0 and 2.0 and the
 * SDMX-JSON 2.0.0 data message. sdmxObservation maps one stored observation to the DSD's key and attributes.
 */
import type { ObservationRecord } from '../../store/index.ts';
import { sdmxObservation } from './sdmx-observation.ts';
import type { DatedObservation } from './sdmx-json.ts';

export { SDG_ATTRIBUTES, SDG_DATAFLOW, SDG_DIMENSIONS, SDG_DSD, DIMENSION_CODELISTS, type SdgDimension } from './sdg-dsd.ts';
export { sdgCodelists } from './sdg-codelists.ts';
export { customBreakdown, readCustomBreakdown } from './custom-breakdown.ts';
export { sdmxCsv, sdmxCsvHeader, sdmxCsvRow, type SdmxCsvVersion } from './sdmx-csv.ts';
export { sdmxJson, SDMX_JSON_SCHEMA, type DatedObservation, type SdmxJsonOptions } from './sdmx-json.ts';
export { sdmxObservation, type SdmxObservation } from './sdmx-observation.ts';
export { sdmxTimePeriod } from './sdmx-time-period.ts';

/** Stored observations as SDMX observations that keep their periods' first and last day (for SDMX-JSON). */
export function datedSdmxObservations(records: readonly ObservationRecord[]): DatedObservation[] {
  return records.map((r) => ({ ...sdmxObservation(r), periodStart: r.periodStart, periodEnd: r.periodEnd }));
}
