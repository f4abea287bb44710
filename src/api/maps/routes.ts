import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { progressBookFor, type ProgressBook } from '../../assessment/index.ts';
import { AREA_ATTRIBUTION_SETTING } from '../../ingest/country-bundle/index.ts';
import {
  getSetting, listAllProgressTargets, listAreaBoundaries, listAreas, unmatchedAreaCodes, type LocalisedArea,
} from '../../store/index.ts';
import { findListing, readCatalogue, uniqueIndicators } from '../catalogue.ts';
import { errorResponses } from '../common-schema.ts';
import { badParameter, notFound } from '../errors.ts';
import { methodOf } from '../progress/presenter.ts';
import { aggregationText } from '../../analysis/area-aggregation.ts';
import { compareAreas, nationalStatusOf } from './area-comparison.ts';
import { areaLevels, resolveLevel } from './area-levels.ts';
import { areaValuesOf, levelOrder, pickSelection, populationOf, selectionOptions, type AreaValueSet, type Selection } from '../../assessment/index.ts';
import {
  areaLevelsResponse, areasComparisonQuery, areasComparisonResponse, boundariesQuery, boundariesResponse, mapQuery, mapResponse,
  pocketsQuery, pocketsResponse, unmatchedAreasResponse,
} from './schema.ts';

const indicatorParams = z.strictObject({ code: z.string().min(1).max(40).meta({ example: '6.1.1' }) });
/** How long browsers and caches may keep outlines before asking again (they change only with a new country bundle). */
const BOUNDARY_CACHE = 'public, max-age=3600';

/**
 * Maps and area comparison, public, at any level of the stored area tree: its levels with their counts
 * (`/areas/levels`), area outlines as GeoJSON (`/areas/boundaries`), observation area codes that match no area
 * (`/areas/unmatched`), an indicator's values in every area and year with parents (divisions or provinces, the nation)
 * derived from the finest level where the unit allows (`/indicators/{code}/map`), each area beside the nation with its target, status and
 * pocket flag (`/indicators/{code}/areas`), and the pockets of every indicator (`/areas/pockets`).
 */
export const mapRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  const tags = ['maps'];
  const attribution = (): Promise<string | null> => getSetting(db, AREA_ATTRIBUTION_SETTING);

  app.get('/areas/levels', {
    schema: {
      tags, summary: 'The levels of the stored area tree, top first, with their numbers of areas and outlines',
      response: { 200: areaLevelsResponse, ...errorResponses },
    },
  }, async () => ({ data: await areaLevels(db, await listAreas(db, 'en')) }));

  app.get('/areas/boundaries', {
    schema: {
      tags, summary: 'Area outlines of one level as a GeoJSON FeatureCollection (feature id = area code)',
      querystring: boundariesQuery, response: { 200: boundariesResponse, 304: z.null().describe('not modified (If-None-Match)'), ...errorResponses },
    },
  }, async (request, reply) => {
    const { lang } = request.query;
    const [areas, text] = await Promise.all([listAreas(db, lang), attribution()]);
    const level = resolveLevel(await areaLevels(db, areas), request.query.level, 'outlines');
    const boundaries = await listAreaBoundaries(db, level);
    if (boundaries.length === 0) throw notFound('boundaries of level', level);
    const byCode = new Map(areas.map((a) => [a.code, a]));
    const body = {
      type: 'FeatureCollection' as const,
      features: boundaries.map((b) => ({
        type: 'Feature' as const, id: b.areaCode,
        properties: { code: b.areaCode, name: byCode.get(b.areaCode)?.name ?? b.areaCode, level: b.level, parent: byCode.get(b.areaCode)?.parent ?? null },
        geometry: b.geometry,
      })),
      attribution: text,
    };
    const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
    reply.header('ETag', etag).header('Cache-Control', BOUNDARY_CACHE);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
    return body;
  });

  app.get('/areas/unmatched', {
    schema: { tags, summary: 'Observation area codes that match no reference area', response: { 200: unmatchedAreasResponse, ...errorResponses } },
  }, async () => ({ data: await unmatchedAreaCodes(db) }));

  /** The book, areas in `lang`, the indicator id (404 when unknown) and the selection asked for (null without data). */
  const selectionFor = async (code: string, query: { lang: string; level?: string | undefined; series?: string | undefined; unit?: string | undefined; dimension?: string | string[] | undefined }) => {
    const [book, catalogue, areas] = await Promise.all([progressBookFor(db), readCatalogue(db, query.lang), listAreas(db, query.lang)]);
    const level = resolveLevel(await areaLevels(db, areas), query.level);
    const listing = findListing(catalogue, code);
    const indicator = listing?.id ?? code;
    if (!listing && !book.series.some((s) => s.indicator === indicator)) throw notFound('indicator', code);
    const selection = pickSelection(book, indicator, {
      series: query.series, unit: query.unit, dimensions: parseDimensions(query.dimension), title: listing?.titleEn,
    });
    if (!selection && (query.series !== undefined || query.unit !== undefined)) {
      throw badParameter(query.series !== undefined ? 'series' : 'unit', `indicator ${indicator} has no data for series ${query.series ?? '(any)'} in unit ${query.unit ?? '(any)'}`);
    }
    const set = selection ? await areaValuesOf(db, book, selection, areas) : null;
    return { book, indicator, title: listing?.title ?? indicator, areas, level, selection, set };
  };

  app.get('/indicators/:code/map', {
    schema: {
      tags, summary: 'An indicator\'s values in every area and year (divisions and the nation derived from districts where the unit allows)',
      params: indicatorParams, querystring: mapQuery, response: { 200: mapResponse, ...errorResponses },
    },
  }, async (request) => {
    const { book, indicator, areas, level, selection, set } = await selectionFor(request.params.code, request.query);
    const names = new Map(areas.map((a) => [a.code, a.name]));
    const values = (set?.byLevel.get(level) ?? []).map((v) => ({ ...v, name: names.get(v.area) ?? v.area }));
    const targets = selection ? (await listAllProgressTargets(db)).filter((t) => t.source === 'national' && t.indicatorId === indicator
      && t.area !== undefined && (t.series === undefined || t.series === selection.series) && (t.unit === undefined || t.unit === selection.unit))
      .map((t) => ({ area: t.area!, year: t.target?.year ?? null, value: t.target?.value ?? null, direction: t.direction })) : [];
    return {
      data: {
        indicator, series: selection?.series ?? null, unit: selection?.unit ?? null, level,
        levels: levelsWithValues(set, areas),
        years: [...new Set(values.map((v) => v.year))].sort((a, b) => a - b),
        series_options: selectionOptions(book, indicator).filter((o) => o.areas > 0).map(({ series, unit }) => ({ series, unit })),
        values, national: nationalValues(set),
        direction: set?.direction ?? null, targets, attribution: await attribution(),
        aggregation: set ? {
          method: set.aggregation.method, reason: set.aggregation.reason, population_series: set.aggregation.population, text: aggregationText(set.aggregation),
        } : null,
      },
    };
  });

  app.get('/indicators/:code/areas', {
    schema: {
      tags, summary: 'Each area beside the nation: value, difference and ratio, target, progress status, pocket flag',
      params: indicatorParams, querystring: areasComparisonQuery, response: { 200: areasComparisonResponse, ...errorResponses },
    },
  }, async (request) => {
    const { year } = request.query;
    const { book, indicator, areas, level, selection, set } = await selectionFor(request.params.code, request.query);
    const method = methodOf(book, request.query.method);
    const names = new Map(areas.map((a) => [a.code, a.name]));
    const rows = set ? compareAreas(set, level, method, { year, countryArea: book.countryArea }) : [];
    return {
      data: {
        indicator, series: selection?.series ?? null, unit: selection?.unit ?? null, level, method,
        direction: set?.direction ?? null, year: year ?? null,
        national_status: set ? nationalStatusOf(set, book.countryArea, method) : null,
        national: nationalValues(set),
        areas: rows.map(({ pocketReasons, ...r }) => ({ ...r, name: names.get(r.area) ?? r.area, pocket_reasons: pocketReasons })),
      },
    };
  });

  app.get('/areas/pockets', {
    schema: {
      tags, summary: 'Every indicator with area data: the areas behind the nation or off track while it is on track',
      querystring: pocketsQuery, response: { 200: pocketsResponse, ...errorResponses },
    },
  }, async (request) => {
    const { lang } = request.query;
    const [book, catalogue, areas] = await Promise.all([progressBookFor(db), readCatalogue(db, lang), listAreas(db, lang)]);
    const level = resolveLevel(await areaLevels(db, areas), request.query.level);
    const method = methodOf(book, request.query.method);
    const names = new Map(areas.map((a) => [a.code, a.name]));
    const population = await populationOf(db);
    const indicators = [];
    for (const listing of uniqueIndicators(catalogue)) {
      const selection = areaSelection(book, listing.id, listing.titleEn);
      if (!selection) continue;
      const set = await areaValuesOf(db, book, selection, areas, population);
      const rows = compareAreas(set, level, method, { countryArea: book.countryArea });
      if (rows.length === 0) continue;
      indicators.push({
        indicator: listing.id, title: listing.title, series: selection.series,
        series_name: selectionOptions(book, listing.id).find((o) => o.series === selection.series && o.unit === selection.unit)?.seriesName || selection.series,
        unit: selection.unit, direction: set.direction,
        areas_with_data: rows.length, national: nationalValues(set),
        pockets: rows.filter((r) => r.pocket).map((r) => ({
          area: r.area, name: names.get(r.area) ?? r.area, year: r.year, value: r.value,
          ...(r.derived ? { derived: true, method: r.method } : {}), national: r.national, reasons: r.pocketReasons,
        })),
      });
    }
    return { data: { level, method, indicators } };
  });
};

/** The default selection of an indicator with data in areas other than the country, or null. */
function areaSelection(book: ProgressBook, indicator: string, title: string): Selection | null {
  if ((selectionOptions(book, indicator)[0]?.areas ?? 0) === 0) return null;
  return pickSelection(book, indicator, { dimensions: [], title });
}

/** The country's values per year, `derived` and `method` only on those worked out from the areas. */
function nationalValues(set: AreaValueSet | null): { year: number; value: number; derived?: true; method?: 'sum' | 'population_weighted' | undefined }[] {
  return (set?.national ?? []).map(({ year, value, derived, method }) => ({ year, value, ...(derived ? { derived, method } : {}) }));
}

/** Levels holding observed or derived values, top first. */
function levelsWithValues(set: AreaValueSet | null, areas: readonly LocalisedArea[]): string[] {
  if (!set) return [];
  return levelOrder(areas).filter((l) => (set.byLevel.get(l)?.length ?? 0) > 0);
}

/** `dimension=SEX:F&dimension=AGE:Y15T24` or `dimension=SEX:F,AGE:Y15T24` → codes. @throws ApiError BAD_PARAMETER for a malformed one. */
function parseDimensions(raw: string | string[] | undefined): { id: string; code: string }[] {
  const parts = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((r) => r.split(',')).map((p) => p.trim()).filter((p) => p !== '');
  return parts.map((p) => {
    const m = /^([A-Z][A-Z0-9_]*):([^:]+)$/.exec(p);
    if (!m) throw badParameter('dimension', `"${p}" must be ID:code, e.g. SEX:F`);
    return { id: m[1]!, code: m[2]! };
  });
}
