import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importOpenSdg } from '../../../src/ingest/opensdg/index.ts';
import { ImportError, type ImportReport } from '../../../src/ingest/reject-report.ts';
import type { Store } from '../../../src/store/index.ts';
import { freshStore, postgresUnavailable, STORE_DIALECTS } from '../../support/stores.ts';
import { storeDigest } from './store-digest.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'opensdg');
const GBR = join(FIXTURES, 'GBR');
const CAN = join(FIXTURES, 'CAN');

/** The series code of a named series, computed here from the documented scheme: indicator id + 8 hex of SHA-1. */
function named(indicatorId: string, series: string): string {
  return `${indicatorId}-${createHash('sha1').update(series).digest('hex').slice(0, 8)}`;
}

/** The stored observations of one series, in a fixed order, as plain objects. */
async function observations(store: Store, series: string): Promise<Record<string, unknown>[]> {
  const rows = await store.db.selectFrom('observations')
    .select(['area_code', 'time_period', 'period_kind', 'period_start', 'period_end', 'dimensions', 'unit', 'unit_mult', 'value',
      'obs_status', 'nature', 'comment', 'attributes'])
    .where('series_code', '=', series).orderBy('id').execute();
  return rows.map((r) => ({ ...r }));
}

for (const dialect of STORE_DIALECTS) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;

  describe(`importOpenSdg on the UK fixture (legacy layout) on ${dialect}`, { skip }, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let report: ImportReport;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      report = await importOpenSdg(store, GBR, { countryArea: '826' });
    });
    after(async () => dispose?.());

    it('importOpenSdg reads 34 data rows of 16 files, stores 28 and rejects 6, so rowsRead = rowsStored + rowsRejected', () => {
      assert.deepEqual({ read: report.rowsRead, stored: report.rowsStored, rejected: report.rowsRejected }, { read: 34, stored: 28, rejected: 6 });
    });

    it('importOpenSdg rejects blank values, 1974a/1974b and a duplicate, naming file, line, column and reason', () => {
      assert.deepEqual(report.rejects, [
        { file: 'data/archived-1-a-1.csv', line: 2, column: 'Value', reason: 'blank value: the Value cell is empty' },
        { file: 'data/indicator_12-4-2.csv', line: 3, column: '', reason: 'duplicate: same series, area, period, breakdown and unit as line 2' },
        { file: 'data/indicator_16-7-1.csv', line: 2, column: 'Value', reason: 'blank value: the Value cell is empty' },
        { file: 'data/indicator_5-5-1.csv', line: 2, column: 'Year', reason: 'not a time period: "1974a"' },
        { file: 'data/indicator_5-5-1.csv', line: 3, column: 'Year', reason: 'not a time period: "1974b"' },
        { file: 'data/indicator_6-6-1.csv', line: 2, column: 'Value', reason: 'blank value: the Value cell is empty' },
      ]);
    });

    it('importOpenSdg stores 1-2-1 rows as the default series 1.2.1 of area 826 with blank breakdowns as _T and Age mapped to CL_AGE', async () => {
      // 2005,,Undefined,,Percentage (%),Units,19.0 and 2005,15 and under,Undefined,,Percentage (%),Units,23.3
      const rows = await observations(store, '1.2.1');
      assert.equal(rows.length, 5);
      const common = { area_code: '826', time_period: '2005', period_kind: 'year', period_start: '2005-01-01', period_end: '2005-12-31',
        unit: 'Percentage (%)', unit_mult: 0, obs_status: 'Undefined', nature: null, comment: null, attributes: null };
      assert.deepEqual(rows[0], { ...common, dimensions: '|AGE=_T|SEX=_T|', value: 19 });
      assert.deepEqual(rows[1], { ...common, dimensions: '|AGE=Y0T15|SEX=_T|', value: 23.3 });
      assert.deepEqual(rows.map((r) => r.dimensions), ['|AGE=_T|SEX=_T|', '|AGE=Y0T15|SEX=_T|', '|AGE=Y16T24|SEX=_T|', '|AGE=25 to 49|SEX=_T|', '|AGE=50 to 64|SEX=_T|']);
      assert.deepEqual(rows.map((r) => r.value), [19, 23.3, 23.4, 14.4, 15.6]);
    });

    it('importOpenSdg keeps a [Note 5] as TIME_DETAIL and maps "Normal Value" to OBS_STATUS A (8-8-1)', async () => {
      // 2019/20 [Note 5],Fatal injury,,,,,Construction,,"Rate per 100,000 workers",Units,Normal Value,,1.82
      const rows = await observations(store, named('8.8.1', 'Fatal injury'));
      assert.deepEqual(rows[1], {
        area_code: '826', time_period: '2019/20', period_kind: 'fiscal-year', period_start: '2019-01-01', period_end: '2020-12-31',
        dimensions: '|AGE=_T|Country=_T|Industry sector=Construction|OCCUPATION=_T|Region=_T|SEX=_T|', unit: 'Rate per 100,000 workers',
        unit_mult: 0, value: 1.82, obs_status: 'A', nature: null, comment: null, attributes: '{"TIME_DETAIL":"Note 5"}',
      });
    });

    it('importOpenSdg takes the area from GeoCode and keeps Country and Region as breakdowns (16-6-2, date range)', async () => {
      // 17 May to 11 June 2023,Healthcare system,,,England,North East,Normal value,Percentage (%),E12000001,51.6
      const rows = await observations(store, named('16.6.2', 'Healthcare system'));
      assert.deepEqual(rows.map((r) => [r.area_code, r.dimensions, r.value]), [
        ['826', '|AGE=_T|Country=_T|Region=_T|SEX=_T|', 53.9],
        ['E92000001', '|AGE=_T|Country=England|Region=_T|SEX=_T|', 53.1],
        ['E12000001', '|AGE=_T|Country=England|Region=North East|SEX=_T|', 51.6],
      ]);
      assert.deepEqual([rows[2]!.time_period, rows[2]!.period_kind, rows[2]!.period_start, rows[2]!.period_end, rows[2]!.unit_mult],
        ['2023-05-17/2023-06-11', 'date-range', '2023-05-17', '2023-06-11', null]);
    });

    it('importOpenSdg adds GeoCode areas under the country, named by the geography column that is constant for the code', async () => {
      const areas = await store.db.selectFrom('reference_areas').select(['code', 'parent_code', 'level', 'name']).orderBy('code').execute();
      assert.deepEqual(areas, [
        { code: 'E12000001', parent_code: '826', level: 'region', name: 'North East' },
        { code: 'E12000007', parent_code: '826', level: 'region', name: 'London' },
        { code: 'E92000001', parent_code: '826', level: 'country', name: 'England' },
      ]);
    });

    it('importOpenSdg keeps Local authority as a breakdown under a region GeoCode (3-7-1) and reads Thousands as unitMult 3', async () => {
      // 2020/21,London,Havering,,User dependent,Contraceptive patch,Normal value,Thousands,Number,E12000007,0.03
      const rows = await observations(store, '3.7.1');
      assert.deepEqual(rows.map((r) => [r.area_code, r.time_period, r.dimensions, r.unit, r.unit_mult, r.value]), [
        ['826', '2014/15', '|AGE=Y0T15|Local authority=_T|Main method of contraception=User dependent|Region=_T|Type of contraception=Contraceptive patch|', 'Number', 3, 0.48],
        ['E12000001', '2019/20', '|AGE=_T|Local authority=County Durham|Main method of contraception=User dependent|Region=North East|Type of contraception=Contraceptive patch|', 'Number', 3, 0.055],
        ['E12000007', '2020/21', '|AGE=_T|Local authority=Havering|Main method of contraception=User dependent|Region=London|Type of contraception=Contraceptive patch|', 'Number', 3, 0.03],
        ['E12000007', '2020/21', '|AGE=_T|Local authority=Hillingdon|Main method of contraception=User dependent|Region=London|Type of contraception=Contraceptive patch|', 'Number', 3, 0.115],
      ]);
    });

    it('importOpenSdg reads ranges, months and 2021.0, and keeps Unit measure as UNIT_MEASURE when Units is the unit (3-1-1)', async () => {
      const maternal = await observations(store, named('3.1.1', 'Maternal mortality rate'));
      assert.deepEqual(maternal.map((r) => [r.time_period, r.period_kind, r.unit, r.obs_status, r.attributes, r.value]), [
        ['2003-2005', 'range', 'Rate per 100,000 maternities', 'D', '{"UNIT_MEASURE":"Units"}', 13.95],
        ['2004-2006', 'range', 'Rate per 100,000 maternities', 'D', '{"UNIT_MEASURE":"Units"}', 12.56],
        ['2003-2005', 'range', 'Rate per 100,000 maternities', 'D', '{"UNIT_MEASURE":"Units"}', 6.76],
      ]);
      const months = await observations(store, named('2.c.1', '12 month rolling average'));
      assert.deepEqual(months.map((r) => [r.time_period, r.period_kind, r.period_end, r.value]),
        [['1993-01', 'month', '1993-01-31', -2.52113550917348], ['1993-02', 'month', '1993-02-28', -2.4784612293196]]);
      const tariffs = await observations(store, named('17.10.1', 'Most favoured nation status'));
      assert.deepEqual(tariffs.map((r) => [r.time_period, r.dimensions, r.value]), [['2021', '|PRODUCT=AGG_AGR|', 12.10324]]);
      const [income] = await observations(store, named('10.1.1', 'Growth rates of household income per capita'));
      assert.deepEqual([income!.time_period, income!.period_start, income!.period_end], ['2002/03-2007/08', '2002-01-01', '2008-12-31']);
      const [baseline] = await observations(store, named('6.6.1', 'Open water area'));
      assert.deepEqual([baseline!.time_period, baseline!.attributes, baseline!.value], ['2001-2005', '{"TIME_DETAIL":"baseline"}', 0]);
    });

    it('importOpenSdg imports an archived indicator as its own indicator archived-8.3.1 and reads a file with a blank first line', async () => {
      const archived = await observations(store, 'archived-8.3.1');
      assert.deepEqual(archived.map((r) => [r.time_period, r.dimensions, r.value]),
        [['1992', '|Region=_T|SEX=_T|', 0.697767145136], ['1993', '|Region=_T|SEX=_T|', 0.602942358710507]]);
      const ntd = await observations(store, named('3.3.5', 'England, Wales and Northern Ireland'));
      assert.deepEqual(ntd.map((r) => [r.time_period, r.unit, r.value]), [['2009', 'Number', 223]]);
    });

    it('importOpenSdg declares each series once, linked to its indicator as measures, named by metadata or the Series cell', async () => {
      const series = await store.db.selectFrom('series').selectAll().where('code', 'in', ['1.2.1', 'archived-8.3.1', named('8.8.1', 'Fatal injury')])
        .orderBy('code').execute();
      assert.deepEqual(series, [
        { code: '1.2.1', name: 'Percentage of the population living in households at risk of poverty', unit: 'Percentage (%)' },
        { code: named('8.8.1', 'Fatal injury'), name: 'Fatal injury', unit: 'Rate per 100,000 workers' },
        { code: 'archived-8.3.1', name: 'Unpaid Family Workers as a proportion of all employees - United Kingdom', unit: 'Percentage (%)' },
      ].sort((a, b) => (a.code < b.code ? -1 : 1)));
      const links = await store.db.selectFrom('series_indicators').selectAll().where('series_code', '=', '1.2.1').execute();
      assert.deepEqual(links, [{ series_code: '1.2.1', indicator_id: '1.2.1', relation: 'measures' }]);
    });

    it('importOpenSdg stores settings for every metadata file, data or not, and the front matter plus body as English metadata', async () => {
      const settings = await store.db.selectFrom('indicator_settings').selectAll().orderBy('indicator_id').execute();
      assert.deepEqual(settings.map((s) => s.indicator_id), ['1.2.1', '16.7.1', '17.10.1', '3.4.1', '3.9.1', 'archived-8.3.1']);
      assert.deepEqual(settings[0], {
        indicator_id: '1.2.1', reporting_status: 'complete', graph_type: 'line', data_non_statistical: 0,
        national_geographical_coverage: 'United Kingdom', computation_units: 'Percentage (%)', source_id: settings[0]!.source_id,
      });
      const meta = await store.db.selectFrom('indicator_metadata').selectAll().where('indicator_id', '=', '1.2.1').execute();
      assert.deepEqual(meta.map((m) => m.lang), ['en']);
      const fields = JSON.parse(meta[0]!.content) as Record<string, unknown>;
      assert.equal(fields.indicator_name, 'global_indicators.1-2-1-title');
      assert.equal(fields.source_organisation_1, 'Eurostat');
      assert.deepEqual(fields.expected_disaggregations, ['Age', 'Sex']);
      assert.match(String(fields.page_content), /^"Percentage of the population living in households at risk of poverty" data from EU-Statistics/);
    });

    it('importOpenSdg run again on the same folder leaves the same content and the same report', async () => {
      const first = await storeDigest(store.db);
      const again = await importOpenSdg(store, GBR, { countryArea: '826' });
      assert.deepEqual(again, report);
      assert.equal(await storeDigest(store.db), first);
    });
  });

  describe(`importOpenSdg on the Canada fixture (modern layout) on ${dialect}`, { skip }, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let report: ImportReport;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      report = await importOpenSdg(store, CAN, { countryArea: '124', sourceKey: 'opensdg:canada' });
    });
    after(async () => dispose?.());

    it('importOpenSdg reads 27 rows, stores 26 and rejects the Value "Inf" with its line', () => {
      assert.deepEqual({ read: report.rowsRead, stored: report.rowsStored, rejected: report.rowsRejected }, { read: 27, stored: 26, rejected: 1 });
      assert.deepEqual(report.rejects, [{ file: 'data/indicator_9-b-1.csv', line: 3, column: 'Value', reason: 'not a number: "Inf"' }]);
    });

    it('importOpenSdg records the source under the given key with its observation count', async () => {
      const sources = await store.db.selectFrom('data_sources').select(['key', 'kind', 'observation_count']).execute();
      assert.deepEqual(sources, [{ key: 'opensdg:canada', kind: 'opensdg', observation_count: 26 }]);
    });

    it('importOpenSdg reads a file whose last column is COMMENT_OBS_1, joining both comment columns (2-1-1)', async () => {
      const rows = await observations(store, '2.1.1');
      assert.equal(rows.length, 9);
      assert.deepEqual(rows[4], {
        area_code: '124', time_period: '2019', period_kind: 'year', period_start: '2019-01-01', period_end: '2019-12-31', dimensions: '',
        unit: 'Percentage (%)', unit_mult: null, value: 2.5, obs_status: null, nature: null, attributes: null,
        comment: 'Values showing as 2.5 may signify a prevalence of undernourishment below 2.5%; Estimates are based on projected values.',
      });
    });

    it('importOpenSdg keeps Progress as an attribute, reads quarters and maps Age group and Location (10-3-1, 4-5-1)', async () => {
      const [q1, q2] = await observations(store, named('10.3.1', 'Proportion of population reporting to have experienced discrimination or unfair treatment'));
      assert.deepEqual([q1!.time_period, q1!.period_end, q1!.value, q1!.attributes], ['2024-Q1', '2024-03-31', 35.9, '{"Progress":"35.9"}']);
      assert.deepEqual([q2!.time_period, q2!.attributes], ['2024-Q2', null]);
      assert.match(String(q1!.dimensions), /\|AGE=_T\|/);
      const [completion] = await observations(store, named('4.5.1', 'Completion rate'));
      assert.deepEqual([completion!.dimensions, completion!.unit, completion!.value, completion!.attributes], [
        '|AGE=_T|Highest level of education=Upper secondary education|SEX=_T|URBANISATION=_T|', 'Adjusted gender parity index', 1.013,
        '{"Progress":"1"}',
      ]);
    });

    it('importOpenSdg maps GeoCode 48 to an area under 124 and keeps Geography rows without a code on the country (1-2-1)', async () => {
      const rows = await observations(store, '1.2.1');
      assert.deepEqual(rows.map((r) => [r.area_code, r.time_period, r.dimensions, r.value]), [
        ['124', '2015', '|Geography=_T|Persons in low income=_T|', 14.5],
        ['124', '2016', '|Geography=_T|Persons in low income=_T|', 12.9],
        ['48', '2015', '|Geography=Alberta|Persons in low income=All persons|', 9.4],
        ['124', '2015', '|Geography=Calgary, Alberta|Persons in low income=All persons|', 11.5],
      ]);
      const areas = await store.db.selectFrom('reference_areas').select(['code', 'parent_code', 'level', 'name']).execute();
      assert.deepEqual(areas, [{ code: '48', parent_code: '124', level: 'geography', name: 'Alberta' }]);
    });

    it('importOpenSdg reads "2016/18 (baseline)" and "1980 to 1990" as ranges', async () => {
      const wetlands = await observations(store, named('6.6.1', 'Wetlands area'));
      assert.deepEqual(wetlands.map((r) => [r.time_period, r.unit, r.attributes, r.value]), [
        ['2016-2018', 'Square kilometers', '{"TIME_DETAIL":"baseline"}', 806938],
        ['2016-2018', 'Percentage (%)', '{"TIME_DETAIL":"baseline"}', 8.17],
      ]);
      const migrants = await observations(store, '10.7.4');
      assert.deepEqual(migrants.map((r) => [r.time_period, r.period_start, r.period_end]),
        [['1980-1990', '1980-01-01', '1990-12-31'], ['1991-2000', '1991-01-01', '2000-12-31']]);
    });

    it('importOpenSdg stores English and French metadata, resolving the repository translation keys per language', async () => {
      const meta = await store.db.selectFrom('indicator_metadata').selectAll().where('indicator_id', '=', '1.2.1').orderBy('lang').execute();
      assert.deepEqual(meta.map((m) => m.lang), ['en', 'fr']);
      const [en, fr] = meta.map((m) => JSON.parse(m.content) as Record<string, unknown>);
      assert.equal(en!.graph_title, 'Proportion of population living below the national poverty line');
      // The repository writes é decomposed (e + U+0301); metadata comes out in NFC.
      assert.equal(fr!.graph_title, 'Proportion de la population vivant au-dessous du seuil national de pauvret\u00e9');
      assert.equal(en!.indicator_name, 'Proportion of population living below the national poverty line, by sex and age');
      assert.equal(fr!.indicator_name, 'Proportion de la population vivant au-dessous du seuil national de pauvreté, par sexe et âge'.normalize('NFC'));
      assert.match(String(fr!.page_content), /^Cet indicateur s’aligne/);
      assert.match(String(fr!.STAT_CONC_DEF), /^<p>Cet indicateur mesure/);
      assert.equal(en!.reporting_status, 'complete');
    });

    it('importOpenSdg reads YAML files that repeat a key, keeping the last value as Open SDG does (10-7-2, meta/3-4-1)', async () => {
      const settings = await store.db.selectFrom('indicator_settings').select(['indicator_id', 'reporting_status', 'computation_units'])
        .orderBy('indicator_id').execute();
      assert.deepEqual(settings, [
        { indicator_id: '1.2.1', reporting_status: 'complete', computation_units: 'Percentage (%)' },
        { indicator_id: '10.7.2', reporting_status: 'complete', computation_units: 'Score' },
        { indicator_id: '2.1.1', reporting_status: 'complete', computation_units: null },
        { indicator_id: '3.4.1', reporting_status: 'notstarted', computation_units: null },
        { indicator_id: '4.5.1', reporting_status: 'complete', computation_units: null },
      ]);
    });

    it('importOpenSdg run again leaves the same content', async () => {
      const first = await storeDigest(store.db);
      await importOpenSdg(store, CAN, { countryArea: '124', sourceKey: 'opensdg:canada' });
      assert.equal(await storeDigest(store.db), first);
    });
  });

  describe(`importOpenSdg on folders it cannot read on ${dialect}`, { skip }, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => ({ store, dispose } = await freshStore(dialect)));
    after(async () => dispose?.());

    it('importOpenSdg throws ImportError for a missing folder and for a folder that is not a repository, writing nothing', async () => {
      const empty = mkdtempSync(join(tmpdir(), 'sdg-not-opensdg-'));
      try {
        await assert.rejects(importOpenSdg(store, join(empty, 'missing'), { countryArea: '826' }),
          (e: unknown) => e instanceof ImportError && /cannot read the folder/.test(e.message));
        await assert.rejects(importOpenSdg(store, empty, { countryArea: '826' }),
          (e: unknown) => e instanceof ImportError && /not an Open SDG data repository/.test(e.message));
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
      assert.deepEqual(await store.db.selectFrom('data_sources').selectAll().execute(), []);
    });
  });
}
