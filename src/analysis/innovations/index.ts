/**
 * The South-South network's pure methods for public service innovations: a2i's Time-Cost-Visits (TCV) reductions
 * with the strength of evidence beside every figure, and the matching of cooperation requests to innovation cases
 * with a score and its reasons. Plain data in, plain data out; the input types are structural, for the store to fill.
 */
export * from './evidence-strength.ts';
export { rangeOf, reductionOf, scaleRange, type MeasuredRange, type Range, type Reduction } from './reduction.ts';
export { HOURS_PER_UNIT, parseTimeWording, TimeWordingError, type TimeSpan, type TimeUnit } from './time-wording.ts';
export { COST_COMPONENTS, costReductions, sumCosts, type CostComponent, type CostItem, type CostReductions, type CostTotal } from './tcv-cost.ts';
export { tcvReductions, type TcvSnapshot, type TcvReductions, type TimeReduction } from './tcv-reductions.ts';
export { contentWords, normaliseTag, singular } from './match-text.ts';
export { MATCH_WEIGHTS, STAGE_ORDER, stageRank, type InnovationStage, type InnovationType } from './match-weights.ts';
export {
  matchCases, type CaseMatch, type CooperationRequestInput, type MatchCaseInput, type MatchReason, type MatchReasonKind,
} from './match-cases.ts';
