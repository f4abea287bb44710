import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SDMX_DIMENSION_NAMES } from '../sdmx-dimensions.ts';

/**
 * Which code list each SDG DSD concept takes its codes from, the concept's English name, and whether it is a
 * dimension or an attribute.
 * Source: SDG Data Structure Definition 1.14 (IAEG-SDGs:SDG(1.14)), dimension and attribute list.
 */
export const SDMX_CONCEPTS: Readonly<Record<string, { codelist: string; name: string; role: 'dimension' | 'attribute' }>> = {
  SEX: { codelist: 'CL_SEX', name: SDMX_DIMENSION_NAMES.SEX, role: 'dimension' },
  AGE: { codelist: 'CL_AGE', name: SDMX_DIMENSION_NAMES.AGE, role: 'dimension' },
  URBANISATION: { codelist: 'CL_URBANISATION', name: SDMX_DIMENSION_NAMES.URBANISATION, role: 'dimension' },
  INCOME_WEALTH_QUANTILE: { codelist: 'CL_QUANTILE', name: SDMX_DIMENSION_NAMES.INCOME_WEALTH_QUANTILE, role: 'dimension' },
  EDUCATION_LEV: { codelist: 'CL_EDUCATION_LEV', name: SDMX_DIMENSION_NAMES.EDUCATION_LEV, role: 'dimension' },
  OCCUPATION: { codelist: 'CL_OCCUPATION', name: SDMX_DIMENSION_NAMES.OCCUPATION, role: 'dimension' },
  ACTIVITY: { codelist: 'CL_ACTIVITY', name: SDMX_DIMENSION_NAMES.ACTIVITY, role: 'dimension' },
  PRODUCT: { codelist: 'CL_PRODUCT', name: SDMX_DIMENSION_NAMES.PRODUCT, role: 'dimension' },
  DISABILITY_STATUS: { codelist: 'CL_DISABILITY', name: SDMX_DIMENSION_NAMES.DISABILITY_STATUS, role: 'dimension' },
  COMPOSITE_BREAKDOWN: { codelist: 'CL_COMP_BREAKDOWN', name: SDMX_DIMENSION_NAMES.COMPOSITE_BREAKDOWN, role: 'dimension' },
  REPORTING_TYPE: { codelist: 'CL_REPORTING_TYPE', name: SDMX_DIMENSION_NAMES.REPORTING_TYPE, role: 'dimension' },
  FREQ: { codelist: 'CL_FREQ', name: SDMX_DIMENSION_NAMES.FREQ, role: 'dimension' },
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
