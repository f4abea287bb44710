import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  countSelected, resolveAreaCode, selectObservations, seriesFacets, type Db, type ObservationFilter, type ObservationRecord,
  type SeriesFacets,
} from '../../store/index.ts';
import { csvText } from '../../export/csv/index.ts';
import { findListing, readCatalogue } from '../catalogue.ts';
import { errorResponses } from '../common-schema.ts';
import { badParameter, notFound } from '../errors.ts';
import { indicatorParams } from '../indicators/schema.ts';
import { asOfMoment, observationListResponse, observationQuery } from './schema.ts';

const FIXED_PARAMETERS = new Set(['series', 'unit', 'area', 'from', 'to', 'asOf', 'format', 'limit', 'offset', 'lang']);

/** `GET /indicators/{code}/observations`: a filtered selection of an indicator's observations, as JSON pages or CSV. */
export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/indicators/:code/observations', {
    schema: {
      tags: ['data'],
      summary: 'Observations of an indicator, filtered by series, unit, area, period and dimension codes',
      description: 'Dimension filters are given as `ID=code` parameters, e.g. `SEX=F&AGE=_T`; the total is `_T`. '
        + '`format=csv` answers the whole selection as CSV (no paging). `asOf` answers the data as published at that moment '
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

    if (request.query.format === 'csv') {
      const rows = await selectObservations(app.store.db, filter);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${csvFileName(listing.code, series)}"`)
        // A string with a text/csv content type bypasses the JSON serializer; the schema describes the JSON form.
        .send(toCsv(listing.code, rows) as never);
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

/**
 * SDMX-CSV-like columns: INDICATOR, SERIES, REF_AREA, TIME_PERIOD, one column per dimension, OBS_VALUE, attributes;
 * a text cell a spreadsheet would run as a formula gets a leading `'` (see csvText).
 */
function toCsv(indicatorCode: string, rows: ObservationRecord[]): string {
  const dims = [...new Set(rows.flatMap((r) => Object.keys(r.dimensions)))].sort();
  const header = ['INDICATOR', 'SERIES', 'REF_AREA', 'TIME_PERIOD', ...dims, 'OBS_VALUE', 'UNIT_MEASURE', 'UNIT_MULT', 'OBS_STATUS', 'NATURE', 'COMMENT_OBS'];
  const body = rows.map((r) => [
    indicatorCode, r.series, r.area, r.timePeriod, ...dims.map((d) => r.dimensions[d] ?? ''), r.value, r.unit,
    r.unitMult ?? '', r.obsStatus ?? '', r.nature ?? '', r.comment ?? '',
  ]);
  return csvText([header, ...body]);
}

/**
 * `indicator_3-2-1.csv`, or `indicator_3-2-1_SH_DYN_MORT.csv` for one series; any run of characters other than
 * letters, digits, `_` and `-` becomes one `-` (`3.3.1-1f0c2a9e` → `3-3-1-1f0c2a9e`), as the site names its files.
 */
function csvFileName(code: string, series: string | undefined): string {
  const safe = (text: string): string => text.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `indicator_${safe(code)}${series === undefined ? '' : `_${safe(series)}`}.csv`;
}
