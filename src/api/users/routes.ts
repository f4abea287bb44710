import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listUsers } from '../../store/index.ts';
import { createAccount, resetPassword, unlockAccount, updateAccount } from '../../workflow/auth/index.ts';
import { accountAction } from '../auth/account-errors.ts';
import { requireUser } from '../auth/session-hook.ts';
import { presentUser } from './presenter.ts';
import {
  accountErrorResponses, createUserBody, resetPasswordBody, updateUserBody, userListResponse, userParams, userResponse,
} from './schema.ts';

/**
 * Accounts, for admins only: `GET /users`, `POST /users`, `PATCH /users/{id}`, `POST /users/{id}/password` (reset),
 * `POST /users/{id}/unlock`. Every change is an audit event; a change of role, organisations, disabled flag or a
 * password reset ends the user's sessions.
 */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get('/users', {
    schema: {
      tags: ['accounts'], summary: 'Every user, by user name (admin)',
      response: { 200: userListResponse, ...accountErrorResponses },
    },
  }, async (request) => {
    requireUser(request, 'admin');
    return { data: (await listUsers(db)).map(presentUser) };
  });

  app.post('/users', {
    schema: {
      tags: ['accounts'], summary: 'Create a user (admin)', body: createUserBody,
      response: { 201: userResponse, ...accountErrorResponses },
    },
  }, async (request, reply) => {
    const admin = requireUser(request, 'admin');
    const body = request.body;
    const user = await accountAction(reply, () => createAccount(db, {
      username: body.username, displayName: body.displayName, email: body.email ?? null, role: body.role,
      organisations: body.organisations, password: body.password, mustChangePassword: body.mustChangePassword,
    }, admin.id));
    return reply.code(201).send({ data: presentUser(user) });
  });

  app.patch('/users/:id', {
    schema: {
      tags: ['accounts'], summary: "Change a user's name, e-mail, role, organisations or disabled flag (admin)",
      params: userParams, body: updateUserBody, response: { 200: userResponse, ...accountErrorResponses },
    },
  }, async (request, reply) => {
    const admin = requireUser(request, 'admin');
    const { displayName, email, role, organisations, disabled } = request.body;
    const user = await accountAction(reply, () => updateAccount(db, request.params.id, {
      ...(displayName !== undefined ? { displayName } : {}), ...(email !== undefined ? { email } : {}),
      ...(role !== undefined ? { role } : {}), ...(organisations !== undefined ? { organisations } : {}),
      ...(disabled !== undefined ? { disabled } : {}),
    }, admin.id));
    return { data: presentUser(user) };
  });

  app.post('/users/:id/password', {
    schema: {
      tags: ['accounts'], summary: "Reset a user's password: they must change it at next sign-in (admin)",
      params: userParams, body: resetPasswordBody, response: { 200: userResponse, ...accountErrorResponses },
    },
  }, async (request, reply) => {
    const admin = requireUser(request, 'admin');
    const user = await accountAction(reply, () => resetPassword(db, request.params.id, request.body.newPassword, admin.id));
    return { data: presentUser(user) };
  });

  app.post('/users/:id/unlock', {
    schema: {
      tags: ['accounts'], summary: 'Lift a lock-out after too many failed log-ins (admin)',
      params: userParams, response: { 200: userResponse, ...accountErrorResponses },
    },
  }, async (request, reply) => {
    const admin = requireUser(request, 'admin');
    const user = await accountAction(reply, () => unlockAccount(db, request.params.id, admin.id));
    return { data: presentUser(user) };
  });
};
