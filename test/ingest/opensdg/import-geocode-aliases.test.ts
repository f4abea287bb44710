import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { setUpCountry } from '../../../src/cli/set-up-country.ts';
import { importOpenSdg } from '../../../src/ingest/opensdg/index.ts';
import { upsertAreas } from '../../../src/store/index.ts';
import { freshStore } from '../../support/stores.ts';

const work = mkdtempSync(join(tmpdir(), 'sdg-geocode-'));
after(() => rmSync(work, { recursive: true, force: true }));

it('importOpenSdg maps a GeoCode written as another code of a stored area (P-code, ISO alpha-2) to that area', async () => {
  mkdirSync(join(work, 'data'));
  mkdirSync(join(work, 'meta'));
  writeFileSync(join(work, 'meta', '4-1-2.md'), '---\nreporting_status: complete\ngraph_type: line\n---\n');
  writeFileSync(join(work, 'data', 'indicator_4-1-2.csv'), 'Year,Division,GeoCode,Value\n2022,,BD,81.2\n2022,Dhaka,BD30,84.5\n2022,Sylhet,BD-G,77.1\n2022,Nowhere,XX99,1\n');
  const { store, dispose } = await freshStore('sqlite');
  try {
    await store.db.transaction().execute((trx) => upsertAreas(trx, [
      { code: '050', parent: null, level: 'country', names: { en: 'Bangladesh' }, m49: '050', iso3: 'BGD', codes: { iso2: 'BD' } },
      { code: 'BD-C', parent: '050', level: 'division', names: { en: 'Dhaka' }, m49: null, iso3: null, codes: { pcode: 'BD30' } },
      { code: 'BD-G', parent: '050', level: 'division', names: { en: 'Sylhet' }, m49: null, iso3: null, codes: { pcode: 'BD60' } },
    ]));
    const report = await importOpenSdg(store, work, { countryArea: '050' });
    assert.equal(report.rowsStored, 4);
    const rows = await store.db.selectFrom('observations').select(['area_code', 'value']).orderBy('value').execute();
    assert.deepEqual(rows.map((r) => [r.area_code, r.value]), [['XX99', 1], ['BD-G', 77.1], ['050', 81.2], ['BD-C', 84.5]]);
    const areas = await store.db.selectFrom('reference_areas').select(['code', 'parent_code', 'name']).orderBy('code').execute();
    assert.deepEqual(areas.map((a) => a.code), ['050', 'BD-C', 'BD-G', 'XX99']);
    assert.deepEqual(areas.find((a) => a.code === 'XX99'), { code: 'XX99', parent_code: '050', name: 'Nowhere' });
  } finally {
    await dispose();
  }
});

it('setUpCountry with a national code makes rows carrying that GeoCode land on the country (UK K02000001)', async () => {
  const folder = join(work, 'uk');
  mkdirSync(join(folder, 'data'), { recursive: true });
  mkdirSync(join(folder, 'meta'));
  writeFileSync(join(folder, 'meta', '3-2-1.md'), '---\nreporting_status: complete\n---\n');
  writeFileSync(join(folder, 'data', 'indicator_3-2-1.csv'), 'Year,Country,GeoCode,Value\n2020,,,4.06\n2021,,K02000001,4.2398\n2021,England,E92000001,4.16144\n');
  const { store, dispose } = await freshStore('sqlite');
  try {
    const country = await setUpCountry(store, 'GBR', ['K02000001']);
    await importOpenSdg(store, folder, { countryArea: country });
    const rows = await store.db.selectFrom('observations').select(['area_code', 'time_period']).orderBy('value').execute();
    assert.deepEqual(rows.map((r) => `${r.area_code} ${r.time_period}`), ['826 2020', 'E92000001 2021', '826 2021']);
  } finally {
    await dispose();
  }
});
