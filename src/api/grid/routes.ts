import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dataEntryGrid } from '../../workflow/submissions/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { listingOf } from '../catalogue.ts';
import { indicatorParams } from '../indicators/schema.ts';
import { presentSummaries } from '../submissions/presenter.ts';
import { workErrorResponses } from '../common-schema.ts';
import { gridQuery, gridResponse } from './schema.ts';

/** `GET /indicators/{code}/grid?series=&unit=` (signed in): the data-entry grid of one series and unit. */
export const gridRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  app.get('/indicators/:code/grid', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: 'Data-entry grid: published and draft values per area × breakdown and period, with locks (signed in)',
      params: indicatorParams, querystring: gridQuery, response: { 200: gridResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { series, unit, lang } = request.query;
    const listing = await listingOf(db, request.params.code, lang);
    const grid = await dataEntryGrid(db, user, listing.id, { series, unit, lang });
    const submission = grid.submission ? (await presentSummaries(db, user, [grid.submission], lang))[0]! : null;
    return {
      data: { indicator: { id: listing.id, code: listing.code, title: listing.title }, ...grid, submission: submission as never },
    };
  });
};
