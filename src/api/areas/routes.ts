import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope, langQuery } from '../common-schema.ts';

const areaListResponse = envelope(z.array(z.object({
  code: z.string().meta({ example: 'BD-C' }),
  name: z.string(),
  level: z.string().meta({ example: 'division' }),
  parent: z.string().nullable(),
})));

/** `GET /areas`: the reference area tree (country, then national levels), names in `lang`. */
export const areaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/areas', {
    schema: { tags: ['areas'], summary: 'Reference areas', querystring: langQuery, response: { 200: areaListResponse } },
  }, async (request) => {
    const db = app.store.db;
    const { lang } = request.query;
    const rows = await db.selectFrom('reference_areas').select(['code', 'name', 'level', 'parent_code'])
      .orderBy('sort_order').orderBy('code').execute();
    const local = await db.selectFrom('labels').select(['entity_id', 'text'])
      .where('scope', '=', '').where('entity', '=', 'area').where('field', '=', 'name').where('lang', '=', lang).execute();
    const names = new Map(local.map((l) => [l.entity_id, l.text]));
    return { data: rows.map((r) => ({ code: r.code, name: names.get(r.code) ?? r.name, level: r.level, parent: r.parent_code })) };
  });
};
