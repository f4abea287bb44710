/** The bulk download of all published data (one CSV per indicator, one SDMX-CSV file, a README), kept per data version. */
export { BULK_SDMX_CSV, BULK_ZIP_NAME, buildBulkZip, type BuiltBulkZip } from './build-bulk-zip.ts';
export { currentBulkDownload } from './bulk-download.ts';
