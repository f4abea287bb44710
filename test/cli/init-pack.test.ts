import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { allSettings, type Store } from '../../src/store/index.ts';
import { sdgTracker } from '../support/cli-run.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const RWANDA = new URL('../../datasets/countries/rwa/', import.meta.url).pathname;

for (const dialect of STORE_DIALECTS) {
  describe(`sdg-tracker init --pack on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let url: string;
    let dispose: () => Promise<void>;
    let dir: string;
    before(async () => {
      ({ store, url, dispose } = await freshStore(dialect));
      dir = mkdtempSync(join(tmpdir(), 'init-pack-'));
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await dispose();
    });

    it('refuses a broken pack before touching the database: exit 1, one message naming file, line, key and reason', async () => {
      const broken = join(dir, 'rwa');
      cpSync(RWANDA, broken, { recursive: true });
      writeFileSync(join(broken, 'pack.yaml'), readFileSync(join(RWANDA, 'pack.yaml'), 'utf8').replace('levels: [country, province, district]', 'levels: [country, district]'));
      const r = await sdgTracker(url, ['init', '--pack', broken, '--progress', 'none']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^sdg-tracker: .*pack\.yaml: invalid country pack:\npack\.yaml:\d+ areas\.boundaries\.province: "province" is not one of areas\.levels \(country, district\)\nareas\/rw-areas\.csv:3 level: unknown level "province"/);
      assert.equal((await allSettings(store.db)).country, undefined, 'no country was set');
      assert.equal((await store.db.selectFrom('reference_areas').select('code').execute()).length, 0);
    });

    it('builds Rwanda from datasets/countries/rwa on a fresh database, then refuses the bundled country on it', async (t) => {
      const r = await sdgTracker(url, ['init', '--pack', RWANDA, '--progress', 'none']);
      t.diagnostic(`init --pack datasets/countries/rwa took ${r.ms} ms on ${dialect} (framework included)`);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /Rwanda SDG data 2025 \(SDMX, NISR-SDGs:SDG 1\.3\): 2330 rows read, \d+ stored, \d+ rejected/);
      assert.match(r.stderr, /Area outlines: province 5; every feature matched an area; every area of these levels has an outline; no outlines for: country, district/);
      const settings = await allSettings(store.db);
      assert.deepEqual([settings.country, settings.site_colour_primary], ['646', '#20603D']);
      const again = await sdgTracker(url, ['init', '--progress', 'none']);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /already holds Rwanda \(646\); set DATABASE_URL to another database for Bangladesh \(050\)/);
    });

    it('refuses --pack together with --from', async () => {
      const r = await sdgTracker(url, ['init', '--pack', RWANDA, '--country', 'RWA', '--from', RWANDA]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'sdg-tracker: init: give either --pack or --country with --from, not both\n');
    });
  });
}
