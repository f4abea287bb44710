import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import { setUpCountry } from '../../../src/cli/set-up-country.ts';
import { importSdmx } from '../../../src/ingest/sdmx/index.ts';
import type { Store } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { STRUCTURE_SPECIFIC_SAMPLE } from './rwanda-store.ts';

const work = mkdtempSync(join(tmpdir(), 'sdg-sdmx-spaces-'));
after(() => rmSync(work, { recursive: true, force: true }));

for (const dialect of STORE_DIALECTS) {
  describe(`importSdmx of free-text attributes with spaces around them on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await prepareStore(store);
      await setUpCountry(store, 'GBR');
    });
    after(async () => dispose?.());

    it('stores SOURCE_DETAIL=" PARIS21" (as NISR\'s Rwanda data writes it) as "PARIS21", so the Open SDG export can write it back', async () => {
      const text = readFileSync(STRUCTURE_SPECIFIC_SAMPLE, 'utf8').replace(/<Obs /g, '<Obs SOURCE_DETAIL=" PARIS21" ');
      const path = join(work, 'spaces.xml');
      writeFileSync(path, text);
      const report = await importSdmx(store, path, { sourceKey: 'spaces' });
      assert.equal(report.rowsStored, 6);
      const rows = await store.db.selectFrom('observations').innerJoin('data_sources', 'data_sources.id', 'observations.source_id')
        .select('attributes').where('data_sources.key', '=', 'spaces').execute();
      assert.deepEqual([...new Set(rows.map((r) => r.attributes))], ['{"SOURCE_DETAIL":"PARIS21"}']);
    });
  });
}
