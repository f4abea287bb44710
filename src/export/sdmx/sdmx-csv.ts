import { csvText, type CsvCell } from '../csv/index.ts';
import { SDG_ATTRIBUTES, SDG_DATAFLOW, SDG_DIMENSIONS, SDG_DSD } from './sdg-dsd.ts';
import type { SdmxObservation } from './sdmx-observation.ts';

/** SDMX-CSV 1.0 (SDMX 2.1) or 2.0 (SDMX 3.0). */
export type SdmxCsvVersion = '1.0' | '2.0';

/**
 * The columns of an SDMX-CSV file of the SDG DSD, in the order the specifications give (structure columns, the
 * dimensions in DSD order, TIME_PERIOD, OBS_VALUE, the attributes in DSD order):
 * - 1.0 ("SDMX-CSV format", SDMX 2.1 Technical Standards, section 3 "Format description"): `DATAFLOW` first, holding
 *   the dataflow as `AGENCY:ID(VERSION)`;
 * - 2.0 (SDMX 3.0 Technical Standards, "SDMX-CSV 2.0.0", section 3): `STRUCTURE` (`datastructure`), `STRUCTURE_ID`
 *   (`IAEG-SDGs:SDG(1.14)`) and `ACTION` (`I`: information, the data as published, neither an append nor a deletion).
 */
export function sdmxCsvHeader(version: SdmxCsvVersion): string[] {
  const structure = version === '1.0' ? ['DATAFLOW'] : ['STRUCTURE', 'STRUCTURE_ID', 'ACTION'];
  return [...structure, ...SDG_DIMENSIONS, 'TIME_PERIOD', 'OBS_VALUE', ...SDG_ATTRIBUTES.map((a) => a.id)];
}

/** One data row of {@link sdmxCsvHeader}'s columns. */
export function sdmxCsvRow(o: SdmxObservation, version: SdmxCsvVersion): CsvCell[] {
  const structure = version === '1.0' ? [SDG_DATAFLOW.ref] : ['datastructure', SDG_DSD.ref, 'I'];
  return [...structure, ...SDG_DIMENSIONS.map((d) => o.key[d]), o.timePeriod, o.value, ...SDG_ATTRIBUTES.map((a) => o.attributes[a.id] ?? '')];
}

/**
 * The observations as one SDMX-CSV text: a header and one row per observation, written through the product's CSV
 * writer (formula text escaped; see csvText).
 * @example sdmxCsv([obs], '1.0').split('\n')[1] // 'IAEG-SDGs:DF_SDG_GLH(1.14),A,N,SH_DYN_MORT,50,F,_T,…,2021,25.2,A,0,PER_1000_LIVE_BIRTHS,…'
 */
export function sdmxCsv(observations: readonly SdmxObservation[], version: SdmxCsvVersion): string {
  return csvText([sdmxCsvHeader(version), ...observations.map((o) => sdmxCsvRow(o, version))]);
}
