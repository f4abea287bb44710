/**
 * The four components of an organisation's scorecard, each a share 0…1 with the numerator and denominator it rests
 * on (value = numerator / denominator), or null when there is nothing to measure. Pure.
 */
import {
  DEFAULT_REPORTING_CALENDAR, deadlineOf, expectedPeriod, periodicityOf, type PeriodSpan, type ReportingCalendar,
} from './reporting-calendar.ts';

/** A component's figure: `value` = `numerator` / `denominator` (0…1). */
export interface ComponentFigure {
  value: number;
  numerator: number;
  denominator: number;
}

/** What the scorecard knows of one submission of a led indicator. */
export interface SubmissionFacts {
  id: number;
  indicator: string;
  /** `draft` | `submitted` | `returned` | `approved`. */
  state: string;
  /** When it was (last) sent for review, ISO 8601; null when never sent. */
  submittedAt: string | null;
  /** The periods it brings new values for (upserts of keys that had no published value): what it delivers. */
  deliveredPeriods: PeriodSpan[];
  /** Validation warnings it carried: values sent with a warning comment (each warning must be explained). */
  warnings: number;
  /** How many times a reviewer returned it. */
  returns: number;
}

/** An indicator's data presence at a moment: its periodicity, the expected period and whether data covers it. */
export interface IndicatorPresence {
  indicator: string;
  expected: PeriodSpan;
  present: boolean;
}

/**
 * Whether an indicator has data for the period expected at `moment`: its periodicity is that of its latest period
 * (annual without data); the data counts when a period with data ends on or before the moment and not before the
 * expected period starts (the expected period itself, or a later one already out).
 * @example presenceOf('3.2.1', [{ kind: 'year', start: '2025-01-01', end: '2025-12-31' }], '2026-06-30')
 * // { indicator: '3.2.1', expected: { kind: 'year', start: '2025-01-01', end: '2025-12-31' }, present: true }
 */
export function presenceOf(indicator: string, periods: readonly PeriodSpan[], moment: string, calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR): IndicatorPresence {
  const latest = periods.reduce<PeriodSpan | null>((a, p) => (!a || p.end > a.end || (p.end === a.end && p.start > a.start) ? p : a), null);
  const expected = expectedPeriod(latest ? periodicityOf(latest.kind) : 'annual', moment, calendar);
  const present = periods.some((p) => p.end <= moment && p.end >= expected.start);
  return { indicator, expected, present };
}

/**
 * Completeness: the share of led indicators with data for the period expected at the moment.
 * @example completeness([{ present: true }, { present: false }, { present: true }, { present: true }])
 * // 3 of 4: { value: 0.75, numerator: 3, denominator: 4 }
 */
export function completeness(presence: readonly Pick<IndicatorPresence, 'present'>[]): ComponentFigure | null {
  if (presence.length === 0) return null;
  return figure(presence.filter((p) => p.present).length, presence.length);
}

/**
 * Timeliness: of the approved submissions that deliver new periods, the share sent for review on or before the
 * deadline of every period they deliver (the earliest deadline among them). A submission that only corrects or
 * removes published values delivers nothing and is left out; null when no submission counts.
 * @example timeliness([{ state: 'approved', submittedAt: '2025-06-10T09:00:00Z', deliveredPeriods: [y2024] }, …])
 */
export function timeliness(submissions: readonly SubmissionFacts[], calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR): ComponentFigure | null {
  const counted = submissions.filter((s) => s.state === 'approved' && s.submittedAt !== null && s.deliveredPeriods.length > 0);
  if (counted.length === 0) return null;
  return figure(counted.filter((s) => isOnTime(s, calendar)).length, counted.length);
}

/** Whether a submission was sent (its date, UTC) on or before the earliest deadline of the periods it delivers. */
export function isOnTime(s: Pick<SubmissionFacts, 'submittedAt' | 'deliveredPeriods'>, calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR): boolean {
  if (s.submittedAt === null || s.deliveredPeriods.length === 0) return false;
  const due = s.deliveredPeriods.map((p) => deadlineOf(p, calendar)).sort()[0]!;
  return s.submittedAt.slice(0, 10) <= due;
}

/**
 * Quality: 1 − (validation warnings + returns) per submission sent for review, clamped to 0…1, as
 * numerator max(0, N − W − R) over denominator N; null when nothing was sent.
 * @example quality([{ warnings: 1, returns: 0 }, { warnings: 0, returns: 1 }, { warnings: 0, returns: 0 }, { warnings: 0, returns: 0 }])
 * // N = 4, W + R = 2: (4 − 2) / 4 = { value: 0.5, numerator: 2, denominator: 4 }
 */
export function quality(submissions: readonly Pick<SubmissionFacts, 'submittedAt' | 'warnings' | 'returns'>[]): ComponentFigure | null {
  const sent = submissions.filter((s) => s.submittedAt !== null);
  if (sent.length === 0) return null;
  const issues = sent.reduce((n, s) => n + s.warnings + s.returns, 0);
  return figure(Math.max(0, sent.length - issues), sent.length);
}

/**
 * Progress: the mean Open SDG score (−5…5) of the led indicators that have one, rescaled to 0…1 as (score + 5) / 10;
 * numerator the sum of rescaled scores, denominator how many indicators have a score; null when none has.
 * @example progress([3, -1, undefined]) // (0.8 + 0.4) / 2 = { value: 0.6, numerator: 1.2, denominator: 2 }
 */
export function progress(scores: readonly (number | undefined)[]): ComponentFigure | null {
  const scored = scores.filter((s): s is number => s !== undefined && Number.isFinite(s));
  if (scored.length === 0) return null;
  return figure(scored.reduce((n, s) => n + (Math.min(5, Math.max(-5, s)) + 5) / 10, 0), scored.length);
}

function figure(numerator: number, denominator: number): ComponentFigure {
  return { value: numerator / denominator, numerator, denominator };
}
