/**
 * UNSD Progress Chart method: the ratio of the actual compound annual growth rate (CAGR) since the base year to the
 * CAGR required to reach the target in the target year; without a target, the direction-adjusted CAGR itself.
 *
 * Source: United Nations Statistics Division, "Sustainable Development Goals Progress Chart 2022 — Technical Note",
 * section II "The Proposed Methodology by the Task Team on SDG Progress Chart": (a) "Measuring the trend for
 * indicators without an explicit numerical target", (b) "Measuring the trend for indicators with an explicit
 * numerical target". The bounds below agree with a public reimplementation of the chart
 * (cwtravisyip/unsd_global_database, int_func.py: ratio "> 0.95" substantial progress / on track,
 * "0.95 > cr >= 0.5" fair progress but acceleration needed, "0.5 > cr >= -0.1" limited or no progress, else
 * deterioration; without a target CAGR "> 0.01" and "0.01 >= … > 0.005"). The 2023 note changed the method (ratio
 * of the extrapolated 2030 value, bounds 0.95 / 0.10; CAGR bands 2 % / 0.5 %, as the Basque statistics office's
 * adaptation EUSTAT-DES/site _pages/en/metodologia.md restates it); this file keeps the 2022 method.
 */
import { cagr as compoundGrowth } from './cagr.ts';
import { directed, growthSpan, meets, type NotAvailableReason } from './base-and-current.ts';
import type { ProgressInput, ProgressResult } from './types.ts';

/**
 * UNSD trend classes:
 * - `on_track`: substantial progress / on track (includes a target already met);
 * - `fair_progress`: fair progress, but acceleration needed;
 * - `limited_progress`: limited or no progress;
 * - `deterioration`: moving away from the target;
 * - `not_available`: see `reason`.
 */
export type UnsdStatus = 'on_track' | 'fair_progress' | 'limited_progress' | 'deterioration' | 'not_available';

/**
 * Result: the class; `cagr`, the actual CAGR (fraction per year, 0.01 = 1 %, not signed by direction) when base and
 * current are positive; `ratio`, actual / required CAGR, when a target is set and not yet met; `targetMet` when a
 * target is set; `reason` (a {@link NotAvailableReason}) with `not_available`.
 */
export interface UnsdResult extends ProgressResult<UnsdStatus> {
  targetMet?: boolean;
}

/** Lower bounds of the classes, from on track down (deterioration is below the last). */
export interface UnsdThresholds {
  onTrack: number;
  fair: number;
  limited: number;
}

/**
 * Ratio bounds with a target, technical note 2022 II(b): on track ≥ 0.95, fair 0.5–0.95, limited −0.1–0.5,
 * deterioration below −0.1 (a ratio of exactly 0.95 is on track; the reimplementation cited above reads "> 0.95").
 */
export const UNSD_RATIO_THRESHOLDS: UnsdThresholds = Object.freeze({ onTrack: 0.95, fair: 0.5, limited: -0.1 });

/**
 * Direction-adjusted CAGR bounds without a target (fractions per year), technical note 2022 II(a): on track ≥ 1 %,
 * fair 0.5–1 %, limited −0.5–0.5 %, deterioration below −0.5 %. The 1 % and 0.5 % bands agree with the
 * reimplementation cited above; the −0.5 % floor mirrors 0.5 % and no cited source confirms it. Configurable.
 */
export const UNSD_CAGR_THRESHOLDS: UnsdThresholds = Object.freeze({ onTrack: 0.01, fair: 0.005, limited: -0.005 });

/**
 * Assesses a series by the UNSD Progress Chart method.
 *
 * With a target: actual CAGR a = (x_t / x_0)^(1/(t − t0)) − 1, required CAGR r = (X / x_0)^(1/(T − t0)) − 1,
 * ratio = a / r (positive when moving the right way, whichever the direction), classed by `ratioThresholds`. A
 * current value already at or past the target is `on_track` with `targetMet` (the 2023-note adaptation cited above:
 * when the latest value meets the target, the target counts as achieved whatever the trend), whatever its sign: 0 %
 * poverty meets a 0 % target; `cagr` is then left out unless both values are positive. A base value past the target
 * that the series has since fallen back from is `deterioration` (no ratio). A target of 0 is allowed (r = −1).
 * Without a target: the CAGR, sign flipped when the desired direction is `decrease`, classed by `cagrThresholds`.
 * Zero or negative base or current values (hence mixed signs) give `not_available` / `non_positive_value`: a CAGR
 * from or to 0 is undefined, and the cited sources give no rule for it.
 *
 * @example unsdProgressChart({ series: [{ year: 2015, value: 20 }, { year: 2020, value: 15 }], direction: 'decrease',
 *   target: { value: 10, year: 2030 } })
 * // a = (15/20)^(1/5) − 1 = −0.0559, r = (10/20)^(1/15) − 1 = −0.0452, ratio 1.24 → { status: 'on_track', … }
 */
export function unsdProgressChart(
  input: ProgressInput,
  ratioThresholds: UnsdThresholds = UNSD_RATIO_THRESHOLDS,
  cagrThresholds: UnsdThresholds = UNSD_CAGR_THRESHOLDS,
): UnsdResult {
  const span = growthSpan(input);
  if ('reason' in span) return unavailable(span.reason);
  const { base, current, cagr } = span;
  const { target, direction } = input;
  const withCagr = cagr === null ? {} : { cagr };
  if (target && meets(current.value, target.value, direction)) return { status: 'on_track', ...withCagr, targetMet: true };
  if (cagr === null || (target && target.value < 0)) return unavailable('non_positive_value');
  if (!target) return { status: classify(directed(cagr, direction), cagrThresholds), cagr };
  if (meets(base.value, target.value, direction)) return { status: 'deterioration', cagr, targetMet: false };
  const ratio = cagr / compoundGrowth(base.value, base.year, target.value, target.year);
  return { status: classify(ratio, ratioThresholds), cagr, ratio, targetMet: false };
}

function classify(value: number, t: UnsdThresholds): UnsdStatus {
  if (value >= t.onTrack) return 'on_track';
  if (value >= t.fair) return 'fair_progress';
  if (value >= t.limited) return 'limited_progress';
  return 'deterioration';
}

function unavailable(reason: NotAvailableReason): UnsdResult {
  return { status: 'not_available', reason };
}
