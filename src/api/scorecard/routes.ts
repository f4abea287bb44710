import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activeFrameworkId, getOrganisation, listOrganisations, organisationName, titlesOf, type Db } from '../../store/index.ts';
import { ApiError, notFound } from '../errors.ts';
import { methodOf, presentCardIndicators, presentRankingEntry } from './presenter.ts';
import { scorecardBookFor, FIRST_CYCLE, type ScorecardBook } from '../../assessment/index.ts';
import {
  cardParams, cardQuery, cardResponse, rankingResponse, scorecardErrorResponses, scorecardQuery,
} from './schema.ts';

/**
 * The agency scorecard (decision record 0006), public: `GET /scorecard` ranks the organisations that lead
 * indicators in a reporting cycle, with each component and the rank in every cycle; `GET /scorecard/{organisationId}`
 * is one organisation's card with its led indicators.
 */
export const scorecardRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get('/scorecard', {
    schema: {
      tags: ['scorecard'], summary: 'Ranking of the lead organisations in a reporting cycle: composite, components and rank trend',
      querystring: scorecardQuery, response: { 200: rankingResponse, ...scorecardErrorResponses },
    },
  }, async (request) => {
    const { book, cycle } = await cycleOf(db, request.query.cycle);
    const orgs = new Map((await listOrganisations(db)).map((o) => [o.id, o]));
    const { moment, scores } = book.byCycle.get(cycle)!;
    return {
      data: {
        cycle, moment, cycles: book.cycles, defaultCycle: defaultCycle(book), ...methodOf(book.calendar),
        ranking: scores.map((s) => presentRankingEntry(s, orgs.get(s.organisation), request.query.lang, book.history.get(s.organisation) ?? [])),
      },
    };
  });

  app.get('/scorecard/:organisationId', {
    schema: {
      tags: ['scorecard'], summary: 'One organisation\'s card: components, led indicators against the calendar, rank history',
      params: cardParams, querystring: cardQuery, response: { 200: cardResponse, ...scorecardErrorResponses },
    },
  }, async (request) => {
    const org = await getOrganisation(db, request.params.organisationId);
    if (!org) throw notFound('organisation', request.params.organisationId);
    const { book, cycle } = await cycleOf(db, request.query.cycle);
    const { moment, scores } = book.byCycle.get(cycle)!;
    const lang = request.query.lang;
    const score = scores.find((s) => s.organisation === org.id);
    const frameworkId = await activeFrameworkId(db);
    const titles = frameworkId ? await titlesOf(db, frameworkId, 'indicator', lang) : new Map<string, { title: string }>();
    const mine = score ? book.submissions.filter((s) => score.indicators.includes(s.indicator)) : [];
    return {
      data: {
        organisation: { id: org.id, name: organisationName(org, lang), kind: org.kind },
        cycle, moment, method: book.progress.method, ...methodOf(book.calendar),
        rank: score?.rank ?? null, ranked: scores.filter((s) => s.rank !== null).length, composite: score?.composite ?? null,
        components: score?.components ?? { completeness: null, timeliness: null, quality: null, progress: null },
        indicators: score ? presentCardIndicators(score, titles, mine, book.progress, book.calendar) : [],
        history: book.history.get(org.id) ?? [],
      },
    };
  });
};

/**
 * The cycle shown when none is asked: the latest in which some organisation has data for the period due (the
 * current cycle is empty until the first data of the year due arrive, and a ranking of nothing but zeros says
 * nothing), else the current one.
 */
function defaultCycle(book: ScorecardBook): number {
  for (const cycle of [...book.cycles].reverse()) {
    if (book.byCycle.get(cycle)!.scores.some((s) => (s.components.completeness?.numerator ?? 0) > 0)) return cycle;
  }
  return book.cycles.at(-1)!;
}

/** The book and the asked cycle (default {@link defaultCycle}). @throws ApiError BAD_PARAMETER for a cycle outside the book. */
async function cycleOf(db: Db, asked: number | undefined): Promise<{ book: ScorecardBook; cycle: number }> {
  const today = new Date().toISOString().slice(0, 10);
  const book = await scorecardBookFor(db, today);
  const cycle = asked ?? defaultCycle(book);
  if (!book.byCycle.has(cycle)) {
    throw new ApiError('BAD_PARAMETER', `parameter cycle: must be a year from ${FIRST_CYCLE} to ${book.cycles.at(-1)}, got ${cycle}`);
  }
  return { book, cycle };
}
