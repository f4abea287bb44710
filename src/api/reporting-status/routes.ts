import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countStatuses, readCatalogue, uniqueIndicators } from '../catalogue.ts';
import { errorResponses, langQuery } from '../common-schema.ts';
import { reportingStatusResponse } from './schema.ts';

/** `GET /reporting-status`: how many indicators are reported, nationally and per goal (listings under the goal). */
export const reportingStatusRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/reporting-status', {
    schema: { tags: ['framework'], summary: 'Reporting status summary', querystring: langQuery, response: { 200: reportingStatusResponse, ...errorResponses } },
  }, async (request) => {
    const catalogue = await readCatalogue(app.store.db, request.query.lang);
    const unique = uniqueIndicators(catalogue);
    return {
      data: {
        total: countStatuses(unique),
        indicatorCount: unique.length,
        goals: catalogue.goals.map((g) => {
          const listings = catalogue.listings.filter((l) => l.goalCode === g.code);
          return { code: g.code, title: g.title.short ?? g.title.title, colour: g.colour, indicatorCount: listings.length, reportingStatus: countStatuses(listings) };
        }),
      },
    };
  });
};
