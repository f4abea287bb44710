import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Store } from '../store/index.ts';
import { areaRoutes } from './areas/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { registerSessions } from './auth/session-hook.ts';
import { ApiError, errorBody } from './errors.ts';
import { apiHttpPolicy, framePolicy } from './http/index.ts';
import { goalRoutes } from './goals/routes.ts';
import { indicatorRoutes } from './indicators/routes.ts';
import { observationRoutes } from './observations/routes.ts';
import { organisationRoutes } from './organisations/routes.ts';
import { reportingStatusRoutes } from './reporting-status/routes.ts';
import { availabilityRoutes } from './availability/routes.ts';
import { progressRoutes } from './progress/routes.ts';
import { responsibilityRoutes } from './responsibilities/routes.ts';
import { siteRoutes } from './site/routes.ts';
import { uploadRoutes } from './uploads/routes.ts';
import { userRoutes } from './users/routes.ts';
import { validationRuleRoutes } from './validation-rules/routes.ts';
import { submissionRoutes } from './submissions/routes.ts';
import { gridRoutes } from './grid/routes.ts';
import { workRoutes } from './work/routes.ts';
import { historyRoutes } from './history/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { progressTargetRoutes } from './progress-targets/routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

/** What the app needs: the open store, and the settings it reads (log level, where the built site is). */
export interface AppOptions {
  store: Store;
  config: Pick<Config, 'logLevel' | 'webRoot'> & Partial<Pick<Config, 'trustProxy' | 'rateLimits'>>;
}

/**
 * Builds the HTTP application: the open API under `/api/v1`, its OpenAPI 3 document at `/api/openapi.json`, a docs
 * page at `/api/docs`, and the built public site at `/` (any other non-API path answers the site's index.html so the
 * browser router can take it). Does not listen: tests call `inject`, `serve` calls `listen`.
 */
export async function buildApp({ store, config }: AppOptions): Promise<FastifyInstance> {
  const trust = config.trustProxy ?? false;
  // A hop count becomes a function (Fastify's typings take booleans, address lists and functions).
  const trustProxy = typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
  const app = Fastify({ logger: { level: config.logLevel }, trustProxy });
  app.decorate('store', store);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.details));
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.code(400).send(errorBody('BAD_PARAMETER', validationMessage(error.validation[0], error.validationContext)));
    }
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ error: { code: 'BAD_PARAMETER', message: `request body: larger than the limit of ${app.initialConfig.bodyLimit} bytes`, statusCode: 413 } });
    }
    if ((error as { statusCode?: number }).statusCode === 400) {
      return reply.code(400).send(errorBody('BAD_PARAMETER', (error as Error).message));
    }
    request.log.error(error);
    return reply.code(500).send(errorBody('INTERNAL', 'internal error'));
  });

  await registerSessions(app);
  app.addHook('onSend', framePolicy);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'SDG Tracker API',
        version: '1',
        description: 'National SDG indicator data: goals, targets, indicators, series and observations with SDMX dimensions.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => {
    // Cross-site reading, caching, paging links and per-client limits by route group (src/api/http/route-policy.ts).
    await api.register(apiHttpPolicy, { rateLimits: config.rateLimits });
    await api.register(siteRoutes);
    await api.register(goalRoutes);
    await api.register(indicatorRoutes);
    await api.register(observationRoutes);
    await api.register(areaRoutes);
    await api.register(reportingStatusRoutes);
    await api.register(availabilityRoutes);
    await api.register(progressRoutes);
    // Work areas (sign-in, organisations, submissions, review, uploads, audit): one plugin per resource.
    await api.register(authRoutes);
    await api.register(userRoutes);
    await api.register(validationRuleRoutes);
    await api.register(organisationRoutes);
    await api.register(responsibilityRoutes);
    await api.register(uploadRoutes);
    await api.register(submissionRoutes);
    await api.register(gridRoutes);
    await api.register(workRoutes);
    await api.register(historyRoutes);
    await api.register(notificationRoutes);
    await api.register((await import('./scorecard/routes.ts')).scorecardRoutes);
    await api.register((await import('./interlinkages/routes.ts')).interlinkageRoutes);
    await api.register(progressTargetRoutes);
    await api.register((await import('./federation/routes.ts')).federationRoutes);
    await api.register((await import('./gaps/routes.ts')).gapRoutes);
    await api.register((await import('./maps/routes.ts')).mapRoutes);
    await api.register((await import('./downloads/routes.ts')).downloadRoutes);
    await api.register((await import('./search/routes.ts')).searchRoutes);
    await api.register((await import('./translations/routes.ts')).translationRoutes);
    await api.register((await import('./innovations/routes.ts')).innovationRoutes);
  }, { prefix: '/api/v1' });

  const hasSite = existsSync(join(config.webRoot, 'index.html'));
  if (hasSite) await app.register(fastifyStatic, { root: config.webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasSite || request.method !== 'GET') {
      return reply.code(404).send(errorBody('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`));
    }
    // The site's own addresses answer 200; any other path gets the site's not-found page with a 404 status.
    return reply.code(isSitePath(request.url) ? 200 : 404).sendFile('index.html');
  });
  return app;
}

/** `parameter from: must be a year…`, `path parameter goal: …`, or `parameter foo: unknown parameter`. */
function validationMessage(issue: { instancePath: string; message?: string; params?: Record<string, unknown> } | undefined, context: string | undefined): string {
  const where = context === 'params' ? 'path parameter' : 'parameter';
  const unknown = issue?.message?.match(/^Unrecognized keys?: (.+)$/);
  if (unknown) return `${where} ${unknown[1]!.replaceAll('"', '')}: unknown parameter`;
  const path = issue?.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(issue?.params?.missingProperty ?? '?');
  return `${where} ${path}: ${issue?.message ?? 'invalid'}`;
}

const SITE_PATHS = [/^\/$/, /^\/goals\/(?:[1-9]|1[0-7])\/?$/, /^\/indicators\/[0-9a-zA-Z._-]+\/?$/,
  /^\/ranking\/?$/, /^\/organisations\/[0-9a-zA-Z._-]+\/?$/,
  /^\/(?:progress|availability)\/?$/,
  /^\/areas\/?$/,
  /^\/gaps\/?$/,
  /^\/interlinkages\/?$/,
  /^\/search\/?$/,
  /^\/innovations(?:\/[0-9a-z._-]+)?\/?$/,
  /^\/innovations\/(?:network|requests(?:\/[0-9a-zA-Z._-]+)?)\/?$/,
  /^\/embed\/indicator\/[0-9a-zA-Z._-]+\/?$/,
  /^\/(?:sign-in|account)\/?$/, /^\/(?:admin|work)(?:\/[0-9a-zA-Z._-]+)*\/?$/];

/** Whether a path is one of the site's pages: `/`, `/goals/1`…`/goals/17`, `/indicators/<code>`, `/sign-in`, `/account`, `/admin/…`, `/work/…`. */
function isSitePath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return SITE_PATHS.some((p) => p.test(path));
}
