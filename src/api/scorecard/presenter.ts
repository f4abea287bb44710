import {
  deadlineOf, SCORECARD_WEIGHTS, type OrganisationScore, type PeriodSpan, type ReportingCalendar,
} from '../../analysis/scorecard/index.ts';
import { indicatorsInScope, type ProgressBook } from '../../assessment/index.ts';
import { organisationName, type StoredOrganisation, type StoredSubmissionFacts } from '../../store/index.ts';
import type { z } from 'zod';
import type { cardIndicatorSchema, rankingEntrySchema } from './schema.ts';

/** The method figures every scorecard answer carries: weights and calendar. */
export function methodOf(calendar: ReportingCalendar): { weights: typeof SCORECARD_WEIGHTS; calendar: ReportingCalendar } {
  return { weights: { ...SCORECARD_WEIGHTS }, calendar: { ...calendar } };
}

/** One line of the ranking, the organisation named in `lang`. */
export function presentRankingEntry(
  score: OrganisationScore, org: StoredOrganisation | undefined, lang: string,
  trend: { cycle: number; rank: number | null; composite: number | null }[],
): z.infer<typeof rankingEntrySchema> {
  return {
    organisation: { id: score.organisation, name: org ? organisationName(org, lang) : score.organisation },
    rank: score.rank, composite: score.composite, indicatorsLed: score.indicators.length, components: score.components, trend,
  };
}

/**
 * The card's list of led indicators: title, expected period and whether data covers it, its deadline, the last
 * submission's date against it, and status and score by the book's national method.
 */
export function presentCardIndicators(
  score: OrganisationScore, titles: Map<string, { title: string }>, submissions: StoredSubmissionFacts[], book: ProgressBook,
  calendar: ReportingCalendar,
): z.infer<typeof cardIndicatorSchema>[] {
  const results = new Map(indicatorsInScope(book, book.method).map((i) => [i.indicator, i]));
  const lastSent = new Map<string, string>();
  for (const s of submissions) {
    if (s.submittedAt !== null && (lastSent.get(s.indicator) ?? '') < s.submittedAt) lastSent.set(s.indicator, s.submittedAt);
  }
  return score.presence.map((p) => {
    const deadline = deadlineOf(p.expected, calendar);
    const sent = lastSent.get(p.indicator) ?? null;
    const result = results.get(p.indicator);
    return {
      code: p.indicator, title: titles.get(p.indicator)?.title ?? '', expectedPeriod: periodLabel(p.expected), present: p.present,
      deadline, lastSubmittedAt: sent, lastSubmissionOnTime: sent === null ? null : sent.slice(0, 10) <= deadline,
      status: result?.status ?? 'not_available', score: result?.score ?? result?.index ?? null,
    };
  });
}

/**
 * A period's label as the site writes it.
 * @example periodLabel({ kind: 'quarter', start: '2026-01-01', end: '2026-03-31' }) // '2026-Q1'
 */
export function periodLabel(p: PeriodSpan): string {
  const year = p.start.slice(0, 4);
  if (p.kind === 'quarter') return `${year}-Q${Math.floor((Number(p.start.slice(5, 7)) - 1) / 3) + 1}`;
  if (p.kind === 'month') return p.start.slice(0, 7);
  return year;
}
