import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sessionCookieOptions } from '../../src/api/auth/routes.ts';
import { listAudit } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { signIn, TEST_PASSWORD } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

/** A log-in request from an address (each test its own, so the per-address limit of one test leaves the others alone). */
function login(app: FastifyInstance, username: string, password: string, ip: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST', url: '/api/v1/auth/login', remoteAddress: ip,
    headers: { 'x-csrf-token': 'x', ...headers }, payload: { username, password },
  });
}

/** `sdg_session=<token>` from a response's Set-Cookie. */
function sessionCookie(response: { headers: Record<string, unknown> }): string {
  const header = [response.headers['set-cookie']].flat().map(String).find((c) => c.startsWith('sdg_session='));
  assert.ok(header, 'a sdg_session cookie is set');
  return header.split(';')[0]!;
}

for (const dialect of STORE_DIALECTS) {
  describe(`POST /auth/login on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect);

    it('answers the user, CSRF token and expiry, and sets an http-only SameSite=Strict cookie on path /', async () => {
      const { userId, username } = await signIn(api.store.db, 'reviewer', [], 'rina');
      const r = await login(api.app, ' Rina ', TEST_PASSWORD, '10.0.1.1', { 'user-agent': 'test browser' });
      assert.equal(r.statusCode, 200);
      const body = r.json();
      assert.deepEqual(body.data.user, {
        id: userId, username, displayName: 'rina', email: null, role: 'reviewer', organisations: [],
        mustChangePassword: false, disabled: false, lockedUntil: null,
      });
      assert.match(body.data.csrfToken, /^[A-Za-z0-9_-]{43}$/);
      assert.ok(Date.parse(body.data.expiresAt) - Date.now() > 7.9 * 3600_000);
      const setCookie = String(r.headers['set-cookie']);
      assert.match(setCookie, /^sdg_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
      assert.equal(r.headers['cache-control'], 'no-store');
      const me = await api.app.inject({ url: '/api/v1/auth/me', headers: { cookie: sessionCookie(r) } });
      assert.equal(me.json().data.user.username, 'rina');
      assert.equal(me.json().data.csrfToken, body.data.csrfToken);
      const [event] = await listAudit(api.store.db, { action: 'user.login', entityId: String(userId) });
      assert.deepEqual({ userId: event?.userId, newValue: event?.newValue }, { userId, newValue: { ip: '10.0.1.1' } });
    });

    it('marks the cookie Secure when the request came over HTTPS', () => {
      assert.deepEqual(sessionCookieOptions({ protocol: 'https' }), { httpOnly: true, sameSite: 'strict', path: '/', secure: true });
      assert.equal(sessionCookieOptions({ protocol: 'http' }).secure, false);
    });

    it('refuses an unknown user and a wrong password with the same 401 BAD_CREDENTIALS message', async () => {
      await signIn(api.store.db, 'viewer', [], 'victor');
      const unknown = await login(api.app, 'nobody', TEST_PASSWORD, '10.0.2.1');
      const wrong = await login(api.app, 'victor', 'wrong password here', '10.0.2.1');
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.statusCode, 401);
      assert.deepEqual(unknown.json(), wrong.json());
      assert.deepEqual(wrong.json().error, { code: 'BAD_CREDENTIALS', message: 'unknown user name or wrong password', statusCode: 401 });
      assert.equal(unknown.headers['set-cookie'], undefined);
      const failures = await listAudit(api.store.db, { action: 'user.login_failed' });
      assert.deepEqual(failures.slice(-2).map((e) => (e.newValue as { reason: string }).reason), ['unknown_user', 'wrong_password']);
    });

    it('refuses a disabled user even with the right password', async () => {
      const { userId } = await signIn(api.store.db, 'viewer', [], 'dora');
      await api.store.db.updateTable('users').set({ disabled: 1 }).where('id', '=', userId).execute();
      const r = await login(api.app, 'dora', TEST_PASSWORD, '10.0.3.1');
      assert.equal(r.statusCode, 401);
      assert.equal(r.json().error.code, 'BAD_CREDENTIALS');
    });

    it('locks an account for 15 minutes after 5 failures in a row, refuses the right password, and an admin unlock lets it in', async () => {
      const admin = await signIn(api.store.db, 'admin');
      const { userId } = await signIn(api.store.db, 'provider', [], 'lena');
      for (let i = 1; i <= 4; i++) assert.equal((await login(api.app, 'lena', `wrong password ${i}`, '10.0.4.1')).statusCode, 401);
      const fifth = await login(api.app, 'lena', 'wrong password 5', '10.0.4.1');
      assert.equal(fifth.statusCode, 423);
      const { code, message, details } = fifth.json().error;
      assert.equal(code, 'ACCOUNT_LOCKED');
      const minutes = (Date.parse(details.lockedUntil) - Date.now()) / 60_000;
      assert.ok(minutes > 14.9 && minutes <= 15, `locked for ${minutes} minutes`);
      assert.equal(message, `too many failed log-ins: this account is locked until ${details.lockedUntil}`);
      const right = await login(api.app, 'lena', TEST_PASSWORD, '10.0.4.2');
      assert.equal(right.statusCode, 423);
      const [locked] = await listAudit(api.store.db, { action: 'user.locked', entityId: String(userId) });
      assert.deepEqual(locked?.newValue, { lockedUntil: details.lockedUntil });

      const unlock = await api.app.inject({ method: 'POST', url: `/api/v1/users/${userId}/unlock`, headers: admin.headers });
      assert.equal(unlock.statusCode, 200);
      assert.equal(unlock.json().data.lockedUntil, null);
      assert.equal((await login(api.app, 'lena', TEST_PASSWORD, '10.0.4.2')).statusCode, 200);
    });

    it('locks a user name no account holds after 5 failures with the answer an account gets, so lock-outs do not reveal names', async () => {
      await signIn(api.store.db, 'provider', [], 'lina');
      const statuses = async (username: string, ip: string): Promise<number[]> => {
        const list = [];
        for (let i = 1; i <= 6; i++) list.push((await login(api.app, username, `wrong password ${i}`, ip)).statusCode);
        return list;
      };
      assert.deepEqual(await statuses('lina', '10.0.7.1'), [401, 401, 401, 401, 423, 423]);
      assert.deepEqual(await statuses('linda', '10.0.7.2'), [401, 401, 401, 401, 423, 423]);
      const [account, unknown] = [await login(api.app, 'lina', TEST_PASSWORD, '10.0.7.3'), await login(api.app, 'linda', TEST_PASSWORD, '10.0.7.3')];
      const shape = (body: { error: { code: string; message: string; details: { lockedUntil: string } } }): unknown =>
        ({ ...body.error, message: body.error.message.replace(body.error.details.lockedUntil, '<end>'), details: Object.keys(body.error.details) });
      assert.deepEqual(shape(unknown.json()), shape(account.json()));
      assert.deepEqual(shape(unknown.json()), { code: 'ACCOUNT_LOCKED', message: 'too many failed log-ins: this account is locked until <end>', statusCode: 423, details: ['lockedUntil'] });
    });

    it('a success resets the count: 4 failures, a success, 4 more failures leave the account open', async () => {
      await signIn(api.store.db, 'provider', [], 'omar');
      for (let i = 0; i < 4; i++) await login(api.app, 'omar', 'wrong password', '10.0.5.1');
      assert.equal((await login(api.app, 'omar', TEST_PASSWORD, '10.0.5.1')).statusCode, 200);
      for (let i = 0; i < 4; i++) assert.equal((await login(api.app, 'omar', 'wrong password', '10.0.5.1')).statusCode, 401);
      assert.equal((await login(api.app, 'omar', TEST_PASSWORD, '10.0.5.1')).statusCode, 200);
    });

    it('answers 429 TOO_MANY_REQUESTS with Retry-After once an address has failed 20 times in 15 minutes', async () => {
      await signIn(api.store.db, 'viewer', [], 'pia');
      for (let i = 0; i < 20; i++) {
        assert.equal((await login(api.app, `someone-${i}`, 'wrong password', '10.0.6.1')).statusCode, 401, `attempt ${i + 1}`);
      }
      const refused = await login(api.app, 'pia', TEST_PASSWORD, '10.0.6.1');
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.json().error.code, 'TOO_MANY_REQUESTS');
      const retryAfter = Number(refused.headers['retry-after']);
      assert.ok(retryAfter > 880 && retryAfter <= 900, `Retry-After ${retryAfter}`);
      assert.equal(refused.json().error.details.retryAfterSeconds, retryAfter);
      assert.equal((await login(api.app, 'pia', TEST_PASSWORD, '10.0.6.2')).statusCode, 200, 'another address is not limited');
    });

    it('opens a new session at each log-in and ends the one whose cookie came with it (no session fixation)', async () => {
      const before = await signIn(api.store.db, 'reviewer', [], 'fatima');
      const r = await login(api.app, 'fatima', TEST_PASSWORD, '10.0.7.1', before.headers);
      assert.equal(r.statusCode, 200);
      const fresh = sessionCookie(r);
      assert.notEqual(fresh, before.headers.cookie);
      const old = await api.app.inject({ url: '/api/v1/auth/me', headers: { cookie: before.headers.cookie! } });
      assert.deepEqual(old.json(), { data: { user: null, csrfToken: null, expiresAt: null } });
      const now = await api.app.inject({ url: '/api/v1/auth/me', headers: { cookie: fresh } });
      assert.equal(now.json().data.user.username, 'fatima');
    });

    it('POST /auth/logout ends the session, clears the cookie, and the old cookie then gets 401 on GET /users', async () => {
      const admin = await signIn(api.store.db, 'admin');
      assert.equal((await api.app.inject({ url: '/api/v1/users', headers: admin.headers })).statusCode, 200);
      const out = await api.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: admin.headers });
      assert.equal(out.statusCode, 204);
      assert.match(String(out.headers['set-cookie']), /^sdg_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
      const after = await api.app.inject({ url: '/api/v1/users', headers: admin.headers });
      assert.equal(after.statusCode, 401);
      assert.equal(after.json().error.code, 'UNAUTHENTICATED');
    });

    it('GET /auth/me answers nulls, never 401, without a session', async () => {
      const r = await api.app.inject({ url: '/api/v1/auth/me' });
      assert.equal(r.statusCode, 200);
      assert.deepEqual(r.json(), { data: { user: null, csrfToken: null, expiresAt: null } });
    });

    it('checks CSRF: no header is 403 CSRF_FAILED, a wrong token 403, the session token passes', async () => {
      const admin = await signIn(api.store.db, 'admin');
      const { userId } = await signIn(api.store.db, 'viewer', [], 'csrf-target');
      const url = `/api/v1/users/${userId}/unlock`;
      const none = await api.app.inject({ method: 'POST', url, headers: { cookie: admin.headers.cookie! } });
      assert.equal(none.statusCode, 403);
      assert.equal(none.json().error.code, 'CSRF_FAILED');
      const wrong = await api.app.inject({ method: 'POST', url, headers: { ...admin.headers, 'x-csrf-token': 'not-the-token' } });
      assert.equal(wrong.statusCode, 403);
      assert.equal(wrong.json().error.code, 'CSRF_FAILED');
      assert.equal((await api.app.inject({ method: 'POST', url, headers: admin.headers })).statusCode, 200);
      const anonymousLogin = await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x', password: 'y' } });
      assert.equal(anonymousLogin.json().error.code, 'CSRF_FAILED', 'log-in also needs the header');
    });

    it('refuses a log-in body with a missing password as 400 BAD_PARAMETER naming it', async () => {
      const r = await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'x-csrf-token': 'x' }, payload: { username: 'x' } });
      assert.equal(r.statusCode, 400);
      assert.match(r.json().error.message, /^parameter password: /);
    });
  });
}
