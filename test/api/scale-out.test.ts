import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/index.ts';
import { signIn, TEST_PASSWORD } from '../support/auth.ts';
import { call, logIn, type HttpSession } from '../support/http-client.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { freshStore, postgresUnavailable } from '../support/stores.ts';
import { INDICATOR, RESPONSIBLE_ORG, seedWorkflowData, valueEntry } from '../support/workflow-seed.ts';

/**
 * Two real server processes over one PostgreSQL database, as behind a load balancer: nothing of a session, a draft,
 * a conflict or a log-in count may live in one process (docs/decisions/0004-data-governance.md).
 */

const TOTAL_2021 = `/api/v1/indicators/${INDICATOR}/observations?SEX=_T&from=2021&to=2021`;

describe('two server processes sharing one PostgreSQL database', { skip: postgresUnavailable() ?? false }, () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let one: ServerProcess;
  let two: ServerProcess;

  before(async () => {
    const fresh = await freshStore('postgres');
    ({ store, dispose } = fresh);
    await seedWorkflowData(store);
    await signIn(store.db, 'provider', [RESPONSIBLE_ORG], 'scale-provider');
    await signIn(store.db, 'reviewer', [], 'scale-reviewer');
    await signIn(store.db, 'viewer', [], 'scale-lockout');
    [one, two] = await Promise.all([startServer(fresh.url), startServer(fresh.url)]);
  });

  after(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await dispose?.();
  });

  /** Logs in through one process and answers the session; fails with the answer when refused. */
  const session = async (server: ServerProcess, username: string): Promise<HttpSession> => {
    const r = await logIn(server.base, username, TEST_PASSWORD);
    assert.ok(r.session, `log-in of ${username}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.session;
  };
  const ok = (r: { status: number; body: unknown }, what: string): any => {
    assert.ok(r.status >= 200 && r.status < 300, `${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return (r.body as { data: unknown }).data;
  };

  it('a session opened through one process works on the other; a value saved, submitted and approved across both is public on both, the old one as of before', async () => {
    const provider = await session(one, 'scale-provider');
    for (const server of [one, two]) {
      const me = await call(server.base, 'GET', '/api/v1/auth/me', { session: provider });
      assert.equal(me.body.data.user.username, 'scale-provider');
    }
    const opened = ok(await call(two.base, 'POST', `/api/v1/indicators/${INDICATOR}/submission`, { session: provider, body: {} }), 'open');
    const saved = ok(await call(two.base, 'PUT', `/api/v1/submissions/${opened.id}/changes`, { session: provider, body: { changes: [valueEntry('2021', 26.9)] } }), 'save');
    ok(await call(two.base, 'POST', `/api/v1/submissions/${opened.id}/submit`, { session: provider, body: { revision: saved.submission.revision } }), 'submit');

    const reviewer = await session(two, 'scale-reviewer');
    const queued = ok(await call(one.base, 'GET', `/api/v1/submissions/${opened.id}`, { session: reviewer }), 'read');
    assert.equal(queued.state, 'submitted');
    const beforeApproval = new Date(Date.now() - 1).toISOString();
    const approved = ok(await call(one.base, 'POST', `/api/v1/submissions/${opened.id}/approve`, { session: reviewer, body: { revision: queued.revision } }), 'approve');
    assert.equal(approved.state, 'approved');

    for (const [name, server] of [['first', one], ['second', two]] as const) {
      const now = await call(server.base, 'GET', TOTAL_2021);
      assert.deepEqual(now.body.data.map((o: { value: number }) => o.value), [26.9], `${name} process, now`);
      const then = await call(server.base, 'GET', `${TOTAL_2021}&asOf=${encodeURIComponent(beforeApproval)}`);
      assert.deepEqual([then.status, then.body.data?.map((o: { value: number }) => o.value)], [200, [27.3]], `${name} process, as of ${beforeApproval}`);
    }
  });

  it('a save naming a revision another process has moved on answers 409 CONFLICT with the current value', async () => {
    const provider = await session(two, 'scale-provider');
    const opened = ok(await call(one.base, 'POST', `/api/v1/indicators/${INDICATOR}/submission`, { session: provider, body: {} }), 'open');
    const first = ok(await call(one.base, 'PUT', `/api/v1/submissions/${opened.id}/changes`, { session: provider, body: { changes: [valueEntry('2022', 25.9, 0)] } }), 'first save');
    assert.equal(first.changes[0].revision, 1);
    const stale = await call(two.base, 'PUT', `/api/v1/submissions/${opened.id}/changes`, { session: provider, body: { changes: [valueEntry('2022', 25.4, 0)] } });
    assert.equal(stale.status, 409, JSON.stringify(stale.body));
    assert.equal(stale.body.error.code, 'CONFLICT');
    assert.deepEqual(
      { value: stale.body.error.details.current.value, revision: stale.body.error.details.current.revision, by: stale.body.error.details.current.updatedBy },
      { value: 25.9, revision: 1, by: 'scale-provider' },
    );
    const kept = ok(await call(one.base, 'GET', `/api/v1/submissions/${opened.id}`, { session: provider }), 'read');
    assert.deepEqual(kept.changes.map((c: { timePeriod: string; new: { value: number } }) => [c.timePeriod, c.new.value]), [['2022', 25.9]]);
  });

  it('log-in failures counted through both processes lock the account after the fifth, also for the right password', async () => {
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await logIn((i % 2 === 0 ? one : two).base, 'scale-lockout', 'not the password at all');
      answers.push(`${r.status} ${r.body.error.code}`);
    }
    assert.deepEqual(answers, ['401 BAD_CREDENTIALS', '401 BAD_CREDENTIALS', '401 BAD_CREDENTIALS', '401 BAD_CREDENTIALS', '423 ACCOUNT_LOCKED']);
    for (const server of [one, two]) {
      const r = await logIn(server.base, 'scale-lockout', TEST_PASSWORD);
      assert.deepEqual([r.status, r.body.error.code, r.session], [423, 'ACCOUNT_LOCKED', null]);
      assert.ok(Date.parse(r.body.error.details.lockedUntil) > Date.now() + 14 * 60_000, r.body.error.details.lockedUntil);
    }
    const row = await store.db.selectFrom('users').select(['failed_logins', 'locked_until']).where('username', '=', 'scale-lockout').executeTakeFirstOrThrow();
    assert.ok(row.locked_until !== null);
  });
});
