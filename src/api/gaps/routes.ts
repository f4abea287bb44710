import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { GapDimension, GroupPair } from '../../analysis/gaps/index.ts';
import { progressBookFor } from '../../assessment/index.ts';
import { dimensionLabels, getArea, listAreas } from '../../store/index.ts';
import { findListing, readCatalogue, uniqueIndicators } from '../catalogue.ts';
import { errorResponses } from '../common-schema.ts';
import { badParameter, notFound } from '../errors.ts';
import { gapsOfBook, largestGaps, listedGaps, wideningGaps, type ListedGap } from '../../assessment/index.ts';
import {
  gapListQuery, gapListResponse, indicatorGapsParams, indicatorGapsQuery, indicatorGapsResponse,
} from './schema.ts';

/** The name of the area breakdown, which has no SDMX dimension of its own in the store. */
const AREA_DIMENSION_NAME = 'Reference area';

/**
 * Gaps between population groups ("leave no one behind"), public: one indicator's pairs by breakdown with yearly
 * gaps, parity ratios and trend (`/indicators/{code}/gaps`), and the national list of the largest and the widening
 * gaps (`/gaps`). Both read the progress book's keys (src/assessment, kept per data version) and src/analysis/gaps.
 */
export const gapRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  const tags = ['gaps'];
  /** Names in `lang`: dimensions, codes (`SEX:F`) and areas. */
  const namer = async (lang: string) => {
    const [labels, areas] = await Promise.all([dimensionLabels(db, lang), listAreas(db, lang)]);
    const areaNames = new Map(areas.map((a) => [a.code, a.name]));
    const dimension = (id: GapDimension) => ({ code: id, name: id === 'REF_AREA' ? AREA_DIMENSION_NAME : labels.dimensions.get(id) ?? id });
    const code = (id: string, c: string) => ({
      code: c, name: id === 'REF_AREA' ? areaNames.get(c) ?? c : labels.codes.get(`${id}:${c}`) ?? c,
    });
    const pair = (id: GapDimension, p: GroupPair) => ({
      a: code(id, p.a), b: code(id, p.b),
      context: Object.entries(p.context).map(([d, c]) => ({ dimension: d, ...code(d, c) })),
      latest: p.latest, trend: p.trend,
    });
    return { dimension, code, pair, areaNames };
  };

  app.get('/indicators/:code/gaps', {
    schema: {
      tags, summary: 'An indicator\'s gaps between groups: by breakdown, each pair\'s yearly gap, parity ratio and trend',
      params: indicatorGapsParams, querystring: indicatorGapsQuery, response: { 200: indicatorGapsResponse, ...errorResponses },
    },
  }, async (request) => {
    const { lang, series, unit } = request.query;
    const [catalogue, book, names] = await Promise.all([readCatalogue(db, lang), progressBookFor(db), namer(lang)]);
    const listing = findListing(catalogue, request.params.code);
    if (!listing) throw notFound('indicator', request.params.code);
    let all = gapsOfBook(book);
    let areaCode = book.countryArea ?? '';
    if (request.query.area !== undefined) {
      const area = await getArea(db, request.query.area);
      if (!area) throw badParameter('area', `there is no reference area "${request.query.area}"`);
      if (area.code !== areaCode) all = gapsOfBook(book, (areaCode = area.code));
    }
    const mine = all.filter((s) => s.indicator === listing.id && (series === undefined || s.series === series) && (unit === undefined || s.unit === unit));
    return {
      data: {
        indicator: { code: listing.code, title: listing.title },
        area: { code: areaCode, name: names.areaNames.get(areaCode) ?? areaCode },
        series: mine.map((s) => ({
          series: s.series, seriesName: s.seriesName, unit: s.unit,
          dimensions: s.dimensions.map((d) => ({
            id: d.id, name: names.dimension(d.id).name,
            pairs: d.pairs.map((p) => ({ ...names.pair(d.id, p), years: p.years })),
          })),
        })),
      },
    };
  });

  app.get('/gaps', {
    schema: {
      tags, summary: 'The national list of gaps between groups: the largest (distance from parity) and the widening ones',
      querystring: gapListQuery, response: { 200: gapListResponse, ...errorResponses },
    },
  }, async (request) => {
    const { lang, limit, offset } = request.query;
    const dimension = request.query.dimension as GapDimension | undefined;
    const [catalogue, book, names] = await Promise.all([readCatalogue(db, lang), progressBookFor(db), namer(lang)]);
    const listings = new Map(uniqueIndicators(catalogue).map((l) => [l.id, l]));
    const all = listedGaps(gapsOfBook(book)).filter((g) => listings.has(g.indicator));
    const counts = new Map<GapDimension, number>();
    for (const g of all) counts.set(g.dimension, (counts.get(g.dimension) ?? 0) + 1);
    const chosen = dimension === undefined ? all : all.filter((g) => g.dimension === dimension);
    const entry = (g: ListedGap) => {
      const l = listings.get(g.indicator)!;
      return {
        indicator: { code: l.code, title: l.title }, series: g.series, seriesName: g.seriesName, unit: g.unit,
        dimension: names.dimension(g.dimension), distance: g.distance, ...names.pair(g.dimension, g.pair),
      };
    };
    const country = book.countryArea ?? '';
    const largest = largestGaps(chosen);
    const widening = wideningGaps(chosen);
    return {
      data: {
        area: { code: country, name: names.areaNames.get(country) ?? country },
        dimension: dimension ?? null,
        dimensions: [...counts].map(([id, pairs]) => ({ ...names.dimension(id), pairs })),
        largest: largest.slice(offset, offset + limit).map(entry),
        widening: widening.slice(offset, offset + limit).map(entry),
      },
      page: { total: Math.max(largest.length, widening.length), offset, limit },
    };
  });
};
