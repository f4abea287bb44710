import type { TimePeriod } from './time-period.ts';

/**
 * One observation, in SDMX terms: series × reference area × time period × disaggregation → value, plus attributes.
 * Example: `{ series: 'SH_DYN_MORT', area: 'BD', period: {label:'2021',…}, dimensions: { AGE: 'Y0T4', SEX: 'F' },
 * value: 25.2, unit: 'PER_1000_LIVE_BIRTHS', attributes: { NATURE: 'E' } }`.
 */
export interface Observation {
  series: string;
  /** Reference area code (see ReferenceArea.code). */
  area: string;
  period: TimePeriod;
  /** SDMX dimension ID (or national dimension name) → code; the total is the explicit code `_T`. */
  dimensions: Record<string, string>;
  value: number;
  /** UNIT_MEASURE, e.g. `PERCENT` or an Open SDG `Units` text; empty when the source gives none. */
  unit: string;
  /** UNIT_MULT as a power of ten (0 = units, 3 = thousands), null when unknown. */
  unitMult: number | null;
  /** Other attributes by SDMX ID: OBS_STATUS, NATURE, COMMENT_OBS, SOURCE_DETAIL, … */
  attributes: Record<string, string>;
}

/**
 * What names one observation within its series' data, with the period by its label: series × area × period ×
 * dimensions × unit. The store joins them into one text key (observationKey). Example: `{ series: 'SH_DYN_MORT',
 * area: '050', timePeriod: '2021', dimensions: { SEX: 'F' }, unit: 'PER_1000_LIVE_BIRTHS' }`.
 */
export interface ObservationKeyParts extends Pick<Observation, 'series' | 'area' | 'dimensions' | 'unit'> {
  /** The period's label (TimePeriod.label), e.g. `2021`, `2014/15`, `2024-Q1`. */
  timePeriod: string;
}

/**
 * An observation with its period by label only, as the audit trail records it and the published history and the
 * work pages show it. Example: `{ series: 'SH_DYN_MORT', area: '050', timePeriod: '2021', dimensions: { SEX: 'F' },
 * unit: 'PER_1000_LIVE_BIRTHS', unitMult: null, value: 25.2, attributes: { NATURE: 'E' } }`.
 */
export type LabelledObservation = ObservationKeyParts & Pick<Observation, 'value' | 'unitMult' | 'attributes'>;

/** The explicit code for "all categories" of a dimension (SDMX CL_… `_T`). */
export const TOTAL = '_T';
