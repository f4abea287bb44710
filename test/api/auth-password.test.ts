import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, listAudit } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { signIn, TEST_PASSWORD } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

const NEW_PASSWORD = 'a much longer passphrase';

for (const dialect of STORE_DIALECTS) {
  describe(`POST /auth/password on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect);

    const change = (headers: Record<string, string>, currentPassword: string, newPassword: string) => api.app.inject({
      method: 'POST', url: '/api/v1/auth/password', remoteAddress: '10.8.0.1', headers, payload: { currentPassword, newPassword },
    });

    it('changes the own password, clears must-change, keeps this session and ends the others', async () => {
      const user = await signIn(api.store.db, 'provider', [], 'sara');
      await api.store.db.updateTable('users').set({ must_change_password: 1 }).where('id', '=', user.userId).execute();
      const other = await createSession(api.store.db, user.userId, {}, new Date());
      const r = await change(user.headers, TEST_PASSWORD, NEW_PASSWORD);
      assert.equal(r.statusCode, 200);
      assert.equal(r.json().data.user.mustChangePassword, false);
      assert.equal(r.json().data.csrfToken, user.headers['x-csrf-token']);
      const here = await api.app.inject({ url: '/api/v1/auth/me', headers: user.headers });
      assert.equal(here.json().data.user.username, 'sara');
      const there = await api.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `sdg_session=${other.token}` } });
      assert.equal(there.json().data.user, null);
      const login = await api.app.inject({
        method: 'POST', url: '/api/v1/auth/login', headers: { 'x-csrf-token': 'x' }, payload: { username: 'sara', password: NEW_PASSWORD },
      });
      assert.equal(login.statusCode, 200);
      const [event] = await listAudit(api.store.db, { action: 'user.password_change', entityId: String(user.userId) });
      assert.deepEqual([event?.oldValue, event?.newValue], [{ mustChangePassword: true }, { mustChangePassword: false }]);
    });

    it('refuses a wrong current password, a short new one and an unchanged one with 400 naming the field', async () => {
      const user = await signIn(api.store.db, 'viewer');
      const wrong = await change(user.headers, 'not my password', NEW_PASSWORD);
      assert.deepEqual(wrong.json().error, { code: 'BAD_PARAMETER', message: 'parameter currentPassword: does not match the current password', statusCode: 400 });
      const short = await change(user.headers, TEST_PASSWORD, 'short');
      assert.equal(short.json().error.message, 'parameter newPassword: must have at least 12 characters');
      const same = await change(user.headers, TEST_PASSWORD, TEST_PASSWORD);
      assert.equal(same.json().error.message, 'parameter newPassword: must differ from the current password');
    });

    it('a user who must change the password gets 403 on other state-changing routes until it is changed', async () => {
      const user = await signIn(api.store.db, 'admin', [], 'amal');
      await api.store.db.updateTable('users').set({ must_change_password: 1 }).where('id', '=', user.userId).execute();
      const create = () => api.app.inject({
        method: 'POST', url: '/api/v1/users', headers: user.headers,
        payload: { username: 'nadia', displayName: 'Nadia', role: 'viewer', organisations: [], password: NEW_PASSWORD },
      });
      const refused = await create();
      assert.equal(refused.statusCode, 403);
      assert.match(refused.json().error.message, /change your password first/);
      assert.equal((await change(user.headers, TEST_PASSWORD, NEW_PASSWORD)).statusCode, 200);
      assert.equal((await create()).statusCode, 201);
    });

    it('needs a session (401) and the CSRF header (403)', async () => {
      const anonymous = await change({ 'x-csrf-token': 'x' }, TEST_PASSWORD, NEW_PASSWORD);
      assert.equal(anonymous.statusCode, 401);
      const user = await signIn(api.store.db, 'viewer');
      const noCsrf = await change({ cookie: user.headers.cookie! }, TEST_PASSWORD, NEW_PASSWORD);
      assert.equal(noCsrf.json().error.code, 'CSRF_FAILED');
    });
  });
}
