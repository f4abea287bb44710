import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchCatalogue } from '../../search/index.ts';
import { activeFrameworkId, siteLanguages } from '../../store/index.ts';
import { errorResponses } from '../common-schema.ts';
import { ApiError } from '../errors.ts';
import { searchQuery, searchResponse } from './schema.ts';

/**
 * `GET /search`: goals, targets and indicators whose code, title, short title, series names or metadata match `q`,
 * in `lang` first and then in English, best first. Like every other route, a `lang` the site does not offer (GET /site)
 * falls back to English; `meta.lang` says which language was used.
 */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/search', {
    schema: {
      tags: ['framework'], summary: 'Goals, targets and indicators matching words in any language, or a code',
      querystring: searchQuery, response: { 200: searchResponse, ...errorResponses },
    },
  }, async (request) => {
    const { q, lang, type, limit } = request.query;
    if (!(await activeFrameworkId(app.store.db))) throw new ApiError('NOT_INITIALISED', 'the database holds no framework yet: run `sdg-tracker init`');
    const used = (await siteLanguages(app.store.db)).includes(lang) ? lang : 'en';
    const { hits, total } = await searchCatalogue(app.store.db, { q, lang: used, type, limit });
    return { data: hits, page: { total, limit }, meta: { lang: used } };
  });
};
