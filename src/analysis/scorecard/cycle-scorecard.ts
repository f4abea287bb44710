/**
 * The scorecard of one reporting cycle: for each organisation that leads at least one indicator, its four
 * components over the indicators it leads, the composite and the rank. Pure.
 */
import {
  completeness, presenceOf, progress, quality, timeliness, type ComponentFigure, type IndicatorPresence,
  type SubmissionFacts,
} from './components.ts';
import { compositeOf, rankByComposite, SCORECARD_WEIGHTS, type ScorecardComponent } from './composite.ts';
import { DEFAULT_REPORTING_CALENDAR, type PeriodSpan, type ReportingCalendar } from './reporting-calendar.ts';

/** What one cycle's scorecard is computed from. */
export interface CycleInput {
  /** The reporting cycle (year). */
  cycle: number;
  /** Its reporting moment, ISO date (see cycleMoment). */
  moment: string;
  /** Indicator → the organisation that leads it (responsibility role `lead`). */
  leads: ReadonlyMap<string, string>;
  /** Indicator → the periods it has data for. */
  periods: ReadonlyMap<string, readonly PeriodSpan[]>;
  /** Submissions of any indicator; those sent for review in the cycle's calendar year count. */
  submissions: readonly SubmissionFacts[];
  /** Indicator → its Open SDG score (−5…5) from the data up to the year before the cycle; absent when unscored. */
  scores: ReadonlyMap<string, number>;
  calendar?: ReportingCalendar;
  weights?: Readonly<Record<ScorecardComponent, number>>;
}

/** One organisation's line of a cycle's scorecard. */
export interface OrganisationScore {
  organisation: string;
  /** The indicators it leads, in code order. */
  indicators: string[];
  components: Record<ScorecardComponent, ComponentFigure | null>;
  composite: number | null;
  rank: number | null;
  /** Each led indicator's expected period at the moment and whether data covers it. */
  presence: IndicatorPresence[];
  /** The submissions of its led indicators counted in the cycle. */
  submissions: SubmissionFacts[];
}

/**
 * Scores and ranks every organisation that leads an indicator, best first (ties share the rank, then organisation id).
 * @example scoreCycle({ cycle: 2026, moment: '2026-06-30', leads: new Map([['1.1.1', 'A'], ['1.2.1', 'B']]),
 *   periods: new Map([['1.1.1', [{ kind: 'year', start: '2025-01-01', end: '2025-12-31' }]]]), submissions: [],
 *   scores: new Map() }).map((o) => [o.organisation, o.rank]) // [['A', 1], ['B', 2]]: completeness 1 and 0
 */
export function scoreCycle(input: CycleInput): OrganisationScore[] {
  const calendar = input.calendar ?? DEFAULT_REPORTING_CALENDAR;
  const led = new Map<string, string[]>();
  for (const [indicator, organisation] of input.leads) led.set(organisation, [...(led.get(organisation) ?? []), indicator]);
  const inCycle = input.submissions.filter((s) => s.submittedAt !== null && Number(s.submittedAt.slice(0, 4)) === input.cycle);
  const lines = [...led].map(([organisation, unsorted]) => {
    const indicators = unsorted.sort(compareCodes);
    const mine = new Set(indicators);
    const submissions = inCycle.filter((s) => mine.has(s.indicator));
    const presence = indicators.map((i) => presenceOf(i, input.periods.get(i) ?? [], input.moment, calendar));
    const components: Record<ScorecardComponent, ComponentFigure | null> = {
      completeness: completeness(presence),
      timeliness: timeliness(submissions, calendar),
      quality: quality(submissions),
      progress: progress(indicators.map((i) => input.scores.get(i))),
    };
    return { organisation, indicators, components, composite: compositeOf(components, input.weights ?? SCORECARD_WEIGHTS), presence, submissions };
  });
  return rankByComposite(lines, (a, b) => (a.organisation < b.organisation ? -1 : a.organisation > b.organisation ? 1 : 0));
}

/**
 * Each organisation's rank and composite cycle by cycle, from the cycles' scorecards.
 * @example rankHistory([{ cycle: 2025, scores: [...] }, { cycle: 2026, scores: [...] }]).get('BBS')
 * // [{ cycle: 2025, rank: 3, composite: 0.41 }, { cycle: 2026, rank: 2, composite: 0.47 }]
 */
export function rankHistory(
  cycles: readonly { cycle: number; scores: readonly Pick<OrganisationScore, 'organisation' | 'rank' | 'composite'>[] }[],
): Map<string, { cycle: number; rank: number | null; composite: number | null }[]> {
  const out = new Map<string, { cycle: number; rank: number | null; composite: number | null }[]>();
  const ordered = [...cycles].sort((a, b) => a.cycle - b.cycle);
  for (const { cycle, scores } of ordered) {
    for (const s of scores) out.set(s.organisation, [...(out.get(s.organisation) ?? []), { cycle, rank: s.rank, composite: s.composite }]);
  }
  return out;
}

/** Indicator codes part by part as numbers (1.2.1 < 1.10.1; letters after digits). */
function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
