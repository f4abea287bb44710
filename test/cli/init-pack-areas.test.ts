import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/index.ts';
import { sdgTracker } from '../support/cli-run.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const RWANDA = new URL('../../datasets/countries/rwa/', import.meta.url).pathname;

for (const dialect of STORE_DIALECTS) {
  describe(`sdg-tracker init --pack reports on its area file and outlines, on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let url: string;
    let dispose: () => Promise<void>;
    let dir: string;
    before(async () => {
      ({ store, url, dispose } = await freshStore(dialect));
      dir = mkdtempSync(join(tmpdir(), 'init-pack-areas-'));
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await dispose();
    });

    it('a district under an unknown province and a repeated district are printed with file, line, column and reason', async () => {
      const pack = join(dir, 'rwa');
      cpSync(RWANDA, pack, { recursive: true, filter: (src) => !src.includes('/sdmx/') });
      // No data source: the areas, organisations and responsibility alone.
      const yaml = readFileSync(join(RWANDA, 'pack.yaml'), 'utf8').replace(/\nsources:\n(  .*\n)+/, '\n');
      writeFileSync(join(pack, 'pack.yaml'), yaml);
      const lines = readFileSync(join(RWANDA, 'areas/rw-areas.csv'), 'utf8').trimEnd().split('\n');
      const kicukiro = lines.findIndex((l) => l.startsWith('district,13,1,'));
      lines[kicukiro] = lines[kicukiro]!.replace('district,13,1,', 'district,13,9,');
      lines.push(lines[kicukiro + 1]!);
      writeFileSync(join(pack, 'areas/rw-areas.csv'), `${lines.join('\n')}\n`);

      const r = await sdgTracker(url, ['init', '--pack', pack, '--progress', 'none']);
      assert.equal(r.code, 0, r.stderr);
      // 37 rows: the country, 5 provinces, 30 districts and the repeated one; 35 stored.
      assert.match(r.stderr, /^Areas \(areas\/rw-areas\.csv\): 37 rows read, 35 stored, 2 rejected$/m);
      assert.ok(r.stderr.includes(`areas/rw-areas.csv:${kicukiro + 1} [parent_iso] parent "9" of area 13 is not an area read before it`), r.stderr);
      assert.ok(r.stderr.includes(`areas/rw-areas.csv:${lines.length} [iso_3166_2] area code "${lines[kicukiro + 1]!.split(',')[1]}" appears twice`), r.stderr);
      const stored = await store.db.selectFrom('reference_areas').select('code').execute();
      assert.equal(stored.length, 35);
    });

    it('a pack without areas.boundaries is told its maps have no outlines, not that every area has one', async () => {
      const pack = join(dir, 'no-outlines');
      cpSync(RWANDA, pack, { recursive: true, filter: (src) => !src.includes('/sdmx/') });
      const yaml = readFileSync(join(RWANDA, 'pack.yaml'), 'utf8').replace(/\nsources:\n(  .*\n)+/, '\n')
        .replace(/  boundaries:\n    province: .*\n/, '');
      writeFileSync(join(pack, 'pack.yaml'), yaml);
      const r = await sdgTracker(url, ['init', '--pack', pack, '--progress', 'none']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /^Area outlines: none \(the pack names no areas\.boundaries\), so maps have no outlines$/m);
      assert.ok(!r.stderr.includes('every area has an outline'), r.stderr);
    });
  });
}
