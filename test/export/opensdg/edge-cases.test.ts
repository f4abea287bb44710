import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setUpCountry } from '../../../src/cli/set-up-country.ts';
import { exportOpenSdg } from '../../../src/export/opensdg/index.ts';
import { importOpenSdg } from '../../../src/ingest/opensdg/index.ts';
import { parseTimePeriod } from '../../../src/ingest/time-period.ts';
import { insertObservations, markReportedOnline, type Store, upsertSeries, upsertSource } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { storeContent } from './store-content.ts';

/** A small repository of the forms real files rarely combine, written by hand. */
const REPOSITORY: Record<string, string> = {
  'config_data.yml': 'languages:\n  - en\n  - fr\n',
  'data/indicator_1-1-1.csv': [
    'Year,Age,Age group,SEX,Sex,Units,Unit multiplier,COMMENT_OBS_1,COMMENT_OBS_2,Progress,Value',
    '2005 07,25 to 34,Young,Female,F2,Percent,Percentage,c1,c2,5,-0',
    '1993 01,,,,,Percent,3,,,,0.0000001',
    '2019/20 [Note 5],,,,,Percent,,,"=cell, with comma",,12',
    '2001-2005 (baseline),,Old,Male,,Percent,Thousands,,,,-4.25',
  ].join('\n'),
  'data/indicator_1-1-2.csv': 'Year,SERIES,Value\n2015,SI_POV_DAY1,1\n2016,,2\n',
  'indicator-config/1-1-1.yml': 'reporting_status: complete\ngraph_type: bar\ngraph_title: Poverty\n',
  'meta/1-1-1.yml': 'source_1: "true"\nnested:\n  - a: 1\n    b: [x, "y z"]\npage_content: |\n  Line one\n  Ligne é\n',
  'meta/fr/1-1-1.yml': 'graph_title: Pauvreté\nfr_only: oui\n',
};

function writeRepository(folder: string): void {
  for (const [path, text] of Object.entries(REPOSITORY)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

for (const dialect of STORE_DIALECTS) {
  describe(`exportOpenSdg of forms real files rarely combine on ${dialect}`, dialectOptions(dialect), () => {
    let dir: string;
    let first: { store: Store; dispose: () => Promise<void> };
    let second: { store: Store; dispose: () => Promise<void> };
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'opensdg-edge-'));
      writeRepository(join(dir, 'source'));
      first = await freshStore(dialect);
      second = await freshStore(dialect);
      for (const s of [first, second]) await setUpCountry(s.store, 'GBR');
    });
    after(async () => {
      await first?.dispose();
      await second?.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it('exportOpenSdg writes a month the Open SDG notation would misread, notes in Year, SDMX and national twins, text unit multipliers and tiny values so they read back identically', async () => {
      const imported = await importOpenSdg(first.store, join(dir, 'source'), { countryArea: '826' });
      assert.deepEqual({ stored: imported.rowsStored, rejects: imported.rejects }, { stored: 6, rejects: [] });
      const report = await exportOpenSdg(first.store, join(dir, 'export'));
      assert.deepEqual(report.notes, []);
      const csv = readFileSync(join(dir, 'export', 'data', 'indicator_1-1-1.csv'), 'utf8');
      assert.equal(csv.split('\n')[0], 'Year,Units,Age,SEX,Age group,Sex,Unit multiplier,Progress,COMMENT_OBS,Value');
      assert.match(csv, /^July 2005,Percent,25 to 34,Female,Young,F2,Percentage,5,c1; c2,-?0$/m);
      // -0 is stored as 0 by SQLite and as -0 by PostgreSQL; 0.0000001 is written 1e-7, which the importer reads as a number.
      assert.match(csv, /^1993-01,Percent,,,,,Thousands,,,1e-7$/m);
      assert.match(csv, /^2019\/20 \[Note 5\],Percent,,,,,,,"=cell, with comma",12$/m);
      assert.equal(parseTimePeriod('July 2005').label, '2005-07');
      assert.equal(readFileSync(join(dir, 'export', 'data', 'indicator_1-1-2.csv'), 'utf8'), 'Year,SERIES,Value\n2016,,2\n2015,SI_POV_DAY1,1\n');
      const again = await importOpenSdg(second.store, join(dir, 'export'), { countryArea: '826' });
      assert.deepEqual({ stored: again.rowsStored, rejects: again.rejects }, { stored: 6, rejects: [] });
      assert.deepEqual(await storeContent(second.store.db), await storeContent(first.store.db));
    });

    it('exportOpenSdg writes French metadata only where it differs from English, and leading configuration fields to indicator-config/', () => {
      assert.equal(readFileSync(join(dir, 'export', 'meta', 'fr', '1-1-1.yml'), 'utf8'), 'graph_title: Pauvreté\nfr_only: oui\n');
      assert.equal(readFileSync(join(dir, 'export', 'indicator-config', '1-1-1.yml'), 'utf8'), 'reporting_status: complete\ngraph_type: bar\ngraph_title: Poverty\n');
    });
  });

  describe(`exportOpenSdg of data that did not come from Open SDG on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let dir: string;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      dir = mkdtempSync(join(tmpdir(), 'opensdg-other-'));
      await setUpCountry(store, 'BGD');
      await store.db.transaction().execute(async (trx) => {
        const sourceId = await upsertSource(trx, { key: 'unsd', kind: 'unsd', title: 'UN SDG Global Database' }, '2026-01-01T00:00:00Z');
        await upsertSeries(trx, [
        { code: 'SI_POV_DAY1', name: 'Proportion below the international poverty line', unit: 'PERCENT', indicators: [{ indicatorId: '1.1.1', relation: 'measures' }] },
        { code: 'NAT_POV', name: 'National poverty line', unit: 'PERCENT', indicators: [{ indicatorId: '1.2.1', relation: 'proxy' }] },
        { code: 'POP_TOTAL', name: 'Population', unit: 'NUMBER', indicators: [] },
      ]);
      await markReportedOnline(trx, '2.1.1');
        const period = parseTimePeriod('2016');
        await insertObservations(store, trx, sourceId, [
          { series: 'SI_POV_DAY1', area: '050', period, dimensions: {}, value: 14.3, unit: 'PERCENT', unitMult: 0, attributes: { NATURE: 'C' } },
          { series: 'SI_POV_DAY1', area: '050', period, dimensions: { SEX: 'F' }, value: 15.1, unit: 'PERCENT', unitMult: 0, attributes: {} },
          { series: 'NAT_POV', area: '050', period, dimensions: {}, value: 18.7, unit: 'PERCENT', unitMult: null, attributes: {} },
          { series: 'POP_TOTAL', area: '050', period, dimensions: {}, value: 160e6, unit: 'NUMBER', unitMult: null, attributes: {} },
        ]);
      });
    });
    after(async () => {
      await dispose?.();
      rmSync(dir, { recursive: true, force: true });
    });

    it('exportOpenSdg writes coded series by code and rows of unequal breakdowns with blanks, and notes them, proxy links, unlinked series and settings without metadata', async () => {
      const report = await exportOpenSdg(store, join(dir, 'out'));
      assert.deepEqual(report.notes, [
        '1.1.1: series SI_POV_DAY1 are written by code; their names are not in the file',
        '1.1.1: rows break down by different dimensions; a dimension a row lacks is written blank and reads back as the total _T',
        '1.2.1: series NAT_POV stand in for the indicator (proxy); the files link every series as measuring it',
        '1.2.1: series NAT_POV are written by code; their names are not in the file',
        'observations of series linked to no indicator are not written: 1',
        'indicators 2.1.1 have settings but no metadata; their settings are not written',
      ]);
      assert.equal(readFileSync(join(dir, 'out', 'data', 'indicator_1-1-1.csv'), 'utf8'),
        'Year,SERIES,Units,Sex,Unit multiplier,NATURE,Value\n2016,SI_POV_DAY1,PERCENT,,Units,Country data,14.3\n2016,SI_POV_DAY1,PERCENT,Female,Units,,15.1\n');
    });

    it('exportOpenSdg refuses a folder that is not empty', async () => {
      await assert.rejects(exportOpenSdg(store, join(dir, 'out')), /is not empty: export into a new or empty folder/);
    });
  });
}
