import {
  cycleMoment, parseReportingCalendar, rankHistory, REPORTING_CALENDAR_SETTING, scoreCycle, type OrganisationScore,
  type ReportingCalendar,
} from '../analysis/scorecard/index.ts';
import { buildProgressBook, indicatorsInScope, type ProgressBook } from './progress-book.ts';
import { readProgressData, type ProgressData } from './progress-data.ts';
import {
  getSetting, indicatorPeriods, leadOrganisations, scorecardDataVersion, submissionFacts, type Db, type StoredSubmissionFacts,
} from '../store/index.ts';

/** The first reporting cycle the ranking covers: the first after the 2015 base year of the 2030 Agenda. */
export const FIRST_CYCLE = 2016;

/** Every cycle's scorecard, read from the store once, and what the organisation card adds. */
export interface ScorecardBook {
  /** FIRST_CYCLE … the current year. */
  cycles: number[];
  calendar: ReportingCalendar;
  byCycle: Map<number, { moment: string; scores: OrganisationScore[] }>;
  history: Map<string, { cycle: number; rank: number | null; composite: number | null }[]>;
  /** The progress book of all the data (the national method's status and score of each indicator). */
  progress: ProgressBook;
  submissions: StoredSubmissionFacts[];
}

const cache = new WeakMap<Db, { key: string; book: Promise<ScorecardBook> }>();

/**
 * The scorecard of every cycle from {@link FIRST_CYCLE} to `today`'s year (ISO date). Each cycle Y reads the data
 * at its own moment (completeness), the Open SDG scores of a progress book built from the observations of years up to
 * Y−1 (progress: one read of the data, one book per cycle from filtered copies), and the submissions sent in year Y.
 * Kept per database until the data, responsibilities, targets or settings change.
 * @throws Error when the setting `reporting_calendar` is not a valid calendar (see parseReportingCalendar).
 */
export async function scorecardBookFor(db: Db, today: string): Promise<ScorecardBook> {
  const key = `${today}|${await scorecardDataVersion(db)}`;
  const held = cache.get(db);
  if (held && held.key === key) return held.book;
  const book = buildBook(db, today);
  cache.set(db, { key, book });
  book.catch(() => cache.delete(db));
  return book;
}

async function buildBook(db: Db, today: string): Promise<ScorecardBook> {
  const [leads, calendarText, data] = await Promise.all([leadOrganisations(db), getSetting(db, REPORTING_CALENDAR_SETTING), readProgressData(db)]);
  const calendar = parseReportingCalendar(calendarText);
  const indicators = [...leads.keys()];
  const [periods, submissions] = await Promise.all([indicatorPeriods(db, indicators), submissionFacts(db, indicators)]);
  const last = Math.max(FIRST_CYCLE, Number(today.slice(0, 4)));
  const cycles = Array.from({ length: last - FIRST_CYCLE + 1 }, (_, i) => FIRST_CYCLE + i);
  const byCycle = new Map<number, { moment: string; scores: OrganisationScore[] }>();
  for (const cycle of cycles) {
    const moment = cycleMoment(cycle, calendar, today);
    const scores = scoreCycle({ cycle, moment, leads, periods, submissions, scores: openSdgScores(bookUpTo(data, cycle - 1)), calendar });
    byCycle.set(cycle, { moment, scores });
  }
  const history = rankHistory(cycles.map((cycle) => ({ cycle, scores: byCycle.get(cycle)!.scores })));
  return { cycles, calendar, byCycle, history, progress: buildProgressBook(data), submissions };
}

/** The progress book of the observations of years up to `year` (series left without a point are dropped). */
export function bookUpTo(data: ProgressData, year: number): ProgressBook {
  const series = data.series.map((s) => ({ ...s, points: s.points.filter((p) => p.year <= year) })).filter((s) => s.points.length > 0);
  return buildProgressBook({ ...data, series });
}

/** Indicator → its Open SDG score in the country scope, for the indicators that have one. */
function openSdgScores(book: ProgressBook): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of indicatorsInScope(book, 'opensdg')) if (i.score !== undefined) out.set(i.indicator, i.score);
  return out;
}
