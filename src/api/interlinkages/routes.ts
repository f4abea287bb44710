import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { alignedPoints, type ChosenSeries, type LinkPair } from '../../analysis/interlinkages/index.ts';
import { listAreas } from '../../store/index.ts';
import { findListing, readCatalogue } from '../catalogue.ts';
import { badParameter, notFound } from '../errors.ts';
import { areaLinksFor, areaYears, nationalLinksFor, type LinksResult } from '../../assessment/index.ts';
import { LINKS_SOURCE, byStrength, presentCounts, presentIndicator, presentPair } from './presenter.ts';
import {
  areaLinksQuery, areaLinksResponse, indicatorLinksParams, indicatorLinksQuery, indicatorLinksResponse, linksErrorResponses,
  linksQuery, linksResponse, matrixQuery, matrixResponse,
} from './schema.ts';

/**
 * Interlinkages between indicators, public (Pradhan et al. 2017): every classified pair of national series
 * (`/interlinkages`), goals × goals shares (`/interlinkages/matrix`), one indicator's strongest partners with the
 * shared yearly points (`/indicators/{code}/interlinkages`), and pairs across areas in one year (`/interlinkages/areas`).
 * Correlation is not causation: a pair says two indicators moved together, not that one moved the other.
 */
export const interlinkageRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  const tags = ['interlinkages'];

  app.get('/interlinkages', {
    schema: {
      tags, summary: 'Indicator pairs with Spearman ρ of direction-aligned national series, p-value and class',
      querystring: linksQuery, response: { 200: linksResponse, ...linksErrorResponses },
    },
  }, async (request) => {
    const { minYears, difference, goal, indicator, class: wanted, limit, offset, lang } = request.query;
    const [r, catalogue] = await Promise.all([nationalLinksFor(db, { minShared: minYears, difference }), readCatalogue(db, lang)]);
    const bySeries = new Map(r.series.map((s) => [s.indicator, s]));
    const id = indicator === undefined ? undefined : findListing(catalogue, indicator)?.id ?? indicator;
    if (id !== undefined && !bySeries.has(id)) throw badParameter('indicator', `"${indicator}" has no national series with a desired direction`);
    const chosen = r.pairs.filter((p) => (wanted === undefined || p.class === wanted)
      && (id === undefined || p.a === id || p.b === id)
      && (goal === undefined || bySeries.get(p.a)!.goals.includes(goal) || bySeries.get(p.b)!.goals.includes(goal)))
      .sort(byStrength);
    return {
      data: {
        minYears, difference, source: LINKS_SOURCE, counts: presentCounts(r),
        pairs: chosen.slice(offset, offset + limit).map((p) => presentPair(p, bySeries, catalogue)),
      },
      page: { total: chosen.length, offset, limit },
    };
  });

  app.get('/interlinkages/matrix', {
    schema: {
      tags, summary: 'Goals × goals: shares of synergies, trade-offs and unclassified among indicator pairs',
      querystring: matrixQuery, response: { 200: matrixResponse, ...linksErrorResponses },
    },
  }, async (request) => {
    const { minYears, difference, lang } = request.query;
    const [r, catalogue] = await Promise.all([nationalLinksFor(db, { minShared: minYears, difference }), readCatalogue(db, lang)]);
    return {
      data: {
        minYears, difference, source: LINKS_SOURCE, counts: presentCounts(r),
        goals: catalogue.goals.map((g) => ({ code: g.code, title: g.title.short ?? g.title.title, colour: g.colour })),
        cells: r.matrix,
      },
    };
  });

  app.get('/indicators/:code/interlinkages', {
    schema: {
      tags, summary: 'One indicator\'s strongest partners, with the shared yearly values of both for scatter plots',
      params: indicatorLinksParams, querystring: indicatorLinksQuery, response: { 200: indicatorLinksResponse, ...linksErrorResponses },
    },
  }, async (request) => {
    const { minYears, difference, limit, lang } = request.query;
    const [r, catalogue] = await Promise.all([nationalLinksFor(db, { minShared: minYears, difference }), readCatalogue(db, lang)]);
    const listing = findListing(catalogue, request.params.code);
    const id = listing?.id ?? request.params.code;
    const bySeries = new Map(r.series.map((s) => [s.indicator, s]));
    const own = bySeries.get(id);
    const method = { minYears, difference, source: LINKS_SOURCE };
    if (!own) {
      if (!listing) throw notFound('indicator', request.params.code);
      const reason = r.withoutDirection.includes(id) ? 'no national series with a desired direction' : 'no national series';
      return { data: { ...method, indicator: null, reason, partners: [] } };
    }
    const mine = r.pairs.filter((p) => p.a === id || p.b === id).sort(byStrength).slice(0, limit);
    return {
      data: {
        ...method, indicator: presentIndicator(own, catalogue),
        partners: mine.map((p) => partnerOf(p, own, bySeries.get(p.a === id ? p.b : p.a)!, catalogue, difference)),
      },
    };
  });

  app.get('/interlinkages/areas', {
    schema: {
      tags, summary: 'Indicator pairs across areas in one year (areas as observations)',
      querystring: areaLinksQuery, response: { 200: areaLinksResponse, ...linksErrorResponses },
    },
  }, async (request) => {
    const { level, minAreas, class: wanted, limit, offset, lang } = request.query;
    const [areas, catalogue] = await Promise.all([listAreas(db, lang), readCatalogue(db, lang)]);
    if (level !== undefined && !areas.some((a) => a.level === level)) throw badParameter('level', `no reference areas are at level "${level}"`);
    const codes = areas.filter((a) => (level === undefined ? a.level !== 'country' : a.level === level)).map((a) => a.code);
    const years = [...(await areaYears(db, codes))].map(([year, set]) => ({ year, areas: set.size })).sort((x, y) => x.year - y.year);
    const year = request.query.year ?? [...years].sort((x, y) => y.areas - x.areas || y.year - x.year)[0]?.year ?? null;
    const empty: LinksResult = { minShared: minAreas, difference: false, series: [], withoutDirection: [], pairs: [], skipped: { tooFewPoints: 0, constantSeries: 0 }, matrix: [] };
    const r = year === null ? empty : await areaLinksFor(db, codes, year, minAreas);
    const bySeries = new Map(r.series.map((s) => [s.indicator, s]));
    const chosen = r.pairs.filter((p) => wanted === undefined || p.class === wanted).sort(byStrength);
    return {
      data: {
        year, years, level: level ?? null, areas: years.find((y) => y.year === year)?.areas ?? 0, minAreas, source: LINKS_SOURCE,
        counts: presentCounts(r), pairs: chosen.slice(offset, offset + limit).map((p) => presentPair(p, bySeries, catalogue)),
      },
      page: { total: chosen.length, offset, limit },
    };
  });
};

/** A partner of `own` with the shared years of both raw series (own value first). */
function partnerOf(p: LinkPair, own: ChosenSeries, other: ChosenSeries, catalogue: Parameters<typeof presentIndicator>[1], difference: boolean) {
  const points = alignedPoints(own, other, difference);
  return {
    partner: presentIndicator(other, catalogue), shared: p.shared, n: p.n, rho: p.rho, p: p.p, class: p.class,
    points: points.keys.map((year, i) => ({ year: Number(year), value: points.a[i]!, partnerValue: points.b[i]! })),
  };
}
