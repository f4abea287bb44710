/**
 * Spearman's rank correlation with its two-sided significance, as used to find SDG interactions (Pradhan et al. 2017,
 * "A Systematic Study of Sustainable Development Goal (SDG) Interactions", Earth's Future 5:1169–1179, section 2).
 * ρ is the Pearson correlation of the midranks (tied values share the average of the ranks they span:
 * simple-statistics `sampleRankCorrelation`). Its two-sided p-value is exact for n ≤ 9, from the distribution of
 * Σd² over all n! orderings, as R's `cor.test(method = "spearman")` computes it (prho.c, after Best & Roberts 1975,
 * Applied Statistics algorithm AS 89; with ties that distribution of untied ranks is an approximation); for larger n
 * it comes from Student's t with n − 2 degrees of freedom, t = ρ√((n − 2)/(1 − ρ²)) (jStat's t distribution), where
 * the two agree closely. Short series matter here: with 4 points even ρ = 1 has p = 2/4! = 0.083.
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
 * // ranks differ by d = (1, 1, 1, 1, 0): Σd² = 4, ρ = 1 − 6·4/(5·24) = 0.8; of the 120 orderings 8 have Σd² ≤ 4
 * // (1 with 0, 4 with 2, 3 with 4) and 8 have Σd² ≥ 36: p = 16/120 = 0.1333 → { status: 'computed', n: 5, rho: 0.8, p: 0.1333… }
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

/** Largest n whose p-value is worked out exactly from all n! orderings (R's cor.test does the same). */
export const EXACT_MAX_N = 9;

/**
 * Two-sided p-value of ρ from `n` pairs: for n ≤ {@link EXACT_MAX_N} the share of the n! orderings whose |ρ| is at
 * least the observed one (exact); above, 2·P(T ≥ |t|) with T ~ Student's t on n − 2 degrees of freedom and
 * t = ρ√((n − 2)/(1 − ρ²)), 0 when |ρ| = 1.
 * @example twoSidedP(1, 4) // 2 of 24 orderings have |ρ| = 1 → 0.0833
 * @example twoSidedP(0.8, 5) // 16 of 120 → 0.1333
 */
export function twoSidedP(rho: number, n: number): number {
  if (n <= EXACT_MAX_N) return exactP(rho, n);
  if (Math.abs(rho) >= 1) return 0;
  const dof = n - 2;
  const t = Math.abs(rho) * Math.sqrt(dof / (1 - rho * rho));
  return Math.min(1, 2 * (1 - jStat.studentt.cdf(t, dof)));
}

/** How many orderings of 1…n give each Σd² (index = Σd²), worked out once per n by enumeration. */
const orderings = new Map<number, Float64Array>();

function exactP(rho: number, n: number): number {
  let counts = orderings.get(n);
  if (!counts) orderings.set(n, (counts = sumOfSquaresCounts(n)));
  const scale = n * (n * n - 1);
  // Σd² of the observed ρ; orderings with |ρ_null| ≥ |ρ| (a hair of tolerance for the rounding of ρ).
  let hits = 0;
  let total = 0;
  for (let s = 0; s < counts.length; s++) {
    const c = counts[s]!;
    if (c === 0) continue;
    total += c;
    if (Math.abs(1 - (6 * s) / scale) >= Math.abs(rho) - 1e-9) hits += c;
  }
  return Math.min(1, hits / total);
}

function sumOfSquaresCounts(n: number): Float64Array {
  const max = (n * (n * n - 1)) / 3;
  const counts = new Float64Array(max + 1);
  const used = new Array<boolean>(n + 1).fill(false);
  const place = (position: number, sum: number): void => {
    if (position > n) {
      counts[sum]! += 1;
      return;
    }
    for (let rank = 1; rank <= n; rank++) {
      if (used[rank]) continue;
      used[rank] = true;
      place(position + 1, sum + (rank - position) ** 2);
      used[rank] = false;
    }
  };
  place(1, 0);
  return counts;
}

function constant(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}
