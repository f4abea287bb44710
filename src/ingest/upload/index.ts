/**
 * Uploads for one indicator: one entry, parseUpload, reads a file in any accepted format (the CSV or XLSX template,
 * CSV in Open SDG layout, SDMX-CSV) into checked observations plus every problem with file, sheet, row, column and
 * reason. See UploadContext for what rows are checked against.
 */
export { matchKey, withoutTotals } from './match-key.ts';
export { MAX_LISTED_PROBLEMS } from './upload-checker.ts';
export { PROGRESS_EVERY, parseUpload, type ParseUploadOptions, type ParsedUpload, type UploadSource } from './parse-upload.ts';
export type { UploadContext } from './upload-context.ts';
export type { UploadColumns, UploadFormat, UploadIssue, UploadedObservation } from './upload-row.ts';
