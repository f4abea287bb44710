/**
 * Spearman's rank correlation with its two-sided significance, as used to find SDG interactions (Pradhan et al. 2017,
 * "A Systematic Study of Sustainable Development Goal (SDG) Interactions", Earth's Future 5:1169–1179, section 2).
 * ρ is the Pearson correlation of the midranks (tied values share the average of the ranks they span:
 * simple-statistics `sampleRankCorrelation`); its p-value comes from Student's t with n − 2 degrees of freedom,
 * t = ρ√((n − 2)/(1 − ρ²)) (jStat's t distribution).
 */
import jStat from 'jstat';
import { sampleRankCorrelation } from 'simple-statistics';

/** Fewest paired observations a correlation is computed from: with 2 points ρ is always ±1 and t is undefined. */
export const MIN_POINTS = 3;

/**
 * Why no correlation was computed:
 * - `too_few_points`: fewer pairs than {@link MIN_POINTS} or than the minimum asked;
 * - `constant_series`: one side takes a single value, so it has no ranks to order (ρ undefined).
 */
export type InsufficientReason = 'too_few_points' | 'constant_series';

/** ρ in −1…1 and its two-sided p-value from `n` pairs, or why there is none. */
export type RankCorrelation =
  | { status: 'computed'; n: number; rho: number; p: number }
  | { status: 'insufficient'; n: number; reason: InsufficientReason };

/**
 * Spearman's ρ of paired samples `x`, `y` (same length) and its two-sided p-value.
 * `minPoints` raises the minimum (never below {@link MIN_POINTS}).
 * @throws Error when `x` and `y` differ in length.
 * @example spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])
 * // ranks differ by d = (1, 1, 1, 1, 0): ρ = 1 − 6·4/(5·24) = 0.8; t = 0.8·√(3/0.36) = 2.3094, p = 0.1041
 * // → { status: 'computed', n: 5, rho: 0.8, p: 0.1041… }
 */
export function spearman(x: readonly number[], y: readonly number[], minPoints = MIN_POINTS): RankCorrelation {
  if (x.length !== y.length) throw new Error(`spearman: samples differ in length (${x.length} and ${y.length})`);
  const n = x.length;
  if (n < Math.max(MIN_POINTS, minPoints)) return { status: 'insufficient', n, reason: 'too_few_points' };
  if (constant(x) || constant(y)) return { status: 'insufficient', n, reason: 'constant_series' };
  // Rounding leaves perfectly ordered samples a hair off ±1 (0.9999999999999998): snap them to it.
  const raw = sampleRankCorrelation(x as number[], y as number[]);
  const rho = Math.abs(Math.abs(raw) - 1) < 1e-12 ? Math.sign(raw) : raw;
  return { status: 'computed', n, rho, p: twoSidedP(rho, n) };
}

/**
 * Two-sided p-value of ρ from `n` pairs: 2·P(T ≥ |t|), T ~ Student's t with n − 2 degrees of freedom,
 * t = ρ√((n − 2)/(1 − ρ²)); 0 when |ρ| = 1.
 * @example twoSidedP(0.8, 5) // t = 2.3094 on 3 df → 0.1041
 */
export function twoSidedP(rho: number, n: number): number {
  if (Math.abs(rho) >= 1) return 0;
  const dof = n - 2;
  const t = Math.abs(rho) * Math.sqrt(dof / (1 - rho * rho));
  return Math.min(1, 2 * (1 - jStat.studentt.cdf(t, dof)));
}

function constant(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}
