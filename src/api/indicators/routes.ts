import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  dimensionLabels, indicatorMetadata, listAreas, seriesFacets, seriesHeadlines, seriesOfIndicator, sourcesOfIndicator, type Db,
} from '../../store/index.ts';
import { pickHeadline } from '../../analysis/headline-series.ts';
import { findListing, readCatalogue, uniqueIndicators, type Catalogue, type ListingEntry } from '../catalogue.ts';
import { errorResponses, langQuery } from '../common-schema.ts';
import { codeNames, publishedMetadata } from './metadata-fields.ts';
import { badParameter, notFound } from '../errors.ts';
import { indicatorDetailResponse, indicatorListQuery, indicatorListResponse, indicatorParams } from './schema.ts';

/** `GET /indicators` (every unique indicator with its listings) and `GET /indicators/{code}` (with metadata and series). */
export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/indicators', {
    schema: {
      tags: ['framework'], summary: 'Every unique indicator with the targets it is listed under',
      querystring: indicatorListQuery, response: { 200: indicatorListResponse, ...errorResponses },
    },
  }, async (request) => {
    const { lang, goal, limit, offset } = request.query;
    const catalogue = await readCatalogue(app.store.db, lang);
    let unique = uniqueIndicators(catalogue);
    if (goal !== undefined && !catalogue.goals.some((g) => g.code === goal)) throw badParameter('goal', `there is no goal ${goal}`);
    if (goal !== undefined) unique = unique.filter((u) => catalogue.listings.some((l) => l.id === u.id && l.goalCode === goal));
    return {
      data: unique.slice(offset, offset + limit).map((u) => summary(catalogue, u)),
      page: { total: unique.length, offset, limit },
    };
  });

  app.get('/indicators/:code', {
    schema: {
      tags: ['framework'], summary: 'One indicator with its metadata, series, units, areas and disaggregations',
      params: indicatorParams, querystring: langQuery, response: { 200: indicatorDetailResponse, ...errorResponses },
    },
  }, async (request) => {
    const { lang } = request.query;
    const catalogue = await readCatalogue(app.store.db, lang);
    const listing = findListing(catalogue, request.params.code);
    if (!listing) throw notFound('indicator', request.params.code);
    const db = app.store.db;
    const settings = catalogue.settings.get(listing.id);
    const [metadata, series, sources, headlines, labels] = await Promise.all([
      indicatorMetadata(db, listing.id, lang), seriesDetails(db, listing.id, lang), sourcesOfIndicator(db, listing.id),
      seriesHeadlines(db, [listing.id], catalogue.countryArea), dimensionLabels(db, lang),
    ]);
    const headline = pickHeadline(listing.titleEn, headlines.get(listing.id) ?? [])
      ?? pickHeadline(listing.titleEn, (await seriesHeadlines(db, [listing.id], null)).get(listing.id) ?? []);
    const goal = catalogue.goals.find((g) => g.code === listing.goalCode)!;
    const target = catalogue.targets.find((t) => t.code === listing.targetCode)!;
    const graphTitle = typeof metadata.graph_title === 'string' && !metadata.graph_title.includes('global_indicators.')
      ? metadata.graph_title : null;
    return {
      data: {
        ...summary(catalogue, listing),
        code: listing.code,
        goal: { code: goal.code, title: goal.title.title, colour: goal.colour },
        target: { code: target.code, title: target.title },
        graphType: settings?.graphType ?? null,
        graphTitle,
        computationUnits: settings?.computationUnits ?? null,
        nationalGeographicalCoverage: settings?.nationalGeographicalCoverage ?? null,
        dataNonStatistical: settings?.dataNonStatistical ?? false,
        metadata: publishedMetadata(metadata),
        series,
        codeNames: codeNames(labels.codes, series.flatMap((x) => x.units)),
        headlineSeries: headline?.series ?? null,
        sources,
      },
    };
  });
};

function summary(catalogue: Catalogue, entry: ListingEntry): {
  id: string; code: string; unsdCode: string | null; title: string; listings: { code: string; targetCode: string }[]; reportingStatus: ListingEntry['reportingStatus'];
} {
  const listings = catalogue.listings.filter((l) => l.id === entry.id);
  return {
    id: entry.id,
    code: listings[0]?.code ?? entry.code,
    unsdCode: entry.unsdCode,
    title: entry.title,
    listings: listings.map((l) => ({ code: l.code, targetCode: l.targetCode })),
    reportingStatus: entry.reportingStatus,
  };
}

async function seriesDetails(db: Db, indicatorId: string, lang: string): Promise<{
  code: string; name: string; relation: string; units: string[]; areas: { code: string; name: string; level: string; parent: string | null }[];
  dimensions: { id: string; name: string; codes: { code: string; name: string }[] }[]; observationCount: number;
}[]> {
  const [series, facets, labels, areas] = await Promise.all([
    seriesOfIndicator(db, indicatorId), seriesFacets(db, indicatorId), dimensionLabels(db, lang), listAreas(db, lang),
  ]);
  const areaByCode = new Map(areas.map((a) => [a.code, a]));
  return series.map((s) => {
    const f = facets.get(s.code);
    return {
      code: s.code,
      name: s.name,
      relation: s.relation,
      units: f?.units.sort() ?? [],
      areas: (f?.areas ?? []).map((code) => {
        const area = areaByCode.get(code);
        return { code, name: area?.name ?? code, level: area?.level ?? '', parent: area?.parent ?? null };
      })
        .sort((a, b) => (areaByCode.get(a.code)?.sortOrder ?? 0) - (areaByCode.get(b.code)?.sortOrder ?? 0) || a.code.localeCompare(b.code)),
      dimensions: [...(f?.dimensions ?? new Map<string, Set<string>>())].sort(([a], [b]) => a.localeCompare(b)).map(([id, codes]) => ({
        id,
        name: labels.dimensions.get(id) ?? id,
        codes: [...codes].sort(totalFirst).map((code) => ({ code, name: labels.codes.get(`${id}:${code}`) ?? (code === '_T' ? 'Total' : code) })),
      })),
      observationCount: f?.observationCount ?? 0,
    };
  });
}

function totalFirst(a: string, b: string): number {
  if (a === '_T') return -1;
  if (b === '_T') return 1;
  return a.localeCompare(b, 'en', { numeric: true });
}
