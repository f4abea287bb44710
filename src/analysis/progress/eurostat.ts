/**
 * Eurostat method: the actual compound annual growth rate (CAGR) over the assessed period as a share of the growth
 * rate required to meet a quantified target; without a target, the direction-adjusted CAGR against fixed bands.
 *
 * Source: Eurostat, "SDG indicators: methodology for assessing progress" (annex to "Sustainable development in the
 * European Union — Monitoring report on progress towards the SDGs in an EU context"), sections "Indicators with
 * quantitative targets" (actual / required growth rate: 95 %, 60 %, 0 %) and "Indicators without quantitative
 * targets" (CAGR bands: above 1 %, 0 to 1 %, −1 to 0 %, below −1 %). The annex itself is not quoted here; the
 * class names with a target agree with IISD's account of the 2018 report ("significant progress, moderate progress,
 * insufficient progress, or movement away from the EU-defined targets"), and every other bound and name is as the
 * annex is summarised above. Where a bound falls (≥ 95 %, > 1 %, ≥ −1 %) is ours.
 */
import { directed, growthSpan, meets, type NotAvailableReason } from './base-and-current.ts';
import { cagr as compoundGrowth } from './cagr.ts';
import type { ProgressInput, ProgressResult } from './types.ts';

/**
 * Eurostat classes. With a target: `significant_progress` (≥ 95 % of the required rate, or target met),
 * `moderate_progress` (60–95 %), `insufficient_progress` (0–60 %), `movement_away` (below 0 %). Without a target:
 * `significant_progress` (CAGR above 1 %), `moderate_progress` (above 0 up to 1 %), `moderate_movement_away`
 * (−1 % up to 0 %, a flat series included), `significant_movement_away` (below −1 %). And `not_available`.
 */
export type EurostatStatus =
  | 'significant_progress'
  | 'moderate_progress'
  | 'insufficient_progress'
  | 'movement_away'
  | 'moderate_movement_away'
  | 'significant_movement_away'
  | 'not_available';

/**
 * Result: the class; `cagr`, the actual CAGR (fraction per year, not signed by direction) when base and current are
 * positive; `ratio`, actual / required growth (1 = 100 %), when a target is set and not yet met; `targetMet` when a
 * target is set; `reason` (a {@link NotAvailableReason}) with `not_available`.
 */
export interface EurostatResult extends ProgressResult<EurostatStatus> {
  targetMet?: boolean;
}

/** Class bounds: ratio bounds with a target, direction-adjusted CAGR bounds (fractions per year) without. */
export interface EurostatThresholds {
  ratio: { significant: number; moderate: number; insufficient: number };
  cagr: { significant: number; movementAway: number };
}

/** The published bounds: 95 / 60 / 0 % of the required rate; 1 % and −1 % a year without a target. */
export const EUROSTAT_THRESHOLDS: EurostatThresholds = Object.freeze({
  ratio: Object.freeze({ significant: 0.95, moderate: 0.6, insufficient: 0 }),
  cagr: Object.freeze({ significant: 0.01, movementAway: -0.01 }),
});

/**
 * Assesses a series by the Eurostat method.
 *
 * With a target: a = (x_t / x_0)^(1/(t − t0)) − 1, r = (X / x_0)^(1/(T − t0)) − 1, ratio = a / r;
 * ratio ≥ 0.95 significant, ≥ 0.6 moderate, ≥ 0 insufficient, below 0 movement away. A current value at or past the
 * target is `significant_progress` with `targetMet`; a base value past the target the series has since fallen back
 * from is `movement_away` (no ratio). Without a target: c = a for `increase`, −a for `decrease`;
 * c > 1 % significant progress, 0 < c ≤ 1 % moderate progress, −1 % ≤ c ≤ 0 moderate movement away,
 * c < −1 % significant movement away. Zero or negative base or current values (so mixed signs too) are
 * `not_available` / `non_positive_value`, except a current value that already meets the target.
 *
 * @example eurostat({ series: [{ year: 2015, value: 100 }, { year: 2020, value: 110 }], direction: 'increase' })
 * // c = 1.1^(1/5) − 1 = 0.0192 > 1 % → { status: 'significant_progress', cagr: 0.0192 }
 */
export function eurostat(input: ProgressInput, thresholds: EurostatThresholds = EUROSTAT_THRESHOLDS): EurostatResult {
  const span = growthSpan(input);
  if ('reason' in span) return unavailable(span.reason);
  const { base, current, cagr } = span;
  const { target, direction } = input;
  if (target && meets(current.value, target.value, direction)) {
    return { status: 'significant_progress', ...(cagr === null ? {} : { cagr }), targetMet: true };
  }
  if (cagr === null || (target && target.value < 0)) return unavailable('non_positive_value');
  if (!target) return { status: classifyTrend(directed(cagr, direction), thresholds.cagr), cagr };
  if (meets(base.value, target.value, direction)) return { status: 'movement_away', cagr, targetMet: false };
  const ratio = cagr / compoundGrowth(base.value, base.year, target.value, target.year);
  return { status: classifyRatio(ratio, thresholds.ratio), cagr, ratio, targetMet: false };
}

function classifyRatio(ratio: number, t: EurostatThresholds['ratio']): EurostatStatus {
  if (ratio >= t.significant) return 'significant_progress';
  if (ratio >= t.moderate) return 'moderate_progress';
  if (ratio >= t.insufficient) return 'insufficient_progress';
  return 'movement_away';
}

function classifyTrend(c: number, t: EurostatThresholds['cagr']): EurostatStatus {
  if (c > t.significant) return 'significant_progress';
  if (c > 0) return 'moderate_progress';
  if (c >= t.movementAway) return 'moderate_movement_away';
  return 'significant_movement_away';
}

function unavailable(reason: NotAvailableReason): EurostatResult {
  return { status: 'not_available', reason };
}
