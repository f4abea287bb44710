import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAreas } from '../../store/index.ts';
import { envelope, langQuery, errorResponses } from '../common-schema.ts';

const areaListResponse = envelope(z.array(z.object({
  code: z.string().meta({ example: 'BD-C' }),
  name: z.string(),
  level: z.string().meta({ example: 'division' }),
  parent: z.string().nullable(),
})));

/** `GET /areas`: the reference area tree (country, then national levels), names in `lang`. */
export const areaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/areas', {
    schema: { tags: ['areas'], summary: 'Reference areas', querystring: langQuery, response: { 200: areaListResponse, ...errorResponses } },
  }, async (request) => {
    const areas = await listAreas(app.store.db, request.query.lang);
    return { data: areas.map((a) => ({ code: a.code, name: a.name, level: a.level, parent: a.parent })) };
  });
};
