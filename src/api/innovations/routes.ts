import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { innovationCaseRoutes } from './case-routes.ts';
import { innovationExchangeRoutes } from './exchange-routes.ts';
import { innovationReadRoutes } from './read-routes.ts';
import { innovationReplicationRoutes } from './replication-routes.ts';
import { innovationRequestRoutes } from './request-routes.ts';

/**
 * The South-South network for public service innovations: the catalogue (read by anyone), case and replication writes
 * (providers of the lead organisation, admins), moderation and import (admins), cooperation requests with suggested
 * cases, and the export. One plugin per resource; see each file.
 */
export const innovationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(innovationExchangeRoutes);
  await app.register(innovationReadRoutes);
  await app.register(innovationCaseRoutes);
  await app.register(innovationReplicationRoutes);
  await app.register(innovationRequestRoutes);
};
