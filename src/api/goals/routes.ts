import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickHeadline } from '../../analysis/headline-series.ts';
import { dimensionLabels, seriesHeadlines, type SeriesHeadline } from '../../store/index.ts';
import type { z } from 'zod';
import { countStatuses, readCatalogue, type Catalogue, type ListingEntry } from '../catalogue.ts';
import { errorResponses, langQuery } from '../common-schema.ts';
import { notFound } from '../errors.ts';
import { goalDetailResponse, goalListResponse, goalParams, type headlineSchema } from './schema.ts';

type Headline = z.infer<typeof headlineSchema>;

/** `GET /goals` and `GET /goals/{goal}`: goals with reporting status; one goal with its targets and indicators. */
export const goalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/goals', {
    schema: { tags: ['framework'], summary: 'The 17 goals with colours and reporting status', querystring: langQuery, response: { 200: goalListResponse, ...errorResponses } },
  }, async (request) => {
    const catalogue = await readCatalogue(app.store.db, request.query.lang);
    return { data: catalogue.goals.map((g) => goalSummary(catalogue, g.code)) };
  });

  app.get('/goals/:goal', {
    schema: {
      tags: ['framework'], summary: 'One goal with its targets, indicators, reporting status and latest values',
      params: goalParams, querystring: langQuery, response: { 200: goalDetailResponse, ...errorResponses },
    },
  }, async (request) => {
    const catalogue = await readCatalogue(app.store.db, request.query.lang);
    const { goal } = request.params;
    if (!catalogue.goals.some((g) => g.code === goal)) throw notFound('goal', goal);
    const listings = catalogue.listings.filter((l) => l.goalCode === goal);
    const [headlines, labels] = await Promise.all([
      seriesHeadlines(app.store.db, [...new Set(listings.map((l) => l.id))], catalogue.countryArea), dimensionLabels(app.store.db, 'en'),
    ]);
    return {
      data: {
        ...goalSummary(catalogue, goal),
        targets: catalogue.targets.filter((t) => t.goalCode === goal).map((t) => ({
          code: t.code,
          title: t.title,
          indicators: listings.filter((l) => l.targetCode === t.code).map((l) => ({
            code: l.code, id: l.id, title: l.title, reportingStatus: l.reportingStatus, latest: latestOf(l, headlines, labels.codes),
          })),
        })),
      },
    };
  });
};

/** The latest value of an indicator's headline series, in the English title's terms (series names are English). */
function latestOf(listing: ListingEntry, headlines: Map<string, SeriesHeadline[]>, codeNames: Map<string, string>): Headline {
  const best = pickHeadline(listing.titleEn, headlines.get(listing.id) ?? []);
  if (!best) return null;
  return {
    timePeriod: best.timePeriod,
    value: best.value,
    unit: best.unit,
    unitName: codeNames.get(`UNIT_MEASURE:${best.unit}`) ?? best.unit,
    series: best.series,
    relation: best.relation === 'proxy' ? 'proxy' : 'measures',
  };
}

function goalSummary(catalogue: Catalogue, code: string): {
  code: string; title: string; short: string; colour: string; indicatorCount: number; reportingStatus: ReturnType<typeof countStatuses>;
} {
  const goal = catalogue.goals.find((g) => g.code === code)!;
  const listings = catalogue.listings.filter((l) => l.goalCode === code);
  return {
    code,
    title: goal.title.title,
    short: goal.title.short ?? goal.title.title,
    colour: goal.colour,
    indicatorCount: listings.length,
    reportingStatus: countStatuses(listings),
  };
}
