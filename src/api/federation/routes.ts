import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FEED_PATH, FeedError, feedTag, subscribe, syncSubscription, unsubscribe, writeFeedPage } from '../../federation/index.ts';
import { getSubscription, listSubscriptions } from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { ApiError, notFound } from '../errors.ts';
import { presentSubscription } from './presenter.ts';
import {
  createSubscriptionBody, federationErrorResponses, feedQuery, feedResponse, subscriptionListResponse, subscriptionParams,
  subscriptionResponse, syncResponse,
} from './schema.ts';

/**
 * Federation of installations: `GET /federation/feed` (anyone) publishes this installation's own public cases as a
 * paged JSON feed with tombstones and an ETag; `GET/POST /federation/subscriptions`, `DELETE
 * /federation/subscriptions/{id}` and `POST /federation/subscriptions/{id}/sync` (admin) manage and read the feeds of
 * other installations. Every change writes its audit event in the same transaction.
 */
export const federationRoutes: FastifyPluginAsyncZod = async (app) => {
  const store = app.store;
  const db = store.db;

  app.get('/federation/feed', {
    schema: {
      tags: ['federation'], summary: "This installation's published innovation cases as a feed for other installations",
      description: 'Entries ordered by update time then id; cases read from other installations and drafts are never listed, '
        + 'contacts only with their consent. Follow `next` to the end; answer `If-None-Match` with the ETag for a 304.',
      querystring: feedQuery, response: { 200: feedResponse, ...federationErrorResponses },
    },
  }, async (request, reply) => {
    const q = request.query;
    const position = { since: q.since, after: q.since === undefined ? undefined : q.after, limit: q.limit };
    reply.header('etag', await feedTag(db, position));
    return writeFeedPage(db, `${request.protocol}://${request.host}${FEED_PATH}`, position);
  });

  app.get('/federation/subscriptions', {
    preValidation: signedInAs('admin'),
    schema: { tags: ['federation'], summary: 'The feeds this installation reads (admin)', response: { 200: subscriptionListResponse, ...federationErrorResponses } },
  }, async (request) => {
    requireUser(request, 'admin');
    return { data: (await listSubscriptions(db)).map(presentSubscription) };
  });

  app.post('/federation/subscriptions', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['federation'], summary: "Subscribe to another installation's feed (admin); sync it to read its cases",
      body: createSubscriptionBody, response: { 201: subscriptionResponse, ...federationErrorResponses },
    },
  }, async (request, reply) => {
    const admin = requireUser(request, 'admin');
    const sub = await db.transaction().execute(async (trx) => {
      try {
        return await subscribe(trx, { ...request.body, userId: admin.id, at: new Date().toISOString() });
      } catch (e) {
        if (e instanceof FeedError) throw new ApiError('BAD_PARAMETER', `feedUrl: ${e.message}`);
        const existing = (e as { existing?: Parameters<typeof presentSubscription>[0] }).existing;
        if (existing) throw new ApiError('CONFLICT', (e as Error).message, { current: presentSubscription(existing) });
        throw e;
      }
    });
    return reply.code(201).send({ data: presentSubscription(sub) });
  });

  app.delete('/federation/subscriptions/:id', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['federation'], summary: 'End a subscription; its copies of cases are marked withdrawn (admin)',
      params: subscriptionParams, response: { 200: subscriptionResponse, ...federationErrorResponses },
    },
  }, async (request) => {
    const admin = requireUser(request, 'admin');
    const sub = await db.transaction().execute(async (trx) => {
      const found = await getSubscription(trx, request.params.id);
      if (!found) throw notFound('subscription', String(request.params.id));
      await unsubscribe(trx, found, { userId: admin.id, at: new Date().toISOString() });
      return found;
    });
    return { data: presentSubscription(sub) };
  });

  app.post('/federation/subscriptions/:id/sync', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['federation'], summary: "Read a subscription's feed now (admin): all or nothing",
      description: 'Answers the sync report. A feed that is not http(s), answers other than JSON, is too large or holds an invalid '
        + 'entry is refused whole: nothing is written but the subscription\'s last error, and the report has status `error` '
        + 'with the reason naming the entry and field.',
      params: subscriptionParams, response: { 200: syncResponse, ...federationErrorResponses },
    },
  }, async (request) => {
    const admin = requireUser(request, 'admin');
    const sub = await getSubscription(db, request.params.id);
    if (!sub) throw notFound('subscription', String(request.params.id));
    return { data: await syncSubscription(store, sub, { userId: admin.id }) };
  });
};
