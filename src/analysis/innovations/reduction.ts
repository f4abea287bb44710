/**
 * The reduction from a baseline to a post value, both given as ranges, the way a2i reports the citizen's Time, Cost
 * and Visits before and after a service is simplified. Source: a2i (Aspire to Innovate), Government of Bangladesh,
 * "Service Process Simplification (SPS)" / TCV (Time, Cost, Visits) method: the saving is baseline − post and the
 * percentage is that saving over the baseline; worked here on the seed row "30-45 → 15 days" (Rahman & Talukder,
 * Bangladesh Priorities, 2016: 50–67 %, 60 % at the 37.5-day midpoint).
 */
import { weakestStrength, type EvidenceStrength } from './evidence-strength.ts';

/** A closed range of one quantity; a single value has low = high = mid. mid = (low + high) / 2. */
export interface Range {
  low: number;
  high: number;
  mid: number;
}

/** A baseline or post figure in one unit, with the strength of its evidence. */
export interface MeasuredRange {
  value: Range;
  strength: EvidenceStrength;
}

/** The reduction of one metric, in its unit and in %, with the strength of the evidence beside it. */
export interface Reduction {
  /** The unit of before, after and absolute (e.g. 'hours', 'days', 'BDT', 'visits'). */
  unit: string;
  before: Range;
  after: Range;
  /** before − after (negative when the metric rose): low = before.low − after.high, high = before.high − after.low, mid = before.mid − after.mid. */
  absolute: Range;
  /**
   * (before − after) / before × 100: low = 100 × (1 − after.high / before.low), high = 100 × (1 − after.low /
   * before.high), mid from the two midpoints. Null when a baseline value is 0 or less (no share of nothing).
   */
  percent: Range | null;
  /** Why `percent` is null, else "". */
  percentNote: string;
  /** The weakest of the baseline's and the post's strengths. */
  strength: EvidenceStrength;
  /** How `strength` was chosen when they differ, else "". */
  strengthNote: string;
}

/**
 * A range from its two ends (in either order); one value gives a point range.
 * @throws Error naming the value when an end is not a finite number.
 * @example rangeOf(45, 30) // { low: 30, high: 45, mid: 37.5 }
 */
export function rangeOf(a: number, b: number = a): Range {
  if (!Number.isFinite(a) || !Number.isFinite(b)) throw new Error(`range end is not a finite number: ${a}, ${b}`);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return { low, high, mid: (low + high) / 2 };
}

/** The range times a factor (a unit conversion). @example scaleRange(rangeOf(7), 24) // { low: 168, high: 168, mid: 168 } */
export function scaleRange(r: Range, factor: number): Range {
  return rangeOf(r.low * factor, r.high * factor);
}

/**
 * The reduction from `before` to `after` (see {@link Reduction} for each field's formula).
 * @example reductionOf('days', { value: rangeOf(30, 45), strength: 'independent' }, { value: rangeOf(15), strength: 'independent' })
 *   // absolute 15…30 (mid 22.5) days; percent 50…66.67 (mid 60); strength 'independent'
 */
export function reductionOf(unit: string, before: MeasuredRange, after: MeasuredRange): Reduction {
  const b = before.value;
  const a = after.value;
  const absolute: Range = { low: b.low - a.high, high: b.high - a.low, mid: b.mid - a.mid };
  const positive = b.low > 0;
  const percent: Range | null = positive
    ? { low: 100 * (1 - a.high / b.low), high: 100 * (1 - a.low / b.high), mid: 100 * (1 - a.mid / b.mid) }
    : null;
  const { strength, note } = weakestStrength([[before.strength, 'baseline'], [after.strength, 'post']]);
  return {
    unit, before: b, after: a, absolute, percent,
    percentNote: positive ? '' : `no percentage: the baseline ${b.low === b.high ? b.low : `${b.low}–${b.high}`} ${unit} is not above 0`,
    strength, strengthNote: note,
  };
}
