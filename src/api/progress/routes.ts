import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PROGRESS_METHODS } from '../../analysis/progress/index.ts';
import {
  indicatorsInScope, keysInScope, offTrackIn, progressBookFor, snapshotOf, type ProgressBook, type ProgressScope,
} from '../../assessment/index.ts';
import { dimensionLabels, getArea, listAreas } from '../../store/index.ts';
import { findListing, readCatalogue, type Catalogue } from '../catalogue.ts';
import { errorResponses, langQuery } from '../common-schema.ts';
import { badParameter, notFound } from '../errors.ts';
import { asOfMoment } from '../observations/schema.ts';
import {
  METHOD_INFO, indicatorRow, methodClasses, methodOf, parseScope, presentResult, presentScope, presentSeries,
} from './presenter.ts';
import {
  indicatorProgressListResponse, indicatorProgressParams, indicatorProgressResponse, methodsResponse, offTrackResponse,
  progressListQuery, progressQuery, scopesResponse, snapshotResponse,
} from './schema.ts';
import { indicatorFromSeries } from '../../analysis/progress/index.ts';

/**
 * Progress against targets, public: the methods (`/progress/methods`), the national or scoped snapshot of goals ×
 * classes (`/progress/snapshot`), every indicator's result (`/progress/indicators`), the off-track list with gaps
 * (`/progress/off-track`), one indicator's detail with every method side by side and the projections
 * (`/progress/indicators/{code}`), and the areas and disaggregations that have data (`/progress/scopes`).
 * Every view reads the progress book (src/assessment), current or `asOf` a moment.
 */
export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  const book = (asOf?: string): Promise<ProgressBook> => progressBookFor(app.store.db, asOf === undefined ? {} : { asOf: asOfMoment(asOf)! });
  const tags = ['progress'];
  /** What every view reads: the book, the framework in the language asked, the method and the scope. */
  const view = async (query: { lang: string; asOf?: string | undefined; method?: string | undefined; area?: string | undefined; dimension?: string | undefined }) => {
    const [b, catalogue] = await Promise.all([book(query.asOf), readCatalogue(app.store.db, query.lang)]);
    return { b, catalogue, method: methodOf(b, query.method), scope: await checkedScope(b, query) };
  };
  /** The scope asked for, its area resolved (`BGD` → `050`). @throws ApiError BAD_PARAMETER for an unknown area or a breakdown no data hold. */
  const checkedScope = async (b: ProgressBook, query: { area?: string | undefined; dimension?: string | undefined }): Promise<ProgressScope> => {
    const scope = parseScope(query);
    if (scope.area !== undefined) {
      const area = await getArea(app.store.db, scope.area);
      if (!area) throw badParameter('area', `there is no reference area "${scope.area}"`);
      scope.area = area.code;
    }
    if (scope.dimension) {
      const { id, code } = scope.dimension;
      if (!b.series.some((s) => id in s.dimensions)) throw badParameter('dimension', `no data are broken down by ${id}`);
      if (!b.series.some((s) => s.dimensions[id] === code)) throw badParameter('dimension', `no data have ${id} = ${code}`);
    }
    return scope;
  };

  app.get('/progress/methods', {
    schema: { tags, summary: 'Progress methods, their classes and the national default', response: { 200: methodsResponse, ...errorResponses } },
  }, async () => {
    const b = await book();
    return {
      data: {
        default: b.method, baseYear: b.baseYear,
        methods: PROGRESS_METHODS.map((id) => ({ id, ...METHOD_INFO[id], classes: methodClasses(id) })),
      },
    };
  });

  app.get('/progress/snapshot', {
    schema: { tags, summary: 'Goals × progress classes: counts and shares of indicators', querystring: progressQuery, response: { 200: snapshotResponse, ...errorResponses } },
  }, async (request) => {
    const { b, catalogue, method, scope } = await view(request.query);
    const s = snapshotOf(b, method, scope);
    return {
      data: {
        method, scope: presentScope(b, scope), national: s.national,
        goals: catalogue.goals.filter((g) => s.goals[g.code]).map((g) => ({
          code: g.code, title: g.title.short ?? g.title.title, colour: g.colour, summary: s.goals[g.code]!,
        })),
      },
    };
  });

  app.get('/progress/indicators', {
    schema: { tags, summary: 'Every indicator with data: its progress class by one method', querystring: progressListQuery, response: { 200: indicatorProgressListResponse, ...errorResponses } },
  }, async (request) => {
    const { b, catalogue, method, scope } = await view(request.query);
    const { limit, offset } = request.query;
    const all = indicatorsInScope(b, method, scope);
    return {
      data: {
        method, scope: presentScope(b, scope),
        indicators: all.slice(offset, offset + limit).map((i) => indicatorRow(i, ...titleAndGoal(catalogue, i.indicator))),
      },
      page: { total: all.length, offset, limit },
    };
  });

  app.get('/progress/off-track', {
    schema: { tags, summary: 'Indicators off track, worst first, with their gap to the target', querystring: progressListQuery, response: { 200: offTrackResponse, ...errorResponses } },
  }, async (request) => {
    const { b, catalogue, method, scope } = await view(request.query);
    const { limit, offset } = request.query;
    const all = offTrackIn(b, method, scope);
    return {
      data: {
        method, scope: presentScope(b, scope),
        indicators: all.slice(offset, offset + limit).map((i) => ({ ...indicatorRow(i, ...titleAndGoal(catalogue, i.indicator)), gap: i.gap })),
      },
      page: { total: all.length, offset, limit },
    };
  });

  app.get('/progress/indicators/:code', {
    schema: {
      tags, summary: 'One indicator: every series key with its target, every method side by side, projections',
      params: indicatorProgressParams, querystring: progressQuery.omit({ method: true }),
      response: { 200: indicatorProgressResponse, ...errorResponses },
    },
  }, async (request) => {
    const { lang, asOf } = request.query;
    const [b, catalogue] = await Promise.all([book(asOf), readCatalogue(app.store.db, lang)]);
    const listing = findListing(catalogue, request.params.code);
    const id = listing?.id ?? request.params.code;
    if (!listing && !b.series.some((s) => s.indicator === id)) throw notFound('indicator', request.params.code);
    const scope = await checkedScope(b, request.query);
    const series = keysInScope(b, scope).get(id) ?? [];
    const results = Object.fromEntries(PROGRESS_METHODS.map((m) => [m, presentResult(indicatorFromSeries(m, series.map((s) => s.results[m])))]));
    return {
      data: {
        indicator: id, title: listing?.title ?? id, defaultMethod: b.method, baseYear: b.baseYear, scope: presentScope(b, scope),
        results, series: series.map(presentSeries),
      },
    };
  });

  app.get('/progress/scopes', {
    schema: { tags, summary: 'Areas and disaggregation codes with data, for choosing a scope', querystring: langQuery, response: { 200: scopesResponse, ...errorResponses } },
  }, async (request) => {
    const { lang } = request.query;
    const [b, areas, labels] = await Promise.all([book(), listAreas(app.store.db, lang), dimensionLabels(app.store.db, lang)]);
    const areaIndicators = new Map<string, Set<string>>();
    const codeIndicators = new Map<string, Map<string, Set<string>>>();
    for (const s of b.series) {
      areaIndicators.set(s.area, (areaIndicators.get(s.area) ?? new Set()).add(s.indicator));
      if (s.area !== b.countryArea) continue;
      for (const [id, code] of Object.entries(s.dimensions)) {
        if (code === '_T') continue;
        const codes = codeIndicators.get(id) ?? new Map<string, Set<string>>();
        codes.set(code, (codes.get(code) ?? new Set()).add(s.indicator));
        codeIndicators.set(id, codes);
      }
    }
    const areaName = new Map(areas.map((a) => [a.code, a.name]));
    const order = new Map(areas.map((a, i) => [a.code, i]));
    return {
      data: {
        areas: [...areaIndicators].sort(([a], [c]) => (order.get(a) ?? 1e9) - (order.get(c) ?? 1e9) || a.localeCompare(c))
          .map(([code, set]) => ({ code, name: areaName.get(code) ?? code, indicators: set.size })),
        dimensions: [...codeIndicators].sort(([a], [c]) => a.localeCompare(c)).map(([id, codes]) => ({
          id, name: labels.dimensions.get(id) ?? id,
          codes: [...codes].sort(([a], [c]) => a.localeCompare(c))
            .map(([code, set]) => ({ code, name: labels.codes.get(`${id}:${code}`) ?? code, indicators: set.size })),
        })),
      },
    };
  });
};

function titleAndGoal(catalogue: Catalogue, id: string): [string, string] {
  const listing = catalogue.listings.find((l) => l.id === id) ?? catalogue.listings.find((l) => l.code === id);
  return [listing?.title ?? id, listing?.goalCode ?? id.split('.')[0] ?? ''];
}

