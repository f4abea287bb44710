import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/index.ts';
import { sdgTracker } from '../support/cli-run.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const RWANDA = new URL('../../datasets/countries/rwa/', import.meta.url).pathname;

/** The Rwanda pack's settings with one tidy CSV source instead of the SDMX data. */
const TIDY_SOURCE = `sources:
  - id: survey
    kind: tidy-csv
    file: data/survey.csv
    title: Survey
    organisation: NISR
    licence: CC-BY-4.0
    url: https://example.org
    columns: { series: series, area: area, period: year, value: value, indicator: indicator }
`;

for (const dialect of STORE_DIALECTS) {
  describe(`sdg-tracker init --pack with a tidy CSV linking to an unknown indicator, on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let url: string;
    let dispose: () => Promise<void>;
    let dir: string;
    before(async () => {
      ({ store, url, dispose } = await freshStore(dialect));
      dir = mkdtempSync(join(tmpdir(), 'init-pack-links-'));
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await dispose();
    });

    it('stores the rows, keeps the known link (3.2.1, and 12.2.2 listed under two targets), drops 99.9.9 and names it', async () => {
      const pack = join(dir, 'rwa');
      cpSync(RWANDA, pack, { recursive: true, filter: (src) => !src.includes('/sdmx/') });
      const yaml = readFileSync(join(RWANDA, 'pack.yaml'), 'utf8').replace(/\nsources:\n(  .*\n)+/, `\n${TIDY_SOURCE}`);
      writeFileSync(join(pack, 'pack.yaml'), yaml);
      mkdirSync(join(pack, 'data'));
      writeFileSync(join(pack, 'data/survey.csv'), 'series,area,year,value,indicator\nRW_U5MR,RW,2020,40.1,3.2.1\nRW_DMC,RW,2020,3,12.2.2\nRW_X,RW,2020,5,99.9.9\n');

      const r = await sdgTracker(url, ['init', '--pack', pack, '--progress', 'none']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /^Survey: 3 rows read, 3 stored, 0 rejected$/m);
      assert.ok(r.stderr.includes('      data/survey.csv [indicator] "99.9.9" is not an indicator of the framework: series RW_X is stored without a link to it'), r.stderr);
      const links = await store.db.selectFrom('series_indicators').select(['series_code', 'indicator_id'])
        .where('series_code', 'in', ['RW_U5MR', 'RW_DMC', 'RW_X']).orderBy('series_code').execute();
      assert.deepEqual(links.map((l) => `${l.series_code} ${l.indicator_id}`), ['RW_DMC 12.2.2', 'RW_U5MR 3.2.1']);
      assert.equal((await store.db.selectFrom('observations').select('id').execute()).length, 3);
    });
  });
}
