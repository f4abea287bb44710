/**
 * SDMX data files: SDMX-ML 2.1 GenericData and StructureSpecificData (streamed), SDMX-CSV 1.0 and 2.0, checked
 * against a Data Structure Definition (see ingest/sdmx-dsd) and the store. See importSdmx and loadSdmx.
 */
export { importSdmx, loadSdmx, type SdmxImportOptions, type SdmxProgress } from './import-sdmx.ts';
export { sdmxDataFormat, sdmxRecords } from './sdmx-records.ts';
export type { SdmxDataFormat, SdmxRecord } from './sdmx-record.ts';
