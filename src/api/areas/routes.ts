import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAreas } from '../../store/index.ts';
import { errorResponses, langQuery } from '../common-schema.ts';
import { areaListResponse } from './schema.ts';

/** `GET /areas`: the reference area tree (country, then national levels), names in `lang`. */
export const areaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/areas', {
    schema: { tags: ['areas'], summary: 'Reference areas', querystring: langQuery, response: { 200: areaListResponse, ...errorResponses } },
  }, async (request) => {
    const areas = await listAreas(app.store.db, request.query.lang);
    return { data: areas.map((a) => ({ code: a.code, name: a.name, level: a.level, parent: a.parent })) };
  });
};
