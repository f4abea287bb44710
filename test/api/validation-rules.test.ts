import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { listAudit } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { seedValidationData } from '../workflow/validation/seed.ts';

const BUILT_IN_NUMERIC = {
  id: null, indicatorId: '3.2.1', kind: 'numeric', severity: 'error', series: null, unit: null, unitKind: null, params: {},
  builtIn: true, createdAt: null, updatedAt: null,
};
const BUILT_IN_PERCENT = {
  ...BUILT_IN_NUMERIC, kind: 'range', severity: 'warning', unitKind: 'percent', params: { min: 0, max: 100 },
};

for (const dialect of STORE_DIALECTS) {
  describe(`validation rule routes on ${dialect}`, dialectOptions(dialect), () => {
    let admin: SignedIn;
    let provider: SignedIn;
    const api = apiSuite(dialect, (store) => seedValidationData(store));
    before(async () => {
      admin = await signIn(api.store.db, 'admin');
      provider = await signIn(api.store.db, 'provider');
    });

    const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: SignedIn | null, payload?: unknown) => answer(api.app, {
      method, url: `/api/v1${url}`, headers: who?.headers ?? { 'x-csrf-token': 'anonymous' }, ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const range = { indicatorId: '3.2.1', kind: 'range', severity: 'error', series: 'SH_DYN_MORT', unit: null, params: { min: 0, max: 1000 } };

    it('GET /indicators/3.2.1/validation-rules lists only the built-in rules of an indicator without rules', async () => {
      const { status, body } = await call('GET', '/indicators/3.2.1/validation-rules', provider);
      assert.equal(status, 200);
      assert.deepEqual(body.data, [BUILT_IN_NUMERIC, BUILT_IN_PERCENT]);
    });

    it('refuses anonymous reads and writes (401) and a provider\'s writes (403)', async () => {
      const anonymousRead = await call('GET', '/indicators/3.2.1/validation-rules', null);
      assert.deepEqual([anonymousRead.status, anonymousRead.body.error.code], [401, 'UNAUTHENTICATED']);
      const anonymousWrite = await call('POST', '/validation-rules', null, range);
      assert.deepEqual([anonymousWrite.status, anonymousWrite.body.error.code], [401, 'UNAUTHENTICATED']);
      const byProvider = await call('POST', '/validation-rules', provider, range);
      assert.deepEqual(byProvider, { status: 403, body: { error: {
        code: 'FORBIDDEN', message: `this needs the role admin; ${provider.username} is provider`, statusCode: 403,
      } } });
      assert.equal((await call('PUT', '/validation-rules/1', provider, range)).status, 403);
      assert.equal((await call('DELETE', '/validation-rules/1', provider)).status, 403);
    });

    it('POST /validation-rules creates a rule (201), audits it, and the percentage default gives way', async () => {
      const { status, body } = await call('POST', '/validation-rules', admin, { ...range, indicatorId: '3.2.1' });
      assert.equal(status, 201);
      const { createdAt, updatedAt, ...rule } = body.data;
      assert.deepEqual(rule, {
        id: 1, indicatorId: '3.2.1', kind: 'range', severity: 'error', series: 'SH_DYN_MORT', unit: null, unitKind: null,
        params: { min: 0, max: 1000 }, builtIn: false,
      });
      assert.match(createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.equal(updatedAt, createdAt);
      const [event] = await listAudit(api.store.db, { entity: 'validation_rule', entityId: '1' });
      assert.deepEqual([event?.action, event?.userId, event?.oldValue, event?.newValue], ['validation_rule.create', admin.userId, null, {
        indicatorId: '3.2.1', kind: 'range', severity: 'error', series: 'SH_DYN_MORT', unit: null, params: { min: 0, max: 1000 },
      }]);
      const list = await call('GET', '/indicators/3.2.1/validation-rules', provider);
      assert.deepEqual(list.body.data.map((r: { id: number | null; kind: string }) => [r.id, r.kind]), [[1, 'range'], [null, 'numeric']]);
    });

    it('POST /validation-rules takes a listing code and fills in parts_sum\'s tolerance', async () => {
      const { status, body } = await call('POST', '/validation-rules', admin, {
        indicatorId: '11.5.1', kind: 'parts_sum', severity: 'error', params: { dimension: 'SEX' },
      });
      assert.equal(status, 201);
      assert.deepEqual([body.data.indicatorId, body.data.series, body.data.params], ['1.5.1', null, { dimension: 'SEX', tolerance: 0 }]);
    });

    it('answers 400 naming the parameter for bad params, an unknown series, indicator or kind', async () => {
      const cases: [unknown, string][] = [
        [{ ...range, params: { min: 5, max: 1 } }, 'parameter params.max: must not be below min'],
        [{ ...range, params: { min: 'zero' } }, 'parameter params.min: Invalid input: expected number, received string'],
        [{ ...range, params: { minimum: 0 } }, 'parameter minimum: unknown parameter'],
        [{ ...range, kind: 'yoy_change', params: {} }, 'parameter params.maxPercent: Invalid input: expected number, received undefined'],
        [{ ...range, series: 'SI_POV_DAY1' }, 'parameter series: "SI_POV_DAY1" is not a series of indicator 3.2.1 (its series: SH_DYN_MORT)'],
        [{ ...range, indicatorId: '99.9.9' }, 'parameter indicatorId: there is no indicator "99.9.9"'],
      ];
      for (const [payload, message] of cases) {
        const { status, body } = await call('POST', '/validation-rules', admin, payload);
        assert.deepEqual([status, body.error.code, body.error.message], [400, 'BAD_PARAMETER', message], JSON.stringify(payload));
      }
      const kind = await call('POST', '/validation-rules', admin, { ...range, kind: 'ratio' });
      assert.deepEqual([kind.status, kind.body.error.message.startsWith('parameter kind: ')], [400, true]);
    });

    it('PUT /validation-rules/1 replaces severity and params and audits old and new', async () => {
      const { status, body } = await call('PUT', '/validation-rules/1', admin, { ...range, severity: 'warning', params: { max: 500 } });
      assert.equal(status, 200);
      assert.deepEqual([body.data.id, body.data.severity, body.data.params, body.data.series], [1, 'warning', { max: 500 }, 'SH_DYN_MORT']);
      const events = await listAudit(api.store.db, { entity: 'validation_rule', entityId: '1', action: 'validation_rule.update' });
      assert.deepEqual(events.map((e) => [(e.oldValue as { severity: string }).severity, (e.newValue as { params: unknown }).params]), [['error', { max: 500 }]]);
    });

    it('PUT refuses another indicator (400) and an unknown rule (404)', async () => {
      const moved = await call('PUT', '/validation-rules/1', admin, { ...range, indicatorId: '17.19.2', series: null });
      assert.deepEqual([moved.status, moved.body.error.message], [400, 'parameter indicatorId: rule 1 belongs to indicator 3.2.1; add a new rule to "17.19.2" instead']);
      const missing = await call('PUT', '/validation-rules/999', admin, range);
      assert.deepEqual([missing.status, missing.body.error.message], [404, 'no validation rule "999"']);
    });

    it('DELETE /validation-rules/1 answers 204, audits the old rule, brings the default back, then 404', async () => {
      const { status, body } = await call('DELETE', '/validation-rules/1', admin);
      assert.deepEqual([status, body], [204, null]);
      const [event] = await listAudit(api.store.db, { entity: 'validation_rule', entityId: '1', action: 'validation_rule.delete' });
      assert.deepEqual([event?.oldValue, event?.newValue], [{
        indicatorId: '3.2.1', kind: 'range', severity: 'warning', series: 'SH_DYN_MORT', unit: null, params: { max: 500 },
      }, null]);
      assert.deepEqual((await call('GET', '/indicators/3.2.1/validation-rules', admin)).body.data, [BUILT_IN_NUMERIC, BUILT_IN_PERCENT]);
      assert.equal((await call('DELETE', '/validation-rules/1', admin)).status, 404);
    });

    it('GET for an unknown indicator answers 404', async () => {
      const { status, body } = await call('GET', '/indicators/99.9.9/validation-rules', provider);
      assert.deepEqual([status, body.error.message], [404, 'no indicator "99.9.9"']);
    });
  });
}
