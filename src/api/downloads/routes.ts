import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BULK_ZIP_NAME, currentBulkDownload } from '../../export/bulk/index.ts';
import { indicatorsWithData, publishedDataVersion, resolveAreaCode, selectObservations, seriesIndicatorLinks, type ObservationRecord } from '../../store/index.ts';
import { findListing, readCatalogue } from '../catalogue.ts';
import { errorResponses, langQuery } from '../common-schema.ts';
import { badParameter, notFound } from '../errors.ts';
import { hasSessionCookie } from '../http/cache-headers.ts';
import { CACHE_CONTROL } from '../http/route-policy.ts';
import { dataQuery, downloadListResponse } from './schema.ts';
import { sendSelection } from './selection-formats.ts';

const ZIP_URL = `/api/v1/downloads/${BULK_ZIP_NAME}`;

/**
 * Downloads of all published data:
 * - `GET /downloads`: the bulk files with their data version, size and contents;
 * - `GET /downloads/all.zip`: one CSV per indicator, one SDMX-CSV file and a README (see buildBulkZip), kept in the
 *   database per data version and built on the first request after a publication; the ETag is the data version, and
 *   `If-None-Match` with it answers 304 without reading the zip;
 * - `GET /data`: all published data, or a subset by indicator, series, area and years, as SDMX-CSV, SDMX-JSON or CSV.
 */
export const downloadRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/downloads', {
    schema: { tags: ['data'], summary: 'Bulk downloads of all published data', querystring: langQuery, response: { 200: downloadListResponse, ...errorResponses } },
  }, async () => {
    const { content: _content, ...info } = await currentBulkDownload(app.store.db);
    return { data: [{ ...info, url: ZIP_URL }] };
  });

  app.get(`/downloads/${BULK_ZIP_NAME}`, {
    schema: {
      tags: ['data'], summary: 'All published data as a zip: one CSV per indicator, one SDMX-CSV file, a README with sources and licences',
      description: 'The ETag is the published-data version; send it in If-None-Match to get 304 while the data is unchanged.',
      querystring: langQuery, response: { 200: z.any().describe('application/zip'), 304: z.null().describe('not modified'), ...errorResponses },
    },
  }, async (request, reply) => {
    const version = await publishedDataVersion(app.store.db);
    const etag = `"${version}"`;
    reply.header('ETag', etag);
    // The bulk policy on the 304 as on the 200; with a session cookie the API's hook answers private, no-store.
    if (!hasSessionCookie(request)) reply.header('Cache-Control', CACHE_CONTROL.bulk);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
    const zip = await currentBulkDownload(app.store.db);
    return reply.header('ETag', `"${zip.version}"`).header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${BULK_ZIP_NAME}"`).send(zip.content);
  });

  app.get('/data', {
    schema: {
      tags: ['data'], summary: 'All published data, or a subset, as SDMX-CSV, SDMX-JSON (SDG DSD 1.14) or CSV',
      querystring: dataQuery, response: { 200: z.any().describe('the file'), ...errorResponses },
    },
  }, async (request, reply) => {
    const db = app.store.db;
    const q = request.query;
    let ids: string[];
    let code: string | null = null;
    if (q.indicator !== undefined) {
      const listing = findListing(await readCatalogue(db, 'en'), q.indicator);
      if (!listing) throw notFound('indicator', q.indicator);
      ids = [listing.id];
      code = listing.code;
    } else {
      ids = await indicatorsWithData(db);
    }
    let area: string | undefined;
    if (q.area !== undefined) {
      area = (await resolveAreaCode(db, q.area)) ?? undefined;
      if (area === undefined) throw badParameter('area', `"${q.area}" is not a reference area code`);
    }
    if (q.from && q.to && q.from > q.to) throw badParameter('from', `${q.from} is after to=${q.to}`);
    if (q.series !== undefined) {
      const linked = (await seriesIndicatorLinks(db)).get(q.series) ?? [];
      if (!linked.some((id) => ids.includes(id))) {
        throw badParameter('series', `"${q.series}" is not a series of ${code === null ? 'an indicator with data' : `indicator ${code}`}`);
      }
    }
    const byIndicator: { id: string; rows: ObservationRecord[] }[] = [];
    for (const id of ids) {
      const rows = await selectObservations(db, {
        indicatorId: id, series: q.series, area, from: q.from && `${q.from}-01-01`, to: q.to && `${q.to}-12-31`,
      });
      if (rows.length > 0) byIndicator.push({ id, rows });
    }
    if (q.format === 'csv') {
      return sendSelection(db, reply, 'csv', byIndicator.flatMap((i) => i.rows.map((r) => ({ ...r, indicator: i.id }))), {
        indicatorCode: code, sdmxVersion: q.sdmxVersion, title: 'SDG data', indicatorOf: (r) => (r as ObservationRecord & { indicator: string }).indicator,
      });
    }
    const unique = new Map<string, ObservationRecord>();
    for (const r of byIndicator.flatMap((i) => i.rows)) {
      const key = `${r.series}|${r.area}|${JSON.stringify(r.dimensions)}|${r.unit}|${r.timePeriod}`;
      if (!unique.has(key)) unique.set(key, r);
    }
    return sendSelection(db, reply, q.format, [...unique.values()], { indicatorCode: code, sdmxVersion: q.sdmxVersion, title: 'SDG data' });
  });
};
