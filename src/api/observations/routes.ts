import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  countSelected, indicatorMetadata, resolveAreaCode, selectObservations, seriesFacets, seriesOfIndicator, sourcesOfIndicator, type Db,
  type ObservationFilter, type SeriesFacets,
} from '../../store/index.ts';
import { sendSelection } from '../downloads/selection-formats.ts';
import { publishedMetadata } from '../indicators/metadata-fields.ts';
import { findListing, readCatalogue } from '../catalogue.ts';
import { errorResponses } from '../common-schema.ts';
import { badParameter, notFound } from '../errors.ts';
import { indicatorParams } from '../indicators/schema.ts';
import { asOfMoment, observationListResponse, observationQuery } from './schema.ts';

const FIXED_PARAMETERS = new Set(['series', 'unit', 'area', 'from', 'to', 'asOf', 'format', 'sdmxVersion', 'limit', 'offset', 'lang']);

/** `GET /indicators/{code}/observations`: a filtered selection of an indicator's observations, as JSON pages or a file. */
export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/indicators/:code/observations', {
    schema: {
      tags: ['data'],
      summary: 'Observations of an indicator, filtered by series, unit, area, period and dimension codes',
      description: 'Dimension filters are given as `ID=code` parameters, e.g. `SEX=F&AGE=_T`; the total is `_T`. '
        + '`format=csv`, `xlsx`, `sdmx-csv` (SDMX-CSV 1.0, or 2.0 with `sdmxVersion=2.0`) and `sdmx-json` (SDMX-JSON 2.0.0) '
        + 'answer the whole selection as a file (no paging); the SDMX formats follow the SDG DSD IAEG-SDGs:SDG(1.14). `asOf` answers the data as published at that moment '
        + '(a date alone: the end of that day, UTC).',
      params: indicatorParams,
      querystring: observationQuery,
      response: { 200: observationListResponse, ...errorResponses },
    },
  }, async (request, reply) => {
    const query = request.query as Record<string, string | number | undefined>;
    const catalogue = await readCatalogue(app.store.db, 'en');
    const listing = findListing(catalogue, request.params.code);
    if (!listing) throw notFound('indicator', request.params.code);

    const asOf = request.query.asOf === undefined ? undefined : asOfMoment(request.query.asOf) ?? undefined;
    const facets = await filterFacets(app.store.db, listing.id, asOf);
    const known = new Set([...facets.values()].flatMap((f) => [...f.dimensions.keys()]));
    const { series, unit } = request.query;
    if (series !== undefined && !facets.has(series)) {
      throw badParameter('series', `"${series}" is not a series of indicator ${listing.code} with data (its series: ${[...facets.keys()].sort().join(', ') || 'none'})`);
    }
    const units = new Set([...facets.values()].flatMap((f) => f.units));
    if (unit !== undefined && !units.has(unit)) {
      throw badParameter('unit', `"${unit}" is not a unit of indicator ${listing.code} (its units: ${[...units].sort().join(', ') || 'none'})`);
    }
    const dimensions: Record<string, string> = {};
    for (const [key, value] of Object.entries(query)) {
      if (FIXED_PARAMETERS.has(key)) continue;
      if (!known.has(key)) {
        throw badParameter(key, `is not a dimension of indicator ${listing.code}`
          + (known.size > 0 ? ` (its dimensions: ${[...known].sort().join(', ')})` : ' (it has no disaggregations)'));
      }
      const codes = new Set([...facets.values()].flatMap((f) => [...(f.dimensions.get(key) ?? [])]));
      if (!codes.has(String(value))) {
        throw badParameter(key, `"${String(value)}" is not a code of ${key} in indicator ${listing.code} (its codes: ${[...codes].sort().join(', ')})`);
      }
      dimensions[key] = String(value);
    }
    let area: string | undefined;
    if (request.query.area !== undefined) {
      area = (await resolveAreaCode(app.store.db, request.query.area)) ?? undefined;
      if (area === undefined) throw badParameter('area', `"${request.query.area}" is not a reference area code`);
    }
    const from = request.query.from;
    const to = request.query.to;
    const filter: ObservationFilter = {
      indicatorId: listing.id,
      series,
      unit,
      area,
      dimensions,
      from: from === undefined ? undefined : from.length === 4 ? `${from}-01-01` : from,
      to: to === undefined ? undefined : to.length === 4 ? `${to}-12-31` : to,
      asOf,
    };
    if (filter.from && filter.to && filter.from > filter.to) throw badParameter('from', `${from} is after to=${to}`);

    const format = request.query.format;
    if (format !== 'json') {
      const rows = await selectObservations(app.store.db, filter);
      const db = app.store.db;
      const selection = Object.fromEntries(Object.entries(query)
        .filter(([k, v]) => v !== undefined && !['format', 'limit', 'offset', 'lang', 'sdmxVersion'].includes(k)).map(([k, v]) => [k, String(v)]));
      return sendSelection(db, reply, format, rows, {
        indicatorCode: listing.code, series, sdmxVersion: request.query.sdmxVersion, title: `${listing.code} ${listing.titleEn}`,
        seriesNames: new Map((await seriesOfIndicator(db, listing.id)).map((s) => [s.code, s.name])),
        about: async () => {
          const [metadata, sources] = await Promise.all([indicatorMetadata(db, listing.id, 'en'), sourcesOfIndicator(db, listing.id)]);
          const goal = catalogue.goals.find((g) => g.code === listing.goalCode);
          const target = catalogue.targets.find((t) => t.code === listing.targetCode);
          return {
            indicator: { code: listing.code, title: listing.titleEn, goal: `${listing.goalCode} ${goal?.title.title ?? ''}`.trim(), target: `${listing.targetCode} ${target?.title ?? ''}`.trim() },
            selection, metadata: publishedMetadata(metadata), sources, generatedAt: new Date().toISOString(),
          };
        },
      });
    }
    const { limit, offset } = request.query;
    const [total, data] = await Promise.all([
      countSelected(app.store.db, filter), selectObservations(app.store.db, filter, { limit, offset }),
    ]);
    return { data, page: { total, offset, limit } };
  });
};

/**
 * What the series, unit and dimension filters are checked against: the facets of the indicator's data now, and with
 * `asOf` also those of the data published then. A filter that names something the data has now, or had then, is
 * valid, so asking for a series before its first publication answers an empty list, as leaving the series out does.
 */
async function filterFacets(db: Db, indicatorId: string, asOf: string | undefined): Promise<Map<string, SeriesFacets>> {
  const current = await seriesFacets(db, indicatorId);
  if (asOf === undefined) return current;
  const merged = new Map(current);
  for (const [series, then] of await seriesFacets(db, indicatorId, asOf)) {
    const now = merged.get(series);
    if (!now) {
      merged.set(series, then);
      continue;
    }
    const dimensions = new Map(now.dimensions);
    for (const [id, codes] of then.dimensions) dimensions.set(id, new Set([...(dimensions.get(id) ?? []), ...codes]));
    merged.set(series, {
      units: [...new Set([...now.units, ...then.units])], areas: [...new Set([...now.areas, ...then.areas])], dimensions,
      observationCount: now.observationCount,
    });
  }
  return merged;
}
