import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openStore, type Store } from '../../src/store/index.ts';
import { buildApp } from '../../src/api/app.ts';
import type { FastifyInstance } from 'fastify';
import { apiSuite } from '../support/api-suite.ts';
import type { SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { entry, seedWorkflow, workflowUser } from '../workflow/submissions/workflow-seed.ts';

/**
 * Two servers on one database (two apps, each with its own connection pool), as behind a load balancer: no state
 * lives in a process, so two providers who open the indicator at once get one submission, and two saves of the same
 * value from the same revision give one success and one 409 CONFLICT.
 */
for (const dialect of STORE_DIALECTS) {
  describe(`submissions across two servers on ${dialect}`, dialectOptions(dialect), () => {
    let second: Store;
    let apps: FastifyInstance[];
    let health: SignedIn;
    let statistics: SignedIn;
    // Registered before the suite's own teardown, so the second server and its connection close before the store goes.
    after(async () => { await apps[1]?.close(); await second?.close(); });
    const api = apiSuite(dialect, (store) => seedWorkflow(store, { framework: true }));
    before(async () => {
      second = openStore(api.url);
      apps = [api.app, await buildApp({ store: second, config: { logLevel: 'silent', webRoot: '/nonexistent' } })];
      health = (await workflowUser(api.store, 'provider', ['MOHFW'])).signed;
      statistics = (await workflowUser(api.store, 'provider', ['BBS'])).signed;
    });

    it('two providers opening 3.2.1 at the same moment on two servers get the same submission', async () => {
      const answers = await Promise.all([health, statistics].map((who, i) =>
        apps[i]!.inject({ method: 'POST', url: '/api/v1/indicators/3.2.1/submission', headers: who.headers, payload: {} })));
      assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 201]);
      assert.equal(answers[0]!.json().data.id, answers[1]!.json().data.id);
      const rows = await api.store.db.selectFrom('submissions').select('id').execute();
      assert.equal(rows.length, 1);
    });

    it('two saves of the same new value from revision 0 at the same moment: one is saved, the other gets 409 with its value', async () => {
      const [{ id }] = await api.store.db.selectFrom('submissions').select('id').execute() as [{ id: number }];
      const answers = await Promise.all([[health, 26.1], [statistics, 26.4]].map(([who, value], i) =>
        apps[i]!.inject({ method: 'PUT', url: `/api/v1/submissions/${id}/changes`, headers: (who as SignedIn).headers,
          payload: { changes: [entry({ timePeriod: '2022', value: value as number })] } })));
      assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 409]);
      const winner = answers.find((a) => a.statusCode === 200)!.json().data.changes[0];
      const loser = answers.find((a) => a.statusCode === 409)!.json().error;
      assert.equal(loser.code, 'CONFLICT');
      assert.deepEqual([loser.details.current.value, loser.details.current.revision], [winner.value, 1]);
      const stored = await api.store.db.selectFrom('submission_changes').select(['value', 'revision']).execute();
      assert.deepEqual(stored.map((r) => [Number(r.value), r.revision]), [[winner.value, 1]]);
    });
  });
}
