/**
 * Open SDG `progress_calculation_options` (Open SDG 2.4 indicator configuration, "Progress measurement"): read from a
 * data repository's `indicator-config/` and `meta/` files as national progress targets, written all or nothing with
 * an audit event.
 */
export {
  importProgressOptions, importProgressOptionsFolder, type ProgressOptionsContext, type ProgressOptionsImportReport,
} from './import-progress-options.ts';
export { AUTO_KEY, OPTIONS_KEY, readProgressOptions, type OptionTarget, type ProgressOptions } from './read-progress-options.ts';
