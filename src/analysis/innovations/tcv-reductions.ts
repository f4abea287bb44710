/**
 * Time, Cost and Visits of one service before and after an innovation, and their reductions. Source: a2i
 * (Government of Bangladesh), Service Process Simplification (SPS) / TCV: a service innovation is judged by the
 * citizen's Time, Cost and number of Visits to an office, baseline against post. Time wording is read by
 * {@link parseTimeWording} (calendar rule), cost by {@link costReductions} (no currency conversion), visits as counts.
 * Every reduction carries the weakest strength of its baseline and post evidence.
 */
import type { EvidenceStrength } from './evidence-strength.ts';
import { rangeOf, reductionOf, scaleRange, type Reduction } from './reduction.ts';
import { costReductions, type CostItem, type CostReductions } from './tcv-cost.ts';
import { parseTimeWording, TimeWordingError, type TimeSpan, type TimeUnit } from './time-wording.ts';

/** The TCV of one service at one moment (baseline or post), as the store gives it; every part is optional. */
export interface TcvSnapshot {
  /** Time wording as published ("30-45 days", "1 hour"); `unit` ("days", 'day') applies when the wording has none. */
  time?: { text: string; unit?: TimeUnit | string | null; strength: EvidenceStrength };
  cost?: readonly CostItem[];
  /** Visits to an office: a count or [low, high]. */
  visits?: { count: number | readonly [number, number]; strength: EvidenceStrength };
}

/** The time reduction, in hours and in days (same percentages), with both spans read. */
export interface TimeReduction {
  before: TimeSpan;
  after: TimeSpan;
  hours: Reduction;
  days: Reduction;
}

/** The reductions of a baseline → post pair. A metric measured on one side only is null, with a note. */
export interface TcvReductions {
  time: TimeReduction | null;
  cost: CostReductions;
  visits: Reduction | null;
  /** Why time or visits were not compared (cost keeps its own notes). */
  notes: string[];
}

/**
 * Reductions of time, cost and visits from `baseline` to `post`.
 * @example tcvReductions({ time: { text: '7 days', strength: 'official_claim' } },
 *   { time: { text: '1 hour', strength: 'official_claim' } }).time?.hours.percent?.mid // (168 − 1) / 168 × 100 = 99.40…
 */
export function tcvReductions(baseline: TcvSnapshot, post: TcvSnapshot): TcvReductions {
  const notes: string[] = [];
  return { time: timeReduction(baseline, post, notes), cost: costReductions(baseline.cost ?? [], post.cost ?? []), visits: visitsReduction(baseline, post, notes), notes };
}

function timeReduction(baseline: TcvSnapshot, post: TcvSnapshot, notes: string[]): TimeReduction | null {
  if (!baseline.time && !post.time) return null;
  if (!baseline.time || !post.time) {
    notes.push(`time: not compared, no ${baseline.time ? 'post' : 'baseline'} value`);
    return null;
  }
  let before: TimeSpan;
  let after: TimeSpan;
  try {
    before = parseTimeWording(baseline.time.text, baseline.time.unit);
    after = parseTimeWording(post.time.text, post.time.unit);
  } catch (e) {
    if (!(e instanceof TimeWordingError)) throw e;
    notes.push(`time: not compared, ${e.message}`);
    return null;
  }
  const b = { strength: baseline.time.strength };
  const a = { strength: post.time.strength };
  return {
    before, after,
    hours: reductionOf('hours', { ...b, value: before.hours }, { ...a, value: after.hours }),
    days: reductionOf('days', { ...b, value: scaleRange(before.hours, 1 / 24) }, { ...a, value: scaleRange(after.hours, 1 / 24) }),
  };
}

function visitsReduction(baseline: TcvSnapshot, post: TcvSnapshot, notes: string[]): Reduction | null {
  if (!baseline.visits && !post.visits) return null;
  if (!baseline.visits || !post.visits) {
    notes.push(`visits: not compared, no ${baseline.visits ? 'post' : 'baseline'} value`);
    return null;
  }
  const range = (c: number | readonly [number, number]) => (typeof c === 'number' ? rangeOf(c) : rangeOf(c[0], c[1]));
  return reductionOf('visits',
    { value: range(baseline.visits.count), strength: baseline.visits.strength },
    { value: range(post.visits.count), strength: post.visits.strength });
}
