import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { UserRole } from '../../domain/index.ts';
import { findSession, type User } from '../../store/index.ts';
import { ApiError } from '../errors.ts';

/** The session cookie: http-only, SameSite=Strict, path `/`, `Secure` when the request came over HTTPS. */
export const SESSION_COOKIE = 'sdg_session';
/** The header every state-changing request carries: the session's CSRF token (synchronizer token pattern). */
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null for an anonymous request. */
    user: User | null;
    /** The open session's id and CSRF token, or null. */
    session: { id: string; csrfToken: string; expiresAt: string } | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a user who must change the password may still do. */
const PASSWORD_CHANGE_ROUTES = new Set(['/api/v1/auth/password', '/api/v1/auth/logout', '/api/v1/auth/login']);

/**
 * Registers cookies and, on every `/api/` request, resolves the session cookie to `request.user` and enforces CSRF
 * protection (OWASP CSRF Prevention Cheat Sheet: synchronizer token, plus a custom request header):
 * - a state-changing request (POST, PUT, PATCH, DELETE) with a session must send `X-CSRF-Token` equal to the
 *   session's token, else 403 CSRF_FAILED;
 * - one without a session (log-in) must still send the header (any value): a cross-site form cannot set it, and the
 *   API's CORS policy refuses the preflight a cross-site script would need;
 * - a user whose password was set by an admin (`mustChangePassword`) gets 403 FORBIDDEN on every state-changing
 *   request but changing the password, signing out or in.
 */
export async function registerSessions(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await findSession(app.store.db, token, new Date());
      if (session) {
        request.user = session.user;
        request.session = { id: session.id, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
      }
    }
    if (SAFE_METHODS.has(request.method)) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || sent === '') {
      throw new ApiError('CSRF_FAILED', `state-changing requests need the ${CSRF_HEADER} header`);
    }
    if (request.session && !sameToken(sent, request.session.csrfToken)) {
      throw new ApiError('CSRF_FAILED', `the ${CSRF_HEADER} header does not match this session`);
    }
    // An account given a password by an admin changes it before it changes anything else.
    if (request.user?.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(request.url.split('?')[0] ?? '')) {
      throw new ApiError('FORBIDDEN', 'change your password first (POST /api/v1/auth/password)');
    }
  });
}

/**
 * The signed-in user, checked against the roles allowed (any role when none are given).
 * @throws ApiError UNAUTHENTICATED (401) without a session, FORBIDDEN (403) for another role.
 * @example const user = requireUser(request, 'admin', 'reviewer');
 */
export function requireUser(request: FastifyRequest, ...roles: UserRole[]): User {
  const user = request.user;
  if (!user) throw new ApiError('UNAUTHENTICATED', 'sign in first');
  if (roles.length > 0 && !roles.includes(user.role)) {
    throw new ApiError('FORBIDDEN', `this needs the role ${roles.join(' or ')}; ${user.username} is ${user.role}`);
  }
  return user;
}

/**
 * A `preValidation` hook that refuses a request before its parameters and body are read unless a user with one of
 * `roles` (any role when none are given) is signed in, so a caller without the right learns nothing from validation.
 * The handler still calls {@link requireUser} for the user itself.
 * @throws ApiError UNAUTHENTICATED (401) without a session, FORBIDDEN (403) for another role.
 * @example app.get('/work/tasks', { preValidation: signedInAs(), schema }, handler)
 */
export function signedInAs(...roles: UserRole[]): (request: FastifyRequest) => Promise<void> {
  return async (request) => { requireUser(request, ...roles); };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
