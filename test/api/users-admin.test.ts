import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { listAudit } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { signIn, TEST_PASSWORD, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

const NEW_PASSWORD = 'correct horse battery';

for (const dialect of STORE_DIALECTS) {
  describe(`/users on ${dialect}`, dialectOptions(dialect), () => {
    let admin: SignedIn;
    const api = apiSuite(dialect, (store) => store.db.insertInto('organisations').values([
      { id: 'BBS', parent_id: null, name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office' },
      { id: 'MOHFW', parent_id: null, name: 'Ministry of Health and Family Welfare', kind: 'ministry' },
    ]).execute());
    before(async () => {
      admin = await signIn(api.store.db, 'admin', [], 'chief');
    });

    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who: SignedIn, payload?: object) =>
      api.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, ...(payload ? { payload } : {}) });
    const login = (username: string, password: string) => api.app.inject({
      method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.9.0.1', headers: { 'x-csrf-token': 'x' }, payload: { username, password },
    });

    it('POST /users creates a provider who must change the password, and GET /users lists public fields only', async () => {
      const r = await call('POST', '/users', admin, {
        username: 'Rahim.Health', displayName: ' Rahim Uddin ', email: 'rahim@example.org', role: 'provider',
        organisations: ['MOHFW'], password: NEW_PASSWORD,
      });
      assert.equal(r.statusCode, 201);
      const created = r.json().data;
      assert.deepEqual(created, {
        id: created.id, username: 'rahim.health', displayName: 'Rahim Uddin', email: 'rahim@example.org', role: 'provider',
        organisations: ['MOHFW'], mustChangePassword: true, disabled: false, lockedUntil: null,
      });
      const list = await call('GET', '/users', admin);
      assert.deepEqual(list.json().data.find((u: { id: number }) => u.id === created.id), created);
      assert.ok(!list.body.includes('argon2'), 'no hash in the list');
      const [event] = await listAudit(api.store.db, { action: 'user.create', entityId: String(created.id) });
      assert.equal(event?.userId, admin.userId);
      assert.deepEqual(event?.newValue, {
        username: 'rahim.health', displayName: 'Rahim Uddin', email: 'rahim@example.org', role: 'provider', organisations: ['MOHFW'], mustChangePassword: true,
      });
      const signedIn = await login('rahim.health', NEW_PASSWORD);
      assert.equal(signedIn.json().data.user.mustChangePassword, true);
    });

    it('POST /users refuses with 400 BAD_PARAMETER naming the field, 409 for a taken name', async () => {
      const base = { username: 'someone', displayName: 'Someone', role: 'provider', organisations: ['BBS'], password: NEW_PASSWORD };
      const cases: [object, number, string][] = [
        [{ organisations: [] }, 400, 'parameter organisations: a provider needs at least one organisation'],
        [{ organisations: ['BBS', 'NOPE'] }, 400, 'parameter organisations: no organisation "NOPE"'],
        [{ password: 'short' }, 400, 'parameter password: must have at least 12 characters'],
        [{ role: 'boss' }, 400, 'parameter role: '],
        [{ email: 'not-an-address' }, 400, 'parameter email: "not-an-address" is not an e-mail address'],
        [{ username: 'has space' }, 400, 'parameter username: "has space" must be 2–64'],
        [{ username: 'chief' }, 409, 'the user name "chief" is taken'],
      ];
      for (const [change, status, message] of cases) {
        const r = await call('POST', '/users', admin, { ...base, ...change });
        assert.equal(r.statusCode, status, JSON.stringify(change));
        assert.ok(r.json().error.message.startsWith(message), r.json().error.message);
      }
      const reviewer = await call('POST', '/users', admin, { ...base, username: 'rev', role: 'reviewer', organisations: [] });
      assert.equal(reviewer.statusCode, 201, 'a reviewer needs no organisation');
    });

    it('answers 403 FORBIDDEN to a non-admin and 401 without a session', async () => {
      const reviewer = await signIn(api.store.db, 'reviewer');
      const r = await call('GET', '/users', reviewer);
      assert.equal(r.statusCode, 403);
      assert.equal(r.json().error.code, 'FORBIDDEN');
      assert.equal((await api.app.inject({ url: '/api/v1/users' })).statusCode, 401);
    });

    it("PATCH /users/{id} with a new role ends that user's sessions and records old and new values", async () => {
      const target = await signIn(api.store.db, 'provider', ['BBS']);
      assert.equal((await api.app.inject({ url: '/api/v1/auth/me', headers: target.headers })).json().data.user.role, 'provider');
      const r = await call('PATCH', `/users/${target.userId}`, admin, { role: 'reviewer', displayName: 'Nadia' });
      assert.equal(r.statusCode, 200);
      assert.equal(r.json().data.role, 'reviewer');
      assert.deepEqual((await api.app.inject({ url: '/api/v1/auth/me', headers: target.headers })).json().data.user, null);
      const [event] = await listAudit(api.store.db, { action: 'user.update', entityId: String(target.userId) });
      assert.deepEqual([event?.oldValue, event?.newValue], [
        { displayName: target.username, role: 'provider' }, { displayName: 'Nadia', role: 'reviewer' },
      ]);
    });

    it('PATCH /users/{id} with only a new name keeps the sessions; disabling ends them and refuses log-in', async () => {
      const target = await signIn(api.store.db, 'viewer');
      await call('PATCH', `/users/${target.userId}`, admin, { displayName: 'Renamed' });
      assert.equal((await api.app.inject({ url: '/api/v1/auth/me', headers: target.headers })).json().data.user.displayName, 'Renamed');
      const r = await call('PATCH', `/users/${target.userId}`, admin, { disabled: true });
      assert.equal(r.json().data.disabled, true);
      assert.equal((await api.app.inject({ url: '/api/v1/auth/me', headers: target.headers })).json().data.user, null);
      assert.equal((await login(target.username, TEST_PASSWORD)).statusCode, 401);
    });

    it('PATCH /users/{id} refuses to demote the last enabled admin and a provider without organisations', async () => {
      const demote = await call('PATCH', `/users/${admin.userId}`, admin, { role: 'viewer' });
      assert.equal(demote.statusCode, 409);
      assert.equal(demote.json().error.code, 'INVALID_STATE');
      const viewer = await signIn(api.store.db, 'viewer');
      const r = await call('PATCH', `/users/${viewer.userId}`, admin, { role: 'provider' });
      assert.equal(r.statusCode, 400);
      assert.equal(r.json().error.message, 'parameter organisations: a provider needs at least one organisation');
      assert.equal((await call('PATCH', '/users/999999', admin, { displayName: 'x' })).statusCode, 404);
    });

    it("POST /users/{id}/password forces a password change and ends the target's sessions", async () => {
      const target = await signIn(api.store.db, 'provider', ['BBS']);
      const r = await call('POST', `/users/${target.userId}/password`, admin, { newPassword: NEW_PASSWORD });
      assert.equal(r.statusCode, 200);
      assert.equal(r.json().data.mustChangePassword, true);
      assert.equal((await api.app.inject({ url: '/api/v1/auth/me', headers: target.headers })).json().data.user, null);
      assert.equal((await login(target.username, TEST_PASSWORD)).statusCode, 401);
      const signedIn = await login(target.username, NEW_PASSWORD);
      assert.equal(signedIn.json().data.user.mustChangePassword, true);
      const [event] = await listAudit(api.store.db, { action: 'user.password_reset', entityId: String(target.userId) });
      assert.deepEqual(event?.newValue, { mustChangePassword: true, lockedUntil: null });
      assert.ok(!JSON.stringify(event).includes('argon2'));
      const short = await call('POST', `/users/${target.userId}/password`, admin, { newPassword: ' padded password ' });
      assert.equal(short.json().error.message, 'parameter newPassword: must not start or end with spaces');
    });
  });
}
