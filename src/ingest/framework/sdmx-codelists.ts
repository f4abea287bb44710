import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SDMX_DIMENSION_NAMES, type SdmxDimensionId } from '../sdmx-dimensions.ts';

/** A concept's code list, English name and role. */
export interface SdmxConcept {
  codelist: string;
  name: string;
  role: 'dimension' | 'attribute';
}

/** Dimension → code list; names come from SDMX_DIMENSION_NAMES. */
const DIMENSION_CODELISTS: Partial<Record<SdmxDimensionId, string>> = {
  SEX: 'CL_SEX',
  AGE: 'CL_AGE',
  URBANISATION: 'CL_URBANISATION',
  INCOME_WEALTH_QUANTILE: 'CL_QUANTILE',
  EDUCATION_LEV: 'CL_EDUCATION_LEV',
  OCCUPATION: 'CL_OCCUPATION',
  ACTIVITY: 'CL_ACTIVITY',
  PRODUCT: 'CL_PRODUCT',
  DISABILITY_STATUS: 'CL_DISABILITY',
  COMPOSITE_BREAKDOWN: 'CL_COMP_BREAKDOWN',
  REPORTING_TYPE: 'CL_REPORTING_TYPE',
  FREQ: 'CL_FREQ',
};

/**
 * Which code list each SDG DSD concept takes its codes from, the concept's English name, and whether it is a
 * dimension or an attribute.
 * Source: SDG Data Structure Definition 1.14 (IAEG-SDGs:SDG(1.14)), dimension and attribute list.
 */
export const SDMX_CONCEPTS: Readonly<Record<string, SdmxConcept>> = {
  ...Object.fromEntries(Object.entries(DIMENSION_CODELISTS).map(([id, codelist]) =>
    [id, { codelist, name: SDMX_DIMENSION_NAMES[id as SdmxDimensionId], role: 'dimension' }])),
  OBS_STATUS: { codelist: 'CL_OBS_STATUS', name: 'Observation status', role: 'attribute' },
  NATURE: { codelist: 'CL_NATURE', name: 'Nature of data', role: 'attribute' },
  UNIT_MEASURE: { codelist: 'CL_UNIT_MEASURE', name: 'Unit of measure', role: 'attribute' },
  UNIT_MULT: { codelist: 'CL_UNIT_MULT', name: 'Unit multiplier', role: 'attribute' },
};

/** A code's English name within a concept: `{ concept: 'SEX', code: 'F', name: 'Female' }`. */
export interface ConceptCode {
  concept: string;
  code: string;
  name: string;
}

/**
 * Reads the code lists file (`AGENCY,CODELIST,VERSION,CODE,NAME,PARENT`) into the codes of every concept in
 * {@link SDMX_CONCEPTS}. A code list used by no concept is ignored.
 * @example readSdmxCodes(path).find((c) => c.concept === 'SEX' && c.code === 'F')?.name // 'Female'
 */
export function readSdmxCodes(path: string): ConceptCode[] {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as { CODELIST: string; CODE: string; NAME: string }[];
  const conceptsOf = new Map<string, string[]>();
  for (const [concept, { codelist }] of Object.entries(SDMX_CONCEPTS)) {
    conceptsOf.set(codelist, [...(conceptsOf.get(codelist) ?? []), concept]);
  }
  return rows.flatMap((r) => (conceptsOf.get(r.CODELIST) ?? []).map((concept) => ({ concept, code: r.CODE, name: r.NAME })));
}
