import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { answer, apiSuite } from '../support/api-suite.ts';
import type { SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { entry, seedWorkflow, workflowUser } from '../workflow/submissions/workflow-seed.ts';

/** The years after 2021 that have ended by now, as the grid offers them as empty columns. */
function missingYears(): string[] {
  const out: string[] = [];
  for (let y = 2022; y < new Date().getUTCFullYear() && out.length < 12; y++) out.push(String(y));
  return out;
}

for (const dialect of STORE_DIALECTS) {
  describe(`GET /indicators/{code}/grid on ${dialect}`, dialectOptions(dialect), () => {
    let provider: SignedIn;
    let reviewer: SignedIn;
    const api = apiSuite(dialect, (store) => seedWorkflow(store, { framework: true }));
    before(async () => {
      provider = (await workflowUser(api.store, 'provider', ['MOHFW'])).signed;
      reviewer = (await workflowUser(api.store, 'reviewer')).signed;
    });

    const grid = (who: SignedIn, query = '') => answer(api.app, { url: `/api/v1/indicators/3.2.1/grid${query}`, headers: who.headers });

    it('answers the published values per area × sex (total first) and period, the missing years as empty columns, and no submission', async () => {
      const { status, body } = await grid(provider);
      assert.equal(status, 200);
      const g = body.data;
      assert.deepEqual(g.indicator.id, '3.2.1');
      assert.deepEqual(g.series, [{ code: 'SH_DYN_MORT', name: 'Under-five mortality rate', units: ['PER_1000_LIVE_BIRTHS'] }]);
      assert.deepEqual(g.selected, { series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS' });
      assert.deepEqual([g.submission, g.canEdit, g.locks], [null, true, []]);
      assert.deepEqual(g.periods, ['2020', '2021', ...missingYears()]);
      assert.deepEqual(g.rows.map((r: { key: string; areaName: string; dimensions: object }) => [r.key, r.areaName, r.dimensions]), [
        ['050||SEX=_T|', 'Bangladesh', { SEX: '_T' }], ['050||SEX=F|', 'Bangladesh', { SEX: 'F' }], ['050||SEX=M|', 'Bangladesh', { SEX: 'M' }],
      ]);
      const female2021 = g.rows[1].cells['2021'];
      assert.deepEqual({ ...female2021, published: { ...female2021.published, observationId: 0 } }, {
        published: { observationId: 0, value: 25.2, unitMult: null, attributes: {}, validFrom: '2026-01-01T00:00:00.000Z' }, draft: null, locked: false,
      });
    });

    it('shows a draft value beside the published one with its revision, and a new row for a new area', async () => {
      const opened = await api.app.inject({ method: 'POST', url: '/api/v1/indicators/3.2.1/submission', headers: provider.headers, payload: {} });
      const id = opened.json().data.id;
      await api.app.inject({ method: 'PUT', url: `/api/v1/submissions/${id}/changes`, headers: provider.headers,
        payload: { changes: [entry({ sex: 'F', value: 25.0 }), { ...entry({ value: 31.9 }), area: 'BD-C' }] } });
      const g = (await grid(provider)).body.data;
      assert.equal(g.submission.id, id);
      assert.equal(g.submission.changeCount, 2);
      const female = g.rows.find((r: { key: string }) => r.key === '050||SEX=F|');
      assert.deepEqual([female.cells['2021'].published.value, female.cells['2021'].draft.value, female.cells['2021'].draft.revision, female.cells['2021'].draft.op],
        [25.2, 25.0, 1, 'upsert']);
      const dhaka = g.rows.find((r: { area: string }) => r.area === 'BD-C');
      assert.deepEqual([dhaka.areaName, dhaka.cells['2021'].published, dhaka.cells['2021'].draft.value], ['Dhaka', null, 31.9]);
    });

    it('a reviewer reads the grid but may not edit; an unknown series is 400 naming the indicator\'s series', async () => {
      assert.equal((await grid(reviewer)).body.data.canEdit, false);
      const bad = await grid(provider, '?series=SE_TOT_CPLR');
      assert.deepEqual([bad.status, bad.body.error.message],
        [400, 'parameter series: "SE_TOT_CPLR" is not a series of indicator 3.2.1 (its series: SH_DYN_MORT)']);
    });
  });
}
