/**
 * The SDG Data Structure Definition every SDMX file the product writes follows: IAEG-SDGs:SDG(1.14), as published on
 * the SDMX Global Registry (its code lists ship in datasets/framework/sdmx-codelists.csv). Component order and
 * attachment levels are the DSD's own (SDMX 2.1 Standards, Section 2 "Information Model", 5.3 "Data Structure
 * Definition": dimensions by `position`, attributes with their AttributeRelationship).
 */

/** The data structure definition, as SDMX-CSV 2.0 names it in `STRUCTURE_ID` (`AGENCY:ID(VERSION)`). */
export const SDG_DSD = { agency: 'IAEG-SDGs', id: 'SDG', version: '1.14', ref: 'IAEG-SDGs:SDG(1.14)' } as const;

/**
 * The dataflow the data is reported under, as SDMX-CSV 1.0 names it in `DATAFLOW`: the UN Global SDG dataflow
 * (`DF_SDG_GLH`, global and national data on the SDG DSD), at the DSD's version.
 */
export const SDG_DATAFLOW = { agency: 'IAEG-SDGs', id: 'DF_SDG_GLH', version: '1.14', ref: 'IAEG-SDGs:DF_SDG_GLH(1.14)' } as const;

/** The 15 dimensions of the key in DSD order (positions 1–15); TIME_PERIOD (position 16) follows them. */
export const SDG_DIMENSIONS = [
  'FREQ', 'REPORTING_TYPE', 'SERIES', 'REF_AREA', 'SEX', 'AGE', 'URBANISATION', 'INCOME_WEALTH_QUANTILE', 'EDUCATION_LEV',
  'OCCUPATION', 'CUST_BREAKDOWN', 'COMPOSITE_BREAKDOWN', 'DISABILITY_STATUS', 'ACTIVITY', 'PRODUCT',
] as const;
export type SdgDimension = (typeof SDG_DIMENSIONS)[number];

/** Where an attribute's value is attached: each observation, or each series (the DSD relates it to all 15 dimensions). */
export type Attachment = 'observation' | 'series';

/** The 16 attributes in DSD order with their attachment level and, where coded, their code list. */
export const SDG_ATTRIBUTES: readonly { id: string; attachment: Attachment; codelist?: string; mandatory?: true }[] = [
  { id: 'OBS_STATUS', attachment: 'observation', codelist: 'CL_OBS_STATUS', mandatory: true },
  { id: 'UNIT_MULT', attachment: 'observation', codelist: 'CL_UNIT_MULT', mandatory: true },
  { id: 'UNIT_MEASURE', attachment: 'series', codelist: 'CL_UNIT_MEASURE', mandatory: true },
  { id: 'BASE_PER', attachment: 'observation' },
  { id: 'NATURE', attachment: 'observation', codelist: 'CL_NATURE' },
  { id: 'TIME_DETAIL', attachment: 'observation' },
  { id: 'COMMENT_OBS', attachment: 'observation' },
  { id: 'TIME_COVERAGE', attachment: 'observation' },
  { id: 'UPPER_BOUND', attachment: 'observation' },
  { id: 'LOWER_BOUND', attachment: 'observation' },
  { id: 'SOURCE_DETAIL', attachment: 'observation' },
  { id: 'COMMENT_TS', attachment: 'series' },
  { id: 'GEO_INFO_URL', attachment: 'series' },
  { id: 'GEO_INFO_TYPE', attachment: 'series', codelist: 'CL_GEO_INFO_TYPE' },
  { id: 'CUST_BREAKDOWN_LB', attachment: 'series' },
  { id: 'DATA_LAST_UPDATE', attachment: 'series' },
];

/**
 * The code list of each coded dimension (SERIES, REF_AREA and CUST_BREAKDOWN take CL_SERIES, CL_AREA and
 * CL_CUST_BREAKDOWN, which national data extends with its own codes, as national SDG DSDs do).
 */
export const DIMENSION_CODELISTS: Readonly<Partial<Record<SdgDimension, string>>> = {
  FREQ: 'CL_FREQ', REPORTING_TYPE: 'CL_REPORTING_TYPE', SEX: 'CL_SEX', AGE: 'CL_AGE', URBANISATION: 'CL_URBANISATION',
  INCOME_WEALTH_QUANTILE: 'CL_QUANTILE', EDUCATION_LEV: 'CL_EDUCATION_LEV', OCCUPATION: 'CL_OCCUPATION',
  COMPOSITE_BREAKDOWN: 'CL_COMP_BREAKDOWN', DISABILITY_STATUS: 'CL_DISABILITY', ACTIVITY: 'CL_ACTIVITY', PRODUCT: 'CL_PRODUCT',
};

/** English names of the components, as the DSD's concept scheme gives them (for SDMX-JSON `name`). */
export const COMPONENT_NAMES: Readonly<Record<string, string>> = {
  FREQ: 'Frequency', REPORTING_TYPE: 'Reporting type', SERIES: 'Series', REF_AREA: 'Reference area', SEX: 'Sex', AGE: 'Age',
  URBANISATION: 'Location', INCOME_WEALTH_QUANTILE: 'Quantile', EDUCATION_LEV: 'Education level', OCCUPATION: 'Occupation',
  CUST_BREAKDOWN: 'Custom breakdown', COMPOSITE_BREAKDOWN: 'Composite breakdown', DISABILITY_STATUS: 'Disability status',
  ACTIVITY: 'Economic activity', PRODUCT: 'Product', TIME_PERIOD: 'Time period', OBS_VALUE: 'Observation value',
  OBS_STATUS: 'Observation status', UNIT_MULT: 'Unit multiplier', UNIT_MEASURE: 'Unit of measure', BASE_PER: 'Base period',
  NATURE: 'Nature of data', TIME_DETAIL: 'Time detail', COMMENT_OBS: 'Observation comment', TIME_COVERAGE: 'Time coverage',
  UPPER_BOUND: 'Upper bound', LOWER_BOUND: 'Lower bound', SOURCE_DETAIL: 'Source detail', COMMENT_TS: 'Time series comment',
  GEO_INFO_URL: 'Geographical information URL', GEO_INFO_TYPE: 'Geographical information type',
  CUST_BREAKDOWN_LB: 'Custom breakdown label', DATA_LAST_UPDATE: 'Data last update',
};
