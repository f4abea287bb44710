import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { BUNDLED_COUNTRY_DIR, loadCountryBundle, type BundleReport } from '../../src/ingest/country-bundle/index.ts';
import { readFramework } from '../../src/ingest/framework/index.ts';
import { getArea, listAreas } from '../../src/store/areas.ts';
import { allSettings, countObservations, decodeDimensions, saveFramework, type Store } from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const csv = (path: string): Record<string, string>[] =>
  parse(readFileSync(new URL(path, new URL(`file://${BUNDLED_COUNTRY_DIR}`))), { columns: true }) as Record<string, string>[];
const UNSD = csv('indicators/unsd-sdg-database/unsd-sdg-bgd-all-series.csv');
const CENSUS = csv('indicators/bbs-census-2022/bbs-census-2022-district-indicators.csv');

/** Every table the bundle writes, rows sorted, without observation ids and import times: what "identical" means. */
async function content(store: Store): Promise<Record<string, string[]>> {
  const db = store.db;
  const rows = async (q: Promise<object[]>): Promise<string[]> => (await q).map((r) => JSON.stringify(r)).sort();
  return {
    areas: await rows(db.selectFrom('reference_areas').selectAll().execute()),
    labels: await rows(db.selectFrom('labels').selectAll().execute()),
    settings: await rows(db.selectFrom('settings').selectAll().execute()),
    series: await rows(db.selectFrom('series').selectAll().execute()),
    links: await rows(db.selectFrom('series_indicators').selectAll().execute()),
    dimensions: await rows(db.selectFrom('dimensions').selectAll().execute()),
    sources: await rows(db.selectFrom('data_sources').select(['id', 'key', 'kind', 'title', 'licence', 'url', 'observation_count']).execute()),
    observations: await rows(db.selectFrom('observations').select(['series_code', 'area_code', 'time_period', 'period_kind', 'period_start',
      'period_end', 'dimensions', 'unit', 'unit_mult', 'value', 'obs_status', 'nature', 'comment', 'attributes', 'source_id']).execute()),
    indicatorSettings: await rows(db.selectFrom('indicator_settings').selectAll().execute()),
    indicatorMetadata: await rows(db.selectFrom('indicator_metadata').selectAll().execute()),
  };
}

for (const dialect of STORE_DIALECTS) {
  describe(`loadCountryBundle on ${dialect} with the bundled Bangladesh folder`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let report: BundleReport;
    const steps: string[] = [];
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      report = await loadCountryBundle(store, BUNDLED_COUNTRY_DIR, { onProgress: (p) => { if (steps.at(-1) !== p.step) steps.push(p.step); } });
    });
    after(async () => dispose?.());

    it('stores every UNSD row but the 35 whose value is not a number, each reported with file, line, column and reason', (t) => {
      t.diagnostic(`first load took ${report.milliseconds} ms on ${dialect}`);
      const unsd = report.sources.find((s) => s.id === 'unsd-sdg-database')!;
      assert.equal(unsd.key, 'bundle:bgd:unsd-sdg-database');
      assert.deepEqual([unsd.report.rowsRead, unsd.report.rowsStored, unsd.report.rowsRejected], [UNSD.length, 9580, 35]);
      assert.equal(UNSD.length, 9615);
      const byReason = new Map<string, number>();
      for (const r of unsd.report.rejects) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
      assert.deepEqual(Object.fromEntries(byReason), { '"N" is not a number': 19, '"<5" is a bound (below 5), not a value': 16 });
      for (const r of unsd.report.rejects) {
        assert.equal(r.file, 'indicators/unsd-sdg-database/unsd-sdg-bgd-all-series.csv');
        assert.equal(r.column, 'value');
        assert.equal(UNSD[r.line - 2]?.value, r.reason.startsWith('"N"') ? 'N' : '<5', `line ${r.line}`);
      }
    });

    it('stores all 4,928 census rows and the 12 WDI rows, and the store holds exactly what the reports say', async () => {
      const counts = Object.fromEntries(report.sources.map((s) => [s.id, s.report.rowsStored]));
      assert.deepEqual(counts, { 'unsd-sdg-database': 9580, 'bbs-census-2022': CENSUS.length, 'wdi-primary-completion': 12 });
      assert.equal(CENSUS.length, 4928);
      assert.equal(await countObservations(store.db), 9580 + 4928 + 12);
      const stored = await store.db.selectFrom('data_sources').select(['key', 'observation_count']).orderBy('key').execute();
      assert.deepEqual(stored.map((s) => [s.key, s.observation_count]), [
        ['bundle:bgd:bbs-census-2022', 4928], ['bundle:bgd:unsd-sdg-database', 9580], ['bundle:bgd:wdi-primary-completion', 12]]);
      assert.deepEqual(steps, ['areas', 'unsd-sdg-database', 'bbs-census-2022', 'wdi-primary-completion', 'indicators']);
    });

    it('stores 1 country, 8 divisions and 64 districts with Bengali names, and the country settings', async () => {
      const areas = await listAreas(store.db, 'bn');
      assert.deepEqual(['country', 'division', 'district'].map((l) => areas.filter((a) => a.level === l).length), [1, 8, 64]);
      assert.equal(areas.find((a) => a.code === 'BD-C')?.name, 'ঢাকা');
      assert.equal((await getArea(store.db, 'BGD', 'bn'))?.name, 'বাংলাদেশ');
      const settings = await allSettings(store.db);
      assert.deepEqual([settings.country, settings.country_name, settings.default_language, settings.languages], ['050', 'Bangladesh', 'en', '["en","bn"]']);
      assert.deepEqual(JSON.parse(settings.country_names ?? '{}'), { en: 'Bangladesh', bn: 'বাংলাদেশ' });
    });

    it('stores under-five mortality 2021 for Bangladesh as 27.3 for both sexes', async () => {
      const rows = await store.db.selectFrom('observations').select(['dimensions', 'value', 'nature'])
        .where('series_code', '=', 'SH_DYN_MORT').where('area_code', '=', '050').where('time_period', '=', '2021').execute();
      const bySex = Object.fromEntries(rows.map((r) => [decodeDimensions(r.dimensions).SEX, r.value]));
      assert.deepEqual(bySex, { _T: 27.3, F: 25.2, M: 29.2 });
      assert.ok(rows.every((r) => r.nature === 'E'));
    });

    it('stores every UNSD and census value of the source files, row for row', async () => {
      const rejected = new Set(report.sources[0]!.report.rejects.map((r) => r.line - 2));
      const expectUnsd = UNSD.filter((_, i) => !rejected.has(i)).map((r) => `${r.series} ${r.year} ${Number(r.value)}`).sort();
      const sourceId = async (key: string): Promise<number> =>
        (await store.db.selectFrom('data_sources').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;
      const unsdRows = await store.db.selectFrom('observations').select(['series_code', 'time_period', 'value'])
        .where('source_id', '=', await sourceId('bundle:bgd:unsd-sdg-database')).execute();
      assert.deepEqual(unsdRows.map((r) => `${r.series_code} ${r.time_period} ${r.value}`).sort(), expectUnsd);
      const expectCensus = CENSUS.map((r) => `${r.indicator_code} ${r.ref_area} ${Number(r.value)}`).sort();
      const censusRows = await store.db.selectFrom('observations').select(['series_code', 'area_code', 'value'])
        .where('source_id', '=', await sourceId('bundle:bgd:bbs-census-2022')).execute();
      assert.deepEqual(censusRows.map((r) => `${r.series_code} ${r.area_code} ${r.value}`).sort(), expectCensus);
    });

    it('stores a census district value with its breakdown: Dhaka district women 15+ using the internet, 52.1 %', async () => {
      const row = await store.db.selectFrom('observations').select(['value', 'unit', 'nature'])
        .where('series_code', '=', 'INTERNET_15PLUS').where('area_code', '=', 'BD-13').where('dimensions', '=', '|AGE=Y_GE15|SEX=F|URBANISATION=_T|')
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { value: 52.1, unit: 'percent', nature: 'C' });
    });

    it('links a repeated indicator\'s series to each listing, and census and WDI series to what they approximate as proxies', async () => {
      const links = await store.db.selectFrom('series_indicators').select(['series_code', 'indicator_id', 'relation'])
        .where('series_code', 'in', ['EN_MAT_DOMCMPC', 'VC_DSR_AFFCT', 'INTERNET_15PLUS', 'SE.PRM.CMPT.ZS', 'LITERACY_7PLUS'])
        .orderBy('series_code').orderBy('indicator_id').execute();
      assert.deepEqual(links.map((l) => `${l.series_code} ${l.indicator_id} ${l.relation}`), [
        'EN_MAT_DOMCMPC 12.2.2 measures', 'EN_MAT_DOMCMPC 8.4.2 measures', 'INTERNET_15PLUS 17.8.1 proxy',
        'SE.PRM.CMPT.ZS 4.1.2 proxy', 'VC_DSR_AFFCT 1.5.1 measures', 'VC_DSR_AFFCT 11.5.1 measures', 'VC_DSR_AFFCT 13.1.1 measures',
      ]);
    });

    it('marks every indicator with data complete, with units and source metadata from the sources only', async () => {
      assert.equal(report.indicators.withData, 198);
      const u5 = await store.db.selectFrom('indicator_settings').selectAll().where('indicator_id', '=', '3.2.1').executeTakeFirstOrThrow();
      assert.deepEqual([u5.reporting_status, u5.graph_type, u5.national_geographical_coverage], ['complete', 'line', 'Bangladesh']);
      assert.match(u5.computation_units ?? '', /PER_1000_LIVE_BIRTHS/);
      const meta = JSON.parse((await store.db.selectFrom('indicator_metadata').select('content')
        .where('indicator_id', '=', '4.1.2').where('lang', '=', 'en').executeTakeFirstOrThrow()).content) as Record<string, unknown>;
      assert.equal(meta.source_organisation_1, 'World Bank');
      assert.equal(meta.source_earliest_available_1, '1976');
      assert.deepEqual((meta.data_series as { code: string; relation: string }[]).map((s) => [s.code, s.relation]), [['SE.PRM.CMPT.ZS', 'proxy']]);
      const internet = JSON.parse((await store.db.selectFrom('indicator_metadata').select('content')
        .where('indicator_id', '=', '17.8.1').executeTakeFirstOrThrow()).content) as Record<string, unknown>;
      assert.equal(internet.source_geographical_coverage_2, 'Bangladesh: 64 districts');
    });

    it('loaded again, leaves every table as it was', async (t) => {
      const first = await content(store);
      const again = await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);
      t.diagnostic(`second load took ${again.milliseconds} ms on ${dialect}`);
      assert.deepEqual(await content(store), first);
    });
  });

  describe(`loadCountryBundle on ${dialect} after the UN framework`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let report: BundleReport;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      const framework = readFramework();
      await store.db.transaction().execute((trx) => saveFramework(trx, framework));
      report = await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);
    });
    after(async () => dispose?.());

    it('writes settings under each unique indicator id, not under its other listings', async () => {
      assert.deepEqual(report.indicators.notInFramework, []);
      const ids = new Set((await store.db.selectFrom('indicator_settings').select('indicator_id').execute()).map((r) => r.indicator_id));
      assert.ok(ids.has('8.4.2') && ids.has('1.5.1') && ids.has('3.2.1') && ids.has('4.1.2'));
      assert.ok(!ids.has('12.2.2') && !ids.has('11.5.1') && !ids.has('13.1.1'));
      assert.equal(ids.size, report.indicators.written);
    });
  });
}
