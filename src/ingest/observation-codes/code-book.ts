import type { TimePeriodKind } from '../../domain/index.ts';
import { type SdmxAttributeId, SDMX_DIMENSION_NAMES, columnRole } from '../sdmx-dimensions.ts';

/**
 * What one series of an indicator already holds, from its published observations: the breakdowns and codes, the
 * units (with the unit the series is declared in), the kinds of time period and the values of its coded attributes.
 * Example (4.2.2): `SE_PRE_PARTN` → `{ dimensions: { SEX: {_T, F, M} }, units: {PERCENT}, periodKinds: {year},
 * attributes: { NATURE: {C, E} } }`. An empty `units` or `periodKinds` means "not known": nothing is compared.
 */
export interface SeriesCodes {
  dimensions: Map<string, Set<string>>;
  units: Set<string>;
  periodKinds: Set<TimePeriodKind>;
  /**
   * Attribute ID → values, for every attribute the published data carries; the values are kept for the coded ones
   * (OBS_STATUS, NATURE, a UNIT_MULT text), which older imports sometimes filled from outside the code lists.
   */
  attributes: Map<string, Set<string>>;
}

/**
 * Everything an observation of one indicator is checked against (see checkObservationCodes): its series, the SDMX code
 * lists the framework load stored (`SEX` → `{ _T, F, M, … }`, `OBS_STATUS`, `NATURE`, …) and, derived, each dimension's
 * codes across all the indicator's series. Plain data: build it with {@link codeBook}.
 */
export interface CodeBook {
  indicatorId: string;
  series: Map<string, SeriesCodes>;
  codeLists: Map<string, Set<string>>;
  /** Dimension ID → codes any series of the indicator uses. */
  indicatorDimensions: Map<string, Set<string>>;
}

/**
 * A code book from an indicator's series and the stored code lists; a series given only in part gets empty sets.
 * @example codeBook({ indicatorId: '4.2.2', series: new Map([['SE_PRE_PARTN', { units: new Set(['PERCENT']) }]]), codeLists })
 *   .series.get('SE_PRE_PARTN')?.periodKinds // Set {}
 */
export function codeBook(input: { indicatorId: string; series: Map<string, Partial<SeriesCodes>>; codeLists: Map<string, Set<string>> }): CodeBook {
  const series = new Map<string, SeriesCodes>();
  const indicatorDimensions = new Map<string, Set<string>>();
  for (const [code, given] of input.series) {
    const codes: SeriesCodes = {
      dimensions: given.dimensions ?? new Map(), units: given.units ?? new Set(), periodKinds: given.periodKinds ?? new Set(),
      attributes: given.attributes ?? new Map(),
    };
    series.set(code, codes);
    for (const [id, used] of codes.dimensions) {
      const all = indicatorDimensions.get(id) ?? new Set<string>();
      for (const c of used) all.add(c);
      indicatorDimensions.set(id, all);
    }
  }
  return { indicatorId: input.indicatorId, series, codeLists: input.codeLists, indicatorDimensions };
}

/**
 * The attributes an observation may carry: the SDG DSD 1.14 observation attributes that sdmx-dimensions.ts maps
 * (columnRole), without UNIT_MEASURE, which is the observation's unit. The compiler checks the list is that union.
 */
export const OBSERVATION_ATTRIBUTES = [
  'OBS_STATUS', 'NATURE', 'COMMENT_OBS', 'SOURCE_DETAIL', 'UNIT_MULT', 'TIME_DETAIL', 'BASE_PER', 'TIME_COVERAGE', 'UPPER_BOUND',
  'LOWER_BOUND', 'COMMENT_TS', 'GEO_INFO_URL', 'GEO_INFO_TYPE', 'CUST_BREAKDOWN_LB', 'DATA_LAST_UPDATE',
] as const satisfies readonly Exclude<SdmxAttributeId, 'UNIT_MEASURE'>[];
const EVERY_ATTRIBUTE: Exclude<SdmxAttributeId, 'UNIT_MEASURE'> extends (typeof OBSERVATION_ATTRIBUTES)[number] ? true : never = true;
void EVERY_ATTRIBUTE;

/** Attributes whose values must be codes of their SDMX code list (CL_OBS_STATUS, CL_NATURE). */
export const CODED_ATTRIBUTES: Readonly<Record<string, string>> = { OBS_STATUS: 'CL_OBS_STATUS', NATURE: 'CL_NATURE' };

/**
 * Whether an attribute ID is one an observation may carry (see {@link OBSERVATION_ATTRIBUTES}), as columnRole reads it.
 * @example isObservationAttribute('COMMENT_OBS') // true
 * @example isObservationAttribute('EVIL') // false
 */
export function isObservationAttribute(id: string): boolean {
  const role = columnRole(id);
  return role.kind === 'attribute' && role.id === id && id !== 'UNIT_MEASURE';
}

/** Whether an ID is a breakdown dimension of the SDG DSD (SEX, AGE, URBANISATION, …). */
export function isSdmxDimension(id: string): boolean {
  return Object.hasOwn(SDMX_DIMENSION_NAMES, id);
}
