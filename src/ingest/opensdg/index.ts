/**
 * Open SDG data repositories (the format of open-sdg/open-sdg-data-starter): one tidy CSV per indicator plus
 * configuration and metadata, in the legacy or the modern layout. See importOpenSdg.
 */
export { importOpenSdg, type OpenSdgImportOptions, type OpenSdgProgress } from './import-opensdg.ts';
export { openSdgRowReader, type OpenSdgUploadContext } from './upload-rows.ts';
export { readLayout, type MetadataFiles } from './repository-layout.ts';
export { seriesCode } from './series-codes.ts';
