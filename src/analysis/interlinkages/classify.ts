/**
 * The class of an indicator pair (Pradhan et al. 2017, Earth's Future 5:1169–1179, section 2.2): a synergy when the
 * direction-aligned series correlate with ρ > 0.6, a trade-off when ρ < −0.6, each only when significant (p < 0.05);
 * otherwise unclassified.
 */
import type { RankCorrelation } from './rank-correlation.ts';

/**
 * - `synergy`: both improve together (aligned ρ above the threshold, significant);
 * - `trade_off`: one improves while the other worsens (aligned ρ below minus the threshold, significant);
 * - `unclassified`: computed, but weak or not significant.
 */
export type LinkClass = 'synergy' | 'trade_off' | 'unclassified';

/** Classes in display order. */
export const LINK_CLASSES: readonly LinkClass[] = ['synergy', 'trade_off', 'unclassified'];

/** The thresholds of the classification: |ρ| above `rho` and p below `alpha`. */
export interface LinkThresholds {
  rho: number;
  alpha: number;
}

/** Pradhan et al.'s thresholds: ρ > 0.6 (or < −0.6) and p < 0.05. */
export const PRADHAN_THRESHOLDS: LinkThresholds = { rho: 0.6, alpha: 0.05 };

/**
 * The class of a computed correlation; null when none was computed.
 * @example classifyLink({ status: 'computed', n: 8, rho: 0.9, p: 0.002 }) // 'synergy'
 * @example classifyLink({ status: 'computed', n: 5, rho: 0.8, p: 0.104 }) // 'unclassified' (not significant)
 */
export function classifyLink(c: RankCorrelation, thresholds: LinkThresholds = PRADHAN_THRESHOLDS): LinkClass | null {
  if (c.status !== 'computed') return null;
  if (c.p >= thresholds.alpha) return 'unclassified';
  if (c.rho > thresholds.rho) return 'synergy';
  if (c.rho < -thresholds.rho) return 'trade_off';
  return 'unclassified';
}
