/**
 * The store's published data and indicator metadata as an Open SDG data repository (data/, indicator-config/, meta/,
 * config_data.yml) that the Open SDG importer reads back identically. See exportOpenSdg.
 */
export { exportOpenSdg, dataFileName, type OpenSdgExportOptions, type OpenSdgExportReport } from './export-opensdg.ts';
export { ExportError } from './cell-texts.ts';
