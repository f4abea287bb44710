import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { findUser } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { signIn, TEST_PASSWORD } from '../support/auth.ts';
import { parseRouteTree, stateChangingRoutes } from '../support/registered-routes.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { CALLER_ACCOUNTS, CALLERS, seedWorkflowData, type Caller } from '../support/workflow-seed.ts';
import { ROUTE_EXPECTATIONS, SIGNED_IN, type Outcome } from '../support/route-expectations.ts';
import { TargetFactory } from '../support/workflow-targets.ts';

/**
 * Every state-changing route the app registers under /api/v1, asked by every kind of caller with a valid CSRF header:
 * the callers the expectation table allows succeed (2xx); anonymous callers get exactly 401, other signed-in callers
 * exactly 403, and a refused request records no audit event. The routes are read from the app itself, so a new route
 * without a line in the table fails here. And every one of them answers 403 CSRF_FAILED to a signed-in user without
 * the session's X-CSRF-Token.
 */

const HAS_PARAMETER = /:([A-Za-z]+)/g;

/** `succeeds for reviewer, admin; 401 for anonymous; 403 for viewer, provider, other-provider`. */
function promiseOf(allowed: readonly Caller[]): string {
  const parts = [`succeeds for ${allowed.length === CALLERS.length ? 'everyone' : allowed.length === SIGNED_IN.length && !allowed.includes('anonymous') ? 'every signed-in caller' : allowed.join(', ')}`];
  if (!allowed.includes('anonymous')) parts.push('401 for anonymous');
  const refused = SIGNED_IN.filter((c) => !allowed.includes(c));
  if (refused.length > 0) parts.push(`403 for ${refused.join(', ')}`);
  return parts.join('; ');
}

for (const dialect of STORE_DIALECTS) {
  describe(`authorization of every state-changing route on ${dialect}`, dialectOptions(dialect), () => {
    let targets: TargetFactory;
    let callers = 0;
    const api = apiSuite(dialect, (store) => seedWorkflowData(store));
    before(async () => {
      const admin = await signIn(api.store.db, 'admin', [], 'matrix-admin');
      targets = new TargetFactory(api.store, (await findUser(api.store.db, admin.userId))!);
    });

    /** How many audit events the store holds: a refused request must add none. */
    const auditEventCount = async (): Promise<number> => {
      const row = await api.store.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    };

    /** A caller signed in anew for one request (so a log-out or password change touches nobody else), or null. */
    const signInAs = async (caller: Caller) => {
      if (caller === 'anonymous') return null;
      const { role, organisations } = CALLER_ACCOUNTS[caller];
      return signIn(api.store.db, role, organisations, `${caller}-${++callers}`);
    };

    it('parses the route tree Fastify prints into one route per method', () => {
      assert.deepEqual(parseRouteTree('├── /api/v1/users (GET, HEAD, POST)\n│   └── /:id (PATCH)\n│       └── /unlock (POST)\n└── * (OPTIONS)\n'), [
        { method: 'GET', url: '/api/v1/users' }, { method: 'HEAD', url: '/api/v1/users' }, { method: 'POST', url: '/api/v1/users' },
        { method: 'PATCH', url: '/api/v1/users/:id' }, { method: 'POST', url: '/api/v1/users/:id/unlock' }, { method: 'OPTIONS', url: '*' },
      ]);
    });

    it('the expectation table names exactly the state-changing routes the app registers under /api/v1', async () => {
      const registered = await stateChangingRoutes(api.app);
      const expected = Object.keys(ROUTE_EXPECTATIONS).sort();
      assert.deepEqual({
        missingFromTable: registered.filter((r) => !expected.includes(r)),
        notRegistered: expected.filter((r) => !registered.includes(r)),
      }, { missingFromTable: [], notRegistered: [] });
    });

    for (const [route, expectation] of Object.entries(ROUTE_EXPECTATIONS).sort(([a], [b]) => a.localeCompare(b))) {
      it(`${route} ${promiseOf(expectation.allowed)}`, async (t) => {
        const [method, pattern] = route.split(' ') as [string, string];
        if (!api.app.hasRoute({ method, url: pattern })) {
          t.skip(`${route} is not registered in this build`);
          return;
        }
        const seen: Record<string, Outcome> = {};
        const want: Record<string, Outcome> = {};
        const answers: string[] = [];
        for (const caller of CALLERS) {
          const who = await signInAs(caller);
          const request = await expectation.request(targets, who);
          const eventsBefore = await auditEventCount();
          const response = await api.app.inject({
            method: method as 'POST', url: request.url, ...(request.payload !== undefined ? { payload: request.payload } : {}),
            headers: { 'x-csrf-token': 'anonymous-client', ...who?.headers, ...request.headers },
          });
          want[caller] = expectation.allowed.includes(caller) ? 'allowed' : caller === 'anonymous' ? 401 : 403;
          seen[caller] = response.statusCode < 300 ? 'allowed' : response.statusCode === 401 || response.statusCode === 403 ? response.statusCode : 'refused otherwise';
          answers.push(`${caller}: ${response.statusCode} ${response.body.slice(0, 300)}`);
          if (seen[caller] !== 'allowed') assert.equal(await auditEventCount(), eventsBefore, `${caller} was refused, yet something was recorded`);
          if (seen[caller] === 403) assert.equal(response.json().error.code, 'FORBIDDEN', `${caller}: ${response.body}`);
          if (seen[caller] === 401) assert.equal(response.json().error.code, 'UNAUTHENTICATED', `${caller}: ${response.body}`);
          await expectation.cleanUp?.(targets);
        }
        assert.deepEqual(seen, want, answers.join('\n'));
      });
    }

    it('every state-changing route answers 403 CSRF_FAILED to a signed-in user without the header, or with another session\'s token', async () => {
      const routes = await stateChangingRoutes(api.app);
      assert.equal(routes.length, Object.keys(ROUTE_EXPECTATIONS).length);
      const admin = (await signInAs('admin'))!;
      const other = (await signInAs('viewer'))!;
      const failures: string[] = [];
      for (const route of routes) {
        const [method, pattern] = route.split(' ') as [string, string];
        const url = pattern.replace(HAS_PARAMETER, (_m, name: string) => (name === 'code' ? '3.2.1' : '1'));
        for (const [what, headers] of [
          ['no header', { cookie: admin.headers.cookie! }],
          ["another session's token", { cookie: admin.headers.cookie!, 'x-csrf-token': other.headers['x-csrf-token']! }],
        ] as const) {
          const r = await api.app.inject({ method: method as 'POST', url, headers, payload: {} });
          const code = r.statusCode === 403 ? r.json().error.code : null;
          if (code !== 'CSRF_FAILED') failures.push(`${route} with ${what}: ${r.statusCode} ${r.body.slice(0, 200)}`);
        }
      }
      assert.deepEqual(failures, []);
      const me = await api.app.inject({ url: '/api/v1/auth/me', headers: { cookie: admin.headers.cookie! } });
      assert.equal(me.json().data.user.username, admin.username, 'the refused requests left the session open');
    });

    it('a log-in answers 403 CSRF_FAILED without the header even with the right password', async () => {
      const { username } = await signIn(api.store.db, 'viewer', [], 'csrf-login-viewer');
      const r = await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
      assert.deepEqual([r.statusCode, r.json().error.code, r.headers['set-cookie']], [403, 'CSRF_FAILED', undefined]);
    });
  });
}
