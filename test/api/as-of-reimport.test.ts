import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { importOpenSdg } from '../../src/ingest/opensdg/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

const CAN = join(import.meta.dirname, '..', 'fixtures', 'opensdg', 'CAN');
const FILE = join('data', 'indicator_2-1-1.csv');

/**
 * `asOf` across re-imports of Canada's Open SDG data (2.1.1, prevalence of undernourishment, percent): a second
 * import that revises 2023 from 2.5 to 2.7 moves the first import's rows to the published history.
 */
for (const dialect of STORE_DIALECTS) {
  describe(`GET /indicators/{code}/observations?asOf= across re-imports on ${dialect}`, dialectOptions(dialect), () => {
    let folder: string;
    let viewer: SignedIn;
    const moments: Record<'beforeFirst' | 'betweenImports' | 'afterSecond', string> = { beforeFirst: '', betweenImports: '', afterSecond: '' };
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      folder = mkdtempSync(join(tmpdir(), 'sdg-asof-'));
      cpSync(CAN, folder, { recursive: true });
      moments.beforeFirst = new Date().toISOString();
      await sleep(5);
      await importOpenSdg(store, folder, { countryArea: '124', sourceKey: 'opensdg:canada' });
      await sleep(5);
      moments.betweenImports = new Date().toISOString();
      await sleep(5);
      const path = join(folder, FILE);
      writeFileSync(path, readFileSync(path, 'utf8').replace('"2023","Percentage (%)",2.5', '"2023","Percentage (%)",2.7'));
      await importOpenSdg(store, folder, { countryArea: '124', sourceKey: 'opensdg:canada' });
      moments.afterSecond = new Date().toISOString();
    });
    before(async () => { viewer = await signIn(api.store.db, 'viewer'); });
    after(() => rmSync(folder, { recursive: true, force: true }));

    const values = async (query = '') => {
      const r = await api.app.inject(`/api/v1/indicators/2.1.1/observations?from=2021${query}`);
      assert.equal(r.statusCode, 200, r.body);
      return (r.json().data as { timePeriod: string; value: number }[]).map((o) => `${o.timePeriod} ${o.value}`);
    };

    it('answers the second import now and at a moment after it', async () => {
      assert.deepEqual(await values(), ['2021 2.5', '2022 2.5', '2023 2.7']);
      assert.deepEqual(await values(`&asOf=${encodeURIComponent(moments.afterSecond)}`), ['2021 2.5', '2022 2.5', '2023 2.7']);
    });

    it('answers the first import between the two, and nothing before the first', async () => {
      assert.deepEqual(await values(`&asOf=${encodeURIComponent(moments.betweenImports)}`), ['2021 2.5', '2022 2.5', '2023 2.5']);
      assert.deepEqual(await values(`&asOf=${encodeURIComponent(moments.beforeFirst)}`), []);
    });

    it('GET /observations/{id}/history of the revised value lists both imports, the first one public until the second', async () => {
      const rows = await api.store.db.selectFrom('observations').select('id').where('series_code', '=', '2.1.1').where('time_period', '=', '2023').execute();
      const r = await api.app.inject({ url: `/api/v1/observations/${rows[0]!.id}/history`, headers: viewer.headers });
      const versions = r.json().data.versions as { value: number; validFrom: string; validTo: string | null }[];
      assert.deepEqual(versions.map((v) => v.value), [2.5, 2.7]);
      assert.equal(versions[0]!.validTo, versions[1]!.validFrom);
      assert.ok(moments.betweenImports < versions[1]!.validFrom && versions[1]!.validFrom < moments.afterSecond);
      assert.equal(versions[1]!.validTo, null);
    });
  });
}
