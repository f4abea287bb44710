import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  dataBreakdowns, dimensionLabels, listIndicatorTiers, listOrganisations, listResponsibilities, organisationName,
} from '../../store/index.ts';
import { readCatalogue } from '../catalogue.ts';
import { errorResponses, langQuery } from '../common-schema.ts';
import { availabilityOf } from './presenter.ts';
import { availabilityResponse } from './schema.ts';

/**
 * `GET /availability`: which indicators have published data, by goal, IAEG-SDGs tier and lead organisation, and which
 * breakdowns named in each indicator's title its data lacks.
 */
export const availabilityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/availability', {
    schema: { tags: ['framework'], summary: 'Data availability by goal, tier and lead organisation', querystring: langQuery, response: { 200: availabilityResponse, ...errorResponses } },
  }, async (request) => {
    const { lang } = request.query;
    const db = app.store.db;
    const catalogue = await readCatalogue(db, lang);
    const [tiers, breakdowns, responsibilities, organisations, labels] = await Promise.all([
      listIndicatorTiers(db), dataBreakdowns(db), listResponsibilities(db), listOrganisations(db), dimensionLabels(db, lang),
    ]);
    const byId = new Map(organisations.map((o) => [o.id, o]));
    const leads = new Map(responsibilities.filter((r) => r.role === 'lead').map((r) => {
      const org = byId.get(r.organisationId);
      return [r.indicatorId, { id: r.organisationId, name: org ? organisationName(org, lang) : r.organisationId }] as const;
    }));
    return { data: availabilityOf({ catalogue, tiers, breakdowns, leads, dimensionNames: labels.dimensions }) };
  });
};
