/**
 * Every indicator pair's interaction (Pradhan et al. 2017, Earth's Future 5:1169–1179): Spearman's ρ of the
 * direction-aligned series over the keys they share, its p-value, and its class. Pairs are produced one at a time:
 * nothing of size indicators × indicators is held but the pairs the caller keeps.
 */
import { alignedPoints, type LinkSeries } from './aligned-points.ts';
import { classifyLink, PRADHAN_THRESHOLDS, type LinkClass, type LinkThresholds } from './classify.ts';
import { spearman, type InsufficientReason } from './rank-correlation.ts';

/** What a run of pairs takes: the fewest shared keys (default 5), differencing, the class thresholds. */
export interface LinkOptions {
  minShared?: number;
  difference?: boolean;
  thresholds?: LinkThresholds;
}

/** Default fewest shared years of a pair. */
export const DEFAULT_MIN_SHARED = 5;

/** One classified pair: `a` before `b` in input order; `shared` keys in common, `n` samples correlated. */
export interface LinkPair {
  a: string;
  b: string;
  shared: number;
  n: number;
  rho: number;
  p: number;
  class: LinkClass;
}

/** A pair with too few shared keys, or a constant side: counted, not classified. */
export interface SkippedPair {
  a: string;
  b: string;
  shared: number;
  reason: InsufficientReason;
}

/**
 * The interaction of one pair, or why there is none.
 * @example linkOf(decliningMortality, risingEnrolment, { minShared: 5 }) // { a, b, shared: 6, n: 6, rho: 1, p: 0, class: 'synergy' }
 */
export function linkOf(first: LinkSeries, second: LinkSeries, options: LinkOptions = {}): LinkPair | SkippedPair {
  const min = options.minShared ?? DEFAULT_MIN_SHARED;
  const points = alignedPoints(first, second, options.difference ?? false);
  const shared = points.keys.length;
  if (shared < min) return { a: first.indicator, b: second.indicator, shared, reason: 'too_few_points' };
  const c = spearman(points.x, points.y);
  if (c.status !== 'computed') return { a: first.indicator, b: second.indicator, shared, reason: c.reason };
  return {
    a: first.indicator, b: second.indicator, shared, n: c.n, rho: c.rho, p: c.p,
    class: classifyLink(c, options.thresholds ?? PRADHAN_THRESHOLDS)!,
  };
}

/**
 * Every pair i < j of `series`, one at a time (n(n − 1)/2 of them), classified or skipped.
 * @example [...linkPairs([s1, s2, s3])].length // 3
 */
export function* linkPairs(series: readonly LinkSeries[], options: LinkOptions = {}): Generator<LinkPair | SkippedPair> {
  for (let i = 0; i < series.length; i++) {
    for (let j = i + 1; j < series.length; j++) yield linkOf(series[i]!, series[j]!, options);
  }
}

/** True for a classified pair. */
export function isLinked(pair: LinkPair | SkippedPair): pair is LinkPair {
  return 'class' in pair;
}
