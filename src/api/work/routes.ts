import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { workTasks } from '../../workflow/submissions/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { findListing, readCatalogue } from '../catalogue.ts';
import { langQuery } from '../common-schema.ts';
import { workErrorResponses } from '../common-schema.ts';
import { tasksResponse } from './schema.ts';

/** `GET /work/tasks` (signed in): a provider's indicators and what is missing; the queue counts for everyone. */
export const workRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  app.get('/work/tasks', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: "What to work on: a provider's indicators (open submission, latest period, missing periods, return comments) and queue counts",
      querystring: langQuery, response: { 200: tasksResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const [tasks, catalogue] = await Promise.all([workTasks(db, user), readCatalogue(db, request.query.lang)]);
    const indicators = tasks.indicators.map((t) => {
      const listing = findListing(catalogue, t.indicatorId);
      return { ...t, code: listing?.code ?? t.indicatorId, title: listing?.title ?? t.indicatorId };
    }).sort((a, b) => catalogue.indicatorIds.indexOf(a.indicatorId) - catalogue.indicatorIds.indexOf(b.indicatorId));
    return { data: { role: tasks.role, indicators, queue: tasks.queue } };
  });
};
