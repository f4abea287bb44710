import type { GapDimension } from './types.ts';

/** The total code of every SDMX dimension. */
export const TOTAL_CODE = '_T';

/** The fixed pairs of interest by dimension, in order of preference: [group a, group b]. */
const FIXED_PAIRS: Partial<Record<GapDimension, readonly (readonly [string, string])[]>> = {
  SEX: [['F', 'M']],
  URBANISATION: [['R', 'U']],
  INCOME_WEALTH_QUANTILE: [['Q1', 'Q5'], ['B40', 'R60'], ['B40', 'T60'], ['B50', 'R50']],
  DISABILITY_STATUS: [['PD', 'PWD']],
};

/**
 * The pairs of interest among the codes one context offers, as [a, b]:
 * female vs male, rural vs urban, Q1 vs Q5 (else B40 vs R60, B50 vs R50; only the first pair the codes hold),
 * with vs without disability; for `AGE` each age group vs `totalCode`; for `REF_AREA` each area vs `totalCode`
 * (the country). A pair needs both codes.
 * @example pairsOf('SEX', ['_T', 'F', 'M']) // [['F', 'M']]
 * @example pairsOf('AGE', ['_T', 'Y0T4', 'Y5T9'], '_T') // [['Y0T4', '_T'], ['Y5T9', '_T']]
 */
export function pairsOf(dimension: GapDimension, codes: readonly string[], totalCode: string = TOTAL_CODE): [string, string][] {
  const present = new Set(codes);
  if (dimension === 'AGE' || dimension === 'REF_AREA') {
    if (!present.has(totalCode)) return [];
    return [...present].filter((c) => c !== totalCode).sort().map((c) => [c, totalCode]);
  }
  const fixed = FIXED_PAIRS[dimension] ?? [];
  const first = fixed.find(([a, b]) => present.has(a) && present.has(b));
  return first ? [[first[0], first[1]]] : [];
}
