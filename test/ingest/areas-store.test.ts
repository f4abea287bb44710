import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readAreaCodesCsv } from '../../src/ingest/areas/index.ts';
import { aliasKey, areaIndex, getArea, listAreas, resolveAreaCode, upsertAreas } from '../../src/store/areas.ts';
import type { Store } from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const FIXTURE = new URL('../fixtures/areas/bd-admin-codes-excerpt.csv', import.meta.url).pathname;
const { areas } = await readAreaCodesCsv(FIXTURE, { m49: '050', iso3: 'BGD', iso2: 'BD' });

describe('areaIndex', () => {
  const index = areaIndex(areas);
  it('maps M49 with or without padding, ISO alpha-3 and alpha-2, ISO 3166-2 in any case and P-codes to the area code', () => {
    const cases: [string, string][] = [['050', '050'], ['50', '050'], ['BGD', '050'], ['bd', '050'], ['BD-C', 'BD-C'], ['bd-c', 'BD-C'], ['BD30', 'BD-C'], ['BD3026', 'BD-13']];
    for (const [alias, code] of cases) {
      assert.equal(index.get(aliasKey(alias)), code, alias);
    }
    assert.equal(index.get(aliasKey('IND')), undefined);
  });
});

for (const dialect of STORE_DIALECTS) {
  describe(`area store on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await store.db.transaction().execute((trx) => upsertAreas(trx, areas));
    });
    after(async () => dispose?.());

    it('listAreas returns the tree in stored order with the English name by default and every language in names', async () => {
      const listed = await listAreas(store.db);
      assert.deepEqual(listed.map((a) => [a.code, a.parent, a.name]), [
        ['050', null, 'Bangladesh'], ['BD-C', '050', 'Dhaka'], ['BD-H', '050', 'Mymensingh'],
        ['BD-13', 'BD-C', 'Dhaka'], ['BD-34', 'BD-H', 'Mymensingh'], ['BD-41', 'BD-H', 'Netrakona'],
      ]);
      assert.deepEqual(listed[0]?.names, { en: 'Bangladesh', bn: 'বাংলাদেশ' });
      assert.deepEqual(listed[0]?.codes, { iso2: 'BD', pcode: 'BD' });
    });

    it('listAreas(db, "bn") names Dhaka division ঢাকা and falls back to the stored name for a language without names', async () => {
      assert.equal((await listAreas(store.db, 'bn')).find((a) => a.code === 'BD-C')?.name, 'ঢাকা');
      assert.equal((await listAreas(store.db, 'fr')).find((a) => a.code === 'BD-C')?.name, 'Dhaka');
    });

    it('getArea accepts BGD, BD, 50 and a P-code for the same areas, and returns null for an unknown code', async () => {
      for (const alias of ['050', '50', 'BGD', 'BD']) assert.equal((await getArea(store.db, alias))?.code, '050', alias);
      assert.equal((await getArea(store.db, 'BD30', 'bn'))?.name, 'ঢাকা');
      assert.equal(await resolveAreaCode(store.db, 'bd-41'), 'BD-41');
      assert.equal(await getArea(store.db, 'IND'), null);
    });

    it('upsertAreas run again with a renamed area updates it and leaves one row and one label per language', async () => {
      const renamed = areas.map((a) => (a.code === 'BD-41' ? { ...a, names: { en: 'Netrokona', bn: a.names.bn! } } : a));
      await store.db.transaction().execute((trx) => upsertAreas(trx, renamed));
      assert.equal((await listAreas(store.db)).length, 6);
      assert.equal((await getArea(store.db, 'BD-41'))?.name, 'Netrokona');
      const labels = await store.db.selectFrom('labels').select(['lang', 'text']).where('entity', '=', 'area').where('entity_id', '=', 'BD-41').orderBy('lang').execute();
      assert.deepEqual(labels, [{ lang: 'bn', text: 'নেত্রকোনা' }, { lang: 'en', text: 'Netrokona' }]);
    });
  });
}
