/**
 * Gaps between population groups ("leave no one behind"): for a series × unit, the pairs of interest of each
 * breakdown (female vs male, rural vs urban, poorest vs richest quintile, with vs without disability, each age group
 * vs the total, each area vs the country), their yearly gap a − b and parity ratio a / b, and whether the gap narrows
 * toward parity. Pure: plain data in, plain data out.
 */
export * from './types.ts';
export { pairsOf, TOTAL_CODE } from './pairs.ts';
export { adjustedParityIndex, parityDistance, ratioOf } from './parity.ts';
export { yearGaps } from './year-gaps.ts';
export { gapTrend, STABLE_TOLERANCE_SHARE } from './gap-trend.ts';
export { dimensionPairs } from './group-pairs.ts';
