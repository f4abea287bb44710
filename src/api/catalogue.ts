import type { IndicatorSettings, ReportingStatus } from '../domain/index.ts';
import {
  activeFrameworkId, allIndicatorSettings, getSetting, listGoalRows, listIndicatorRows, listListingRows, listTargetRows,
  titlesOf, type Db, type LocalisedTitle,
} from '../store/index.ts';
import { ApiError, notFound } from './errors.ts';

/** Counts of indicators by reporting status, e.g. `{ complete: 120, inprogress: 0, notstarted: 115, notapplicable: 0 }`. */
export type StatusCounts = Record<ReportingStatus, number>;

/** One listing of an indicator under a target, with what the catalogue pages show about it. */
export interface ListingEntry {
  code: string;
  id: string;
  targetCode: string;
  goalCode: string;
  unsdCode: string | null;
  title: string;
  /** The English title, which series names (English in every source) are matched against. */
  titleEn: string;
  reportingStatus: ReportingStatus;
}

/** The framework as the public pages see it, in one language (see {@link readCatalogue}). */
export interface Catalogue {
  frameworkId: string;
  goals: { code: string; colour: string; title: LocalisedTitle }[];
  targets: { code: string; goalCode: string; title: string }[];
  listings: ListingEntry[];
  indicatorIds: string[];
  settings: Map<string, IndicatorSettings>;
  /** The country's reference area code (setting `country`), or null. */
  countryArea: string | null;
}

/**
 * Reads the active framework in `lang` (English where a title is missing): goals with colours, targets, every
 * listing with its unique indicator, title and reporting status, and the country area. Read per request (a few
 * hundred rows).
 * @throws ApiError NOT_INITIALISED on a database without a framework.
 */
export async function readCatalogue(db: Db, lang: string): Promise<Catalogue> {
  const frameworkId = await activeFrameworkId(db);
  if (!frameworkId) throw new ApiError('NOT_INITIALISED', 'the database holds no framework yet: run `sdg-tracker init`');
  const [goalRows, targetRows, listingRows, indicatorRows, goalTitles, targetTitles, indicatorTitles, englishTitles, settings, countryArea] =
    await Promise.all([
      listGoalRows(db, frameworkId), listTargetRows(db, frameworkId), listListingRows(db, frameworkId),
      listIndicatorRows(db, frameworkId), titlesOf(db, frameworkId, 'goal', lang), titlesOf(db, frameworkId, 'target', lang),
      titlesOf(db, frameworkId, 'indicator', lang), lang === 'en' ? null : titlesOf(db, frameworkId, 'indicator', 'en'),
      allIndicatorSettings(db), getSetting(db, 'country'),
    ]);
  const unsd = new Map(indicatorRows.map((r) => [r.id, r.unsd_code]));
  const goalOfTarget = new Map(targetRows.map((t) => [t.code, t.goal_code]));
  return {
    frameworkId,
    goals: goalRows.map((g) => ({ code: g.code, colour: g.colour, title: goalTitles.get(g.code) ?? { title: g.code } })),
    targets: targetRows.map((t) => ({ code: t.code, goalCode: t.goal_code, title: targetTitles.get(t.code)?.title ?? t.code })),
    listings: listingRows.map((l) => ({
      code: l.code,
      id: l.indicator_id,
      targetCode: l.target_code,
      goalCode: goalOfTarget.get(l.target_code) ?? '',
      unsdCode: unsd.get(l.indicator_id) ?? null,
      title: indicatorTitles.get(l.indicator_id)?.title ?? l.code,
      titleEn: (englishTitles ?? indicatorTitles).get(l.indicator_id)?.title ?? l.code,
      reportingStatus: settings.get(l.indicator_id)?.reportingStatus ?? 'notstarted',
    })),
    indicatorIds: indicatorRows.map((r) => r.id),
    settings,
    countryArea,
  };
}

/** Counts reporting statuses of the given listings (or unique indicators: pass one entry per indicator). */
export function countStatuses(entries: { reportingStatus: ReportingStatus }[]): StatusCounts {
  const counts: StatusCounts = { complete: 0, inprogress: 0, notstarted: 0, notapplicable: 0 };
  for (const e of entries) counts[e.reportingStatus]++;
  return counts;
}

/** The listing with this code (`11.5.1`) or, failing that, the first listing of the indicator with this id. */
export function findListing(catalogue: Catalogue, code: string): ListingEntry | undefined {
  return catalogue.listings.find((l) => l.code === code) ?? catalogue.listings.find((l) => l.id === code);
}

/**
 * The listing of an indicator code (`11.5.1`) or id (see {@link findListing}), its title in `lang`.
 * @throws ApiError NOT_FOUND naming the code.
 */
export async function listingOf(db: Db, code: string, lang = 'en'): Promise<ListingEntry> {
  const listing = findListing(await readCatalogue(db, lang), code);
  if (!listing) throw notFound('indicator', code);
  return listing;
}

/** One entry per unique indicator (its first listing), in framework order. */
export function uniqueIndicators(catalogue: Catalogue): ListingEntry[] {
  const seen = new Set<string>();
  return catalogue.listings.filter((l) => (seen.has(l.id) ? false : (seen.add(l.id), true)))
    .sort((a, b) => catalogue.indicatorIds.indexOf(a.id) - catalogue.indicatorIds.indexOf(b.id));
}
