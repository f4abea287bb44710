import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { recordAudit } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

/** A new account's password, good enough for the password rule. */
const PASSWORD = 'a long enough passphrase 2026';

for (const dialect of STORE_DIALECTS) {
  describe(`GET /audit keeps accounts and personal fields to admins on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect);
    let admin: SignedIn;
    let reviewer: SignedIn;
    let viewer: SignedIn;

    /** Account events (a new account with an e-mail, a log-in and a failed log-in from 10.9.8.7) and data events. */
    before(async () => {
      admin = await signIn(api.store.db, 'admin');
      reviewer = await signIn(api.store.db, 'reviewer');
      viewer = await signIn(api.store.db, 'viewer');
      const created = await api.app.inject({
        method: 'POST', url: '/api/v1/users', headers: admin.headers,
        payload: { username: 'farhana', displayName: 'Farhana Akter', email: 'farhana@example.gov.bd', role: 'viewer', password: PASSWORD },
      });
      assert.equal(created.statusCode, 201);
      for (const password of [PASSWORD, 'wrong password']) {
        await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.9.8.7', headers: { 'x-csrf-token': 'x' }, payload: { username: 'farhana', password } });
      }
      const organisation = await api.app.inject({
        method: 'POST', url: '/api/v1/organisations', headers: admin.headers, payload: { id: 'BBS', parent: null, name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office' },
      });
      assert.equal(organisation.statusCode, 201);
      await recordAudit(api.store.db, [{
        at: '2026-11-29T10:00:00.000Z', userId: reviewer.userId, action: 'submission.approve', entity: 'submission', entityId: '7', submissionId: 7,
        newValue: { state: 'approved', reviewedFrom: { ip: '10.9.8.6', email: 'reviewer@example.gov.bd' } }, comment: 'checked against the survey report',
      }]);
    });

    const audit = async (who: SignedIn, query = ''): Promise<{ status: number; body: any }> =>
      answer(api.app, { url: `/api/v1/audit?limit=1000${query}`, headers: who.headers });

    it('GET /audit answers an admin every event, log-ins with their address and accounts with their e-mail', async () => {
      const { status, body } = await audit(admin);
      assert.equal(status, 200);
      const actions = body.data.map((e: { action: string }) => e.action);
      assert.deepEqual(actions, ['user.create', 'user.login', 'user.login_failed', 'organisation.create', 'submission.approve']);
      assert.equal(body.page.total, 5);
      assert.equal(body.data[0].new.email, 'farhana@example.gov.bd');
      assert.deepEqual([body.data[1].new, body.data[2].new], [{ ip: '10.9.8.7' }, { ip: '10.9.8.7', reason: 'wrong_password' }]);
      assert.deepEqual(body.data[4].new.reviewedFrom, { ip: '10.9.8.6', email: 'reviewer@example.gov.bd' });
    });

    for (const role of ['reviewer', 'viewer'] as const) {
      it(`GET /audit answers a ${role} the data and submission events only, without addresses or e-mails`, async () => {
        const { status, body } = await audit(role === 'reviewer' ? reviewer : viewer);
        assert.equal(status, 200);
        assert.deepEqual(body.data.map((e: { action: string }) => e.action), ['organisation.create', 'submission.approve']);
        assert.equal(body.page.total, 2);
        assert.deepEqual(body.data[1].new, { state: 'approved', reviewedFrom: {} });
        assert.equal(body.data[1].comment, 'checked against the survey report');
        assert.doesNotMatch(JSON.stringify(body), /10\.9\.8|@example|farhana/);
      });
    }

    it('GET /audit?entity=user and ?action=user. answer a viewer an empty list, an admin the account events', async () => {
      for (const query of ['&entity=user', '&action=user.', '&action=user.login']) {
        const shared = await audit(viewer, query);
        assert.deepEqual([shared.status, shared.body.data, shared.body.page.total], [200, [], 0], query);
        assert.ok((await audit(admin, query)).body.data.length > 0, query);
      }
    });

    it('GET /audit stays closed to providers (403) and anonymous callers (401)', async () => {
      const provider = await signIn(api.store.db, 'provider');
      assert.equal((await audit(provider)).status, 403);
      assert.equal((await answer(api.app, '/api/v1/audit')).status, 401);
    });
  });
}
