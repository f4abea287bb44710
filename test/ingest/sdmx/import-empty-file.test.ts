import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import { setUpCountry } from '../../../src/cli/set-up-country.ts';
import { ImportError } from '../../../src/ingest/reject-report.ts';
import { importSdmx } from '../../../src/ingest/sdmx/index.ts';
import type { Store } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { GENERIC_SAMPLE } from './rwanda-store.ts';

const work = mkdtempSync(join(tmpdir(), 'sdg-sdmx-empty-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Observations stored under one source key. */
async function countOf(store: Store, key: string): Promise<number> {
  const rows = await store.db.selectFrom('observations').innerJoin('data_sources', 'data_sources.id', 'observations.source_id')
    .select('observations.id').where('data_sources.key', '=', key).execute();
  return rows.length;
}

for (const dialect of STORE_DIALECTS) {
  describe(`importSdmx of an empty or cut-off file on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await prepareStore(store);
      await setUpCountry(store, 'GBR');
      const report = await importSdmx(store, GENERIC_SAMPLE, { sourceKey: 'sample' });
      assert.equal(report.rowsStored, 6);
    });
    after(async () => dispose?.());

    for (const [name, text] of [['empty', ''], ['a byte-order mark and blank lines', '\uFEFF\n \n']] as const) {
      it(`importSdmx of ${name} throws "the file is empty" and leaves the source's six observations`, async () => {
        const path = join(work, `${name.replace(/\W+/g, '-')}.xml`);
        writeFileSync(path, text);
        await assert.rejects(importSdmx(store, path, { sourceKey: 'sample' }), (e: unknown) =>
          e instanceof ImportError && /the file is empty: neither an SDMX-ML message nor SDMX-CSV$/.test(e.message));
        assert.equal(await countOf(store, 'sample'), 6);
      });
    }

    it('importSdmx of the sample cut off in the middle throws on the XML and leaves the six observations', async () => {
      const text = readFileSync(GENERIC_SAMPLE, 'utf8');
      const path = join(work, 'cut.xml');
      writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
      await assert.rejects(importSdmx(store, path, { sourceKey: 'sample' }), /not well-formed XML/);
      assert.equal(await countOf(store, 'sample'), 6);
    });
  });
}
