import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deleteSession, recordAudit } from '../../store/index.ts';
import { changeOwnPassword, logIn } from '../../workflow/auth/index.ts';
import { presentUser } from '../users/presenter.ts';
import { accountAction } from './account-errors.ts';
import { loginBody, meResponse, passwordBody, signedInResponse, signInErrorResponses } from './schema.ts';
import { requireUser, SESSION_COOKIE } from './session-hook.ts';

/**
 * Sign-in: `POST /auth/login`, `POST /auth/logout`, `GET /auth/me`, `POST /auth/password`. The session lives in the
 * `sdg_session` cookie (http-only, SameSite=Strict, path `/`, Secure over HTTPS) and expires after 8 idle hours;
 * every state-changing request sends the session's CSRF token as `X-CSRF-Token` (any value before log-in).
 */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.post('/auth/login', {
    schema: {
      tags: ['sign-in'], summary: 'Sign in: opens a new session and sets its cookie',
      description: '401 BAD_CREDENTIALS for a wrong user name or password (same message for both); 423 ACCOUNT_LOCKED '
        + 'after 5 failures in a row (locked 15 minutes, details.lockedUntil); 429 TOO_MANY_REQUESTS after 20 failures '
        + 'from one address in 15 minutes (Retry-After, details.retryAfterSeconds).',
      body: loginBody, response: { 200: signedInResponse, ...signInErrorResponses },
    },
  }, async (request, reply) => {
    noStore(reply);
    const previousToken = request.cookies[SESSION_COOKIE];
    const userAgent = request.headers['user-agent'];
    const { user, session } = await accountAction(reply, () => logIn(db, {
      username: request.body.username, password: request.body.password, ip: request.ip,
      ...(userAgent ? { userAgent } : {}), ...(previousToken ? { previousToken } : {}),
    }));
    reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(request));
    return { data: { user: presentUser(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt } };
  });

  app.post('/auth/logout', {
    schema: { tags: ['sign-in'], summary: 'Sign out: ends the session and clears its cookie (204, also when not signed in)' },
  }, async (request, reply) => {
    if (request.session && request.user) {
      const { session, user } = request;
      await db.transaction().execute(async (trx) => {
        await deleteSession(trx, session.id);
        await recordAudit(trx, [{ at: new Date().toISOString(), userId: user.id, action: 'user.logout', entity: 'user', entityId: String(user.id) }]);
      });
    }
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
    return reply.code(204).send();
  });

  app.get('/auth/me', {
    schema: {
      tags: ['sign-in'], summary: 'Who is signed in: the user, CSRF token and expiry, or nulls (never 401)',
      response: { 200: meResponse },
    },
  }, async (request, reply) => {
    noStore(reply);
    if (!request.user || !request.session) return { data: { user: null, csrfToken: null, expiresAt: null } };
    return { data: { user: presentUser(request.user), csrfToken: request.session.csrfToken, expiresAt: request.session.expiresAt } };
  });

  app.post('/auth/password', {
    schema: {
      tags: ['sign-in'], summary: 'Change your own password; your other sessions end',
      description: '400 BAD_PARAMETER naming newPassword (rule, or unchanged) or currentPassword (does not match).',
      body: passwordBody, response: { 200: signedInResponse, ...signInErrorResponses },
    },
  }, async (request, reply) => {
    noStore(reply);
    const user = requireUser(request);
    const session = request.session!;
    const changed = await accountAction(reply, () => changeOwnPassword(db, {
      userId: user.id, sessionId: session.id, currentPassword: request.body.currentPassword,
      newPassword: request.body.newPassword, ip: request.ip,
    }));
    return { data: { user: presentUser(changed), csrfToken: session.csrfToken, expiresAt: session.expiresAt } };
  });
};

/**
 * The session cookie's attributes: http-only, SameSite=Strict, path `/`, Secure when the request came over HTTPS; no
 * expiry of its own (a browser-session cookie: the server ends the session after 8 idle hours).
 */
export function sessionCookieOptions(request: Pick<FastifyRequest, 'protocol'>): { httpOnly: true; sameSite: 'strict'; path: '/'; secure: boolean } {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https' };
}

function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}
