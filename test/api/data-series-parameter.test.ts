import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer, apiSuite } from '../support/api-suite.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { seedWorkflow } from '../workflow/submissions/workflow-seed.ts';

for (const dialect of STORE_DIALECTS) {
  describe(`GET /data?series= on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, (store) => seedWorkflow(store, { framework: true }));

    it('answers 400 naming an unknown series, as /indicators/{code}/observations does, instead of an empty file', async () => {
      const all = await answer(api.app, '/api/v1/data?format=sdmx-csv&series=NOPE');
      assert.deepEqual([all.status, all.body.error.message], [400, 'parameter series: "NOPE" is not a series of an indicator with data']);
      const other = await answer(api.app, '/api/v1/data?format=csv&indicator=1.1.1&series=SH_DYN_MORT');
      assert.equal(other.status, 400);
      assert.equal(other.body.error.message, 'parameter series: "SH_DYN_MORT" is not a series of indicator 1.1.1');
    });

    it('answers the series\'s rows when it is one of the indicator\'s', async () => {
      const r = await api.app.inject('/api/v1/data?format=sdmx-csv&indicator=3.2.1&series=SH_DYN_MORT');
      assert.equal(r.statusCode, 200);
      const rows = r.body.trim().split('\n').slice(1);
      assert.ok(rows.length > 0 && rows.every((row) => row.split(',')[3] === 'SH_DYN_MORT'), r.body);
    });
  });
}
