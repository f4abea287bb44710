import type { GapTrend, YearGap } from './types.ts';

/** Share of the mean level of the two groups a year under which a change of the gap counts as stable (1 %). */
export const STABLE_TOLERANCE_SHARE = 0.01;

/**
 * Whether a gap narrows or widens, "narrowing" meaning moving toward parity whatever the sign of a − b.
 *
 * Method: the least-squares line of the gap g = a − b over the years both groups have (3 or more), ĝ(t) = ḡ + s(t − t̄);
 * the distance from parity moves at r = (|ĝ(last)| − |ĝ(first)|) / (last − first) a year. With two common years
 * the line is the segment between them (basis `two_years`: a sign of change, not a fitted trend). |r| below the
 * tolerance (1 % of the mean of (a + b) / 2 over the common years, a year) is `stable`; r < 0 `narrowing`; r > 0
 * `widening`. A gap crossing parity narrows when it ends nearer parity than it began.
 * Sources: UN Women and UNSD, "Counted and Visible: toolkit to better utilize existing data … on gender" (2020),
 * sex-disaggregated gaps as differences with their change over time; UNESCO, "Handbook on Measuring Equity in
 * Education" (2018), parity indices.
 * @example gapTrend([{ year: 2015, a: 40, b: 50, gap: -10, … }, { year: 2016, a: 44, b: 50, gap: -6, … },
 *   { year: 2017, a: 48, b: 50, gap: -2, … }]).class // 'narrowing' (s = 4, |ĝ| 10 → 2, r = −4 a year)
 */
export function gapTrend(years: readonly YearGap[]): GapTrend {
  if (years.length < 2) return { class: 'single_year', basis: 'none', slope: null, distanceChange: null, tolerance: null };
  const n = years.length;
  const tMean = years.reduce((s, y) => s + y.year, 0) / n;
  const gMean = years.reduce((s, y) => s + y.gap, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const y of years) {
    sxy += (y.year - tMean) * (y.gap - gMean);
    sxx += (y.year - tMean) ** 2;
  }
  const slope = sxy / sxx;
  const first = years[0]!.year;
  const last = years[n - 1]!.year;
  const fitted = (t: number): number => gMean + slope * (t - tMean);
  const distanceChange = (Math.abs(fitted(last)) - Math.abs(fitted(first))) / (last - first);
  const level = years.reduce((s, y) => s + (Math.abs(y.a) + Math.abs(y.b)) / 2, 0) / n;
  const tolerance = STABLE_TOLERANCE_SHARE * level;
  const cls = Math.abs(distanceChange) < tolerance || distanceChange === 0 ? 'stable' : distanceChange < 0 ? 'narrowing' : 'widening';
  return { class: cls, basis: n === 2 ? 'two_years' : 'least_squares', slope, distanceChange, tolerance };
}
