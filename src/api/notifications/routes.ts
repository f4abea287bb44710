import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listNotifications, markAllNotificationsRead, markNotificationRead, type Notification } from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { notFound } from '../errors.ts';
import { workErrorResponses } from '../common-schema.ts';
import { notificationListResponse, notificationParams, notificationQuery, notificationResponse, readAllResponse } from './schema.ts';

/**
 * In-app notifications of the signed-in user: `GET /notifications`, `POST /notifications/{id}/read`,
 * `POST /notifications/read-all`.
 */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get('/notifications', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: "The signed-in user's notifications, newest first, with the number unread",
      querystring: notificationQuery, response: { 200: notificationListResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { unread, limit, offset } = request.query;
    const answer = await listNotifications(db, user.id, { unreadOnly: unread === 'true', limit, offset });
    return { data: { items: answer.items.map(present), total: answer.total, unread: answer.unread } };
  });

  app.post('/notifications/read-all', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: "Mark every notification of the signed-in user read", response: { 200: readAllResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    return { data: { updated: await markAllNotificationsRead(db, user.id, new Date().toISOString()) } };
  });

  app.post('/notifications/:id/read', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: 'Mark one notification read', params: notificationParams,
      response: { 200: notificationResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const notification = await markNotificationRead(db, user.id, request.params.id, new Date().toISOString());
    if (!notification) throw notFound('notification', String(request.params.id));
    return { data: present(notification) };
  });
};

function present(n: Notification) {
  return { id: n.id, kind: n.kind, payload: n.payload, link: n.link, createdAt: n.createdAt, readAt: n.readAt };
}
