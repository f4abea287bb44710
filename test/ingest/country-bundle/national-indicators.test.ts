import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadCountryBundle, type BundleReport } from '../../../src/ingest/country-bundle/index.ts';
import { readFramework } from '../../../src/ingest/framework/index.ts';
import { activeFrameworkId, allSettings, listIndicatorRows, listListingRows, listProgressTargets, saveFramework, titlesOf, type Store } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';

const RWANDA = new URL('../../../datasets/countries/rwa/', import.meta.url).pathname;

const NATIONAL = [
  'code,relation,global_indicator,unit,title_en,title_fr',
  '3.2.1.RW1,proxy,3.2.1,PER_1000_LIVE_BIRTHS,Under-five deaths in health facilities per 1000 live births,Décès d’enfants de moins de cinq ans en établissement de santé pour 1000 naissances vivantes',
  'RW.4.1,national,4.1,PT,Share of pupils reading at grade level,Part des élèves qui lisent au niveau de leur classe',
].join('\n');

/** A small Rwanda pack: its areas, two national indicators, a source measuring one of them, and a target for it. */
function writePack(dir: string, national = NATIONAL): string {
  copyFileSync(join(RWANDA, 'areas/rw-areas.csv'), join(dir, 'areas.csv'));
  writeFileSync(join(dir, 'national-indicators.csv'), national);
  writeFileSync(join(dir, 'health.csv'), 'series,indicator,area,year,value,unit\nRW_U5_FAC,3.2.1.RW1,RW,2019,21.5,PER_1000_LIVE_BIRTHS\nRW_U5_FAC,3.2.1.RW1,RW,2022,18.2,PER_1000_LIVE_BIRTHS\n');
  writeFileSync(join(dir, 'targets.csv'), 'indicator,series,unit,area,dimensions,direction,baseline_year,baseline_value,milestone_2020,milestone_2025,target_year,target_value,limit\n3.2.1.RW1,RW_U5_FAC,PER_1000_LIVE_BIRTHS,,,decrease,2019,21.5,,,2030,10,\n');
  writeFileSync(join(dir, 'pack.yaml'), [
    'country: { m49: "646", iso3: RWA, iso2: RW, names: { en: Rwanda, fr: Rwanda } }',
    'languages: [en, fr]', 'defaultLanguage: en',
    'areas: { codes: areas.csv, levels: [country, province, district] }',
    'nationalIndicators: { file: national-indicators.csv }',
    'targets: { file: targets.csv }',
    'sources:',
    '  - id: health',
    '    kind: tidy-csv',
    '    file: health.csv',
    '    title: Health facility deaths',
    '    organisation: Ministry of Health',
    '    licence: CC-BY-4.0',
    '    url: https://example.org/health',
    '    columns: { series: series, area: area, period: year, value: value, unit: unit }',
    '    indicators: [{ id: 3.2.1.RW1, relation: measures }]',
  ].join('\n'));
  return dir;
}

for (const dialect of STORE_DIALECTS) {
  describe(`loadCountryBundle on ${dialect} with national indicators and targets`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let dir: string;
    let report: BundleReport;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await store.db.transaction().execute((trx) => saveFramework(trx, readFramework()));
      dir = writePack(mkdtempSync(join(tmpdir(), 'national-pack-')));
      report = await loadCountryBundle(store, dir);
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await dispose?.();
    });

    it('adds each to the framework after the global ones, as proxy or national, listed under its target, titled in en and fr', async () => {
      assert.deepEqual(report.nationalIndicators, { file: 'national-indicators.csv', rowsRead: 2, rowsStored: 2, rowsRejected: 0, rejects: [], written: true });
      const framework = (await activeFrameworkId(store.db))!;
      const indicators = await listIndicatorRows(store.db, framework);
      assert.equal(indicators.length, 235 + 2);
      assert.deepEqual(indicators.slice(-2).map((i) => `${i.id} ${i.kind}`), ['3.2.1.RW1 proxy', 'RW.4.1 national']);
      const listings = await listListingRows(store.db, framework);
      assert.deepEqual(listings.slice(-2).map((l) => `${l.code} ${l.target_code}`), ['3.2.1.RW1 3.2', 'RW.4.1 4.1']);
      assert.equal((await titlesOf(store.db, framework, 'indicator', 'fr')).get('RW.4.1')?.title, 'Part des élèves qui lisent au niveau de leur classe');
      assert.deepEqual(JSON.parse((await allSettings(store.db)).national_indicators ?? '[]'), [
        { code: '3.2.1.RW1', relation: 'proxy', globalIndicator: '3.2.1', unit: 'PER_1000_LIVE_BIRTHS' },
        { code: 'RW.4.1', relation: 'national', globalIndicator: '4.1', unit: 'PT' },
      ]);
    });

    it('lets a source measure a national indicator and a national target name it', async () => {
      const settings = await store.db.selectFrom('indicator_settings').select(['indicator_id', 'reporting_status']).where('indicator_id', '=', '3.2.1.RW1').execute();
      assert.deepEqual(settings, [{ indicator_id: '3.2.1.RW1', reporting_status: 'complete' }]);
      assert.deepEqual([report.governance.targets?.rowsStored, report.governance.targets?.rejects], [1, []]);
      const targets = await listProgressTargets(store.db, '3.2.1.RW1');
      assert.deepEqual(targets.map((t) => [t.series, t.direction, t.target?.year, t.target?.value]), [['RW_U5_FAC', 'decrease', 2030, 10]]);
    });

    it('loaded again, keeps two national indicators, not four', async () => {
      await loadCountryBundle(store, dir);
      const indicators = await listIndicatorRows(store.db, (await activeFrameworkId(store.db))!);
      assert.equal(indicators.filter((i) => i.kind !== 'global').length, 2);
    });

    it('a file with bad rows is reported by line and column and loads nothing, while the rest of the pack loads', async () => {
      const bad = writePack(mkdtempSync(join(tmpdir(), 'national-bad-')), [
        'code,relation,global_indicator,unit,title_en',
        '3.2.1,proxy,3.2.1,,Same code as a global indicator',
        'RW.9,replaces,99.9.9,,Replaces what does not exist',
        'RW.10,partial,4.1.1,,',
      ].join('\n'));
      try {
        const again = await loadCountryBundle(store, bad);
        assert.equal(again.nationalIndicators?.written, false);
        assert.deepEqual(again.nationalIndicators?.rejects.map((r) => `${r.line} ${r.column}: ${r.reason}`), [
          '2 code: "3.2.1" is already an indicator of the framework',
          '3 global_indicator: "99.9.9" is not an indicator of the framework',
          '4 relation: "partial" is not one of proxy, national, replaces',
          '4 title_en: indicator RW.10 has no title in "en"',
        ]);
        assert.equal(again.sources[0]?.report.rowsRead, 2);
      } finally {
        rmSync(bad, { recursive: true, force: true });
      }
    });
  });
}
