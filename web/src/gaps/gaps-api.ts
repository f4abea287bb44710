import { apiGet, type CallOptions } from '../api/client.ts';

/**
 * Gaps between population groups as the API answers them (`GET /indicators/{code}/gaps`, `GET /gaps`): female vs
 * male, rural vs urban, poorest vs richest quintile, with vs without disability, each age group vs the total, each
 * area vs the country.
 */

export type GapTrendClass = 'narrowing' | 'widening' | 'stable' | 'single_year';
export type GapDimensionId = 'SEX' | 'AGE' | 'URBANISATION' | 'INCOME_WEALTH_QUANTILE' | 'DISABILITY_STATUS' | 'REF_AREA';

export interface CodeName {
  code: string;
  name: string;
}

/** The gap in one year both groups have: `gap` = a − b, `ratio` = a / b (null on a zero denominator). */
export interface YearGap {
  year: number;
  a: number;
  b: number;
  gap: number;
  ratio: number | null;
  adjustedRatio: number | null;
}

export interface GapTrend {
  class: GapTrendClass;
  basis: 'least_squares' | 'two_years' | 'none';
  slope: number | null;
  distanceChange: number | null;
  tolerance: number | null;
}

export interface GroupPair {
  a: CodeName;
  b: CodeName;
  context: (CodeName & { dimension: string })[];
  latest: YearGap | null;
  trend: GapTrend;
}

export interface IndicatorGaps {
  indicator: { code: string; title: string };
  area: CodeName;
  series: {
    series: string;
    seriesName: string;
    unit: string;
    dimensions: { id: GapDimensionId; name: string; pairs: (GroupPair & { years: YearGap[] })[] }[];
  }[];
}

export interface GapEntry extends GroupPair {
  indicator: { code: string; title: string };
  series: string;
  seriesName: string;
  unit: string;
  dimension: CodeName;
  distance: number | null;
}

export interface GapList {
  area: CodeName;
  dimension: string | null;
  dimensions: (CodeName & { pairs: number })[];
  largest: GapEntry[];
  widening: GapEntry[];
}

/** One indicator's gaps by breakdown. @throws ApiError (NOT_FOUND for an unknown indicator). */
export function getIndicatorGaps(code: string, options: CallOptions = {}): Promise<IndicatorGaps> {
  return apiGet<IndicatorGaps>(`/indicators/${encodeURIComponent(code)}/gaps`, {}, options);
}

/** The national list of the largest and widening gaps, optionally of one breakdown. */
export function getGapList(dimension: string | null, limit: number, options: CallOptions = {}): Promise<GapList> {
  return apiGet<GapList>('/gaps', { ...(dimension ? { dimension } : {}), limit: String(limit) }, options);
}
