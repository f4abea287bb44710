/**
 * SDMX-ML 2.1 Structure messages: the SDG Data Structure Definition (global `IAEG-SDGs:SDG(1.14)`, shipped in
 * datasets/framework/sdmx/, and national variants such as `NISR-SDGs:SDG(1.3)`) read into what data are checked
 * against. See readDsd.
 */
export { GLOBAL_CONSTRAINTS_FILE, GLOBAL_DSD_FILE, readDsd, readGlobalDsd, type ReadDsdOptions } from './read-dsd.ts';
export { readConstraintsCsv } from './constraints-csv.ts';
export { feed, localName } from './structure-parser.ts';
export {
  artefactKey, codelistLabel, codelistOf, nameOf,
  type ArtefactRef, type Code, type Codelist, type Component, type ConstraintOrigin, type Dsd, type SeriesConstraint,
} from './dsd-model.ts';
