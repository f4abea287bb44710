import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Observation, ReferenceArea, Series, TimePeriod } from '../../../src/domain/index.ts';
import { importSdmx } from '../../../src/ingest/sdmx/index.ts';
import { decodeDimensions, upsertAreas, type Db, type Store } from '../../../src/store/index.ts';
import { apiSuite } from '../../support/api-suite.ts';
import { observation, year } from '../../support/builders.ts';
import { seedBangladesh, UNDER_FIVE_MORTALITY } from '../../support/country-seed.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { readSdmxCsv, type SdmxRow } from './sdmx-read-back.ts';

const work = mkdtempSync(join(tmpdir(), 'sdg-sdmx-round-trip-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Extreme poverty (1.1.1) in CL_UNIT_MEASURE's percent. */
const POVERTY: Series = { code: 'SI_POV_DAY1', name: 'Proportion of population below international poverty line', unit: 'PT', indicators: [{ indicatorId: '1.1.1', relation: 'measures' }] };
/** A national series (not in CL_SERIES) for 4.6.1, with a national breakdown. */
const LITERACY: Series = { code: 'BD_SE_ADT_LITR', name: 'Adult literacy rate (national survey)', unit: 'PT', indicators: [{ indicatorId: '4.6.1', relation: 'measures' }] };
/** A national series counted in thousands (UNIT_MULT 3). */
const BIRTHS: Series = { code: 'BD_SP_REG_BRTH', name: 'Registered births', unit: 'NUMBER', indicators: [{ indicatorId: '16.9.1', relation: 'measures' }] };

/** Bangladesh, one division and one district: ISO 3166-2 codes, outside CL_AREA. */
const AREAS: ReferenceArea[] = [
  { code: 'BD-C', parent: '050', level: 'division', names: { en: 'Dhaka' }, m49: null, iso3: null, codes: {} },
  { code: 'BD-13', parent: 'BD-C', level: 'district', names: { en: 'Dhaka' }, m49: null, iso3: null, codes: {} },
];

const period = (kind: TimePeriod['kind'], label: string, start: string, end: string): TimePeriod => ({ kind, label, start, end });

/**
 * Every kind of stored period, code and attribute the SDMX export writes: years, a fiscal year (2016/17 → 2016-A1), a
 * range of years (→ 2010-01-01/P6Y) and of fiscal years (2002/03-2007/08 → 2002-01-01/P7Y), a quarter, a month, dated
 * ranges (one of them a whole month, written in days); a district outside CL_AREA; national series outside CL_SERIES;
 * national breakdowns (→ CUST_BREAKDOWN and its label); OBS_STATUS, NATURE, a formula-like comment, SOURCE_DETAIL,
 * UNIT_MULT 3; and observations without OBS_STATUS or UNIT_MULT, which the export writes as A and 0. 17 observations.
 */
const OBSERVATIONS: Observation[] = [
  ...(['_T', 'F', 'M'] as const).flatMap((sex, i) => ['2020', '2021'].map((y) => observation({
    period: year(y), dimensions: { SEX: sex, AGE: 'Y0T4' }, value: 28.8 - i + Number(y) / 1000, unitMult: 0,
    attributes: { OBS_STATUS: 'E', NATURE: 'E', ...(sex === 'F' && y === '2021' ? { COMMENT_OBS: '=1+2 revised' } : {}) },
  }))),
  observation({ area: 'BD-13', period: year('2022'), dimensions: { AGE: 'Y0T4' }, value: 21.4, unitMult: 0, attributes: { OBS_STATUS: 'A', NATURE: 'C' } }),
  observation({ series: 'SI_POV_DAY1', unit: 'PT', period: period('fiscal-year', '2016/17', '2016-01-01', '2017-12-31'), dimensions: { URBANISATION: 'R' }, value: 16.2 }),
  observation({ series: 'SI_POV_DAY1', unit: 'PT', period: period('fiscal-year', '2016/17', '2016-01-01', '2017-12-31'), dimensions: { URBANISATION: 'U' }, value: 6.8 }),
  observation({ series: 'SI_POV_DAY1', unit: 'PT', period: period('range', '2010-2015', '2010-01-01', '2015-12-31'), dimensions: { URBANISATION: '_T' }, value: 18.5, attributes: { SOURCE_DETAIL: 'HIES 2010' } }),
  observation({ series: 'SI_POV_DAY1', unit: 'PT', period: period('range', '2002/03-2007/08', '2002-01-01', '2008-12-31'), value: 24.1 }),
  observation({ series: 'BD_SE_ADT_LITR', unit: 'PT', period: period('quarter', '2024-Q1', '2024-01-01', '2024-03-31'), value: 77.9 }),
  observation({ series: 'BD_SE_ADT_LITR', unit: 'PT', area: 'BD-13', period: year('2022'), dimensions: { religion: 'Hindu' }, value: 80.2 }),
  observation({ series: 'BD_SE_ADT_LITR', unit: 'PT', period: year('2022'), dimensions: { SEX: 'F', religion: 'Muslim', 'Disability type': 'Visual' }, value: 41.5, attributes: { COMMENT_OBS: 'Census 2022' } }),
  observation({ series: 'BD_SP_REG_BRTH', unit: 'NUMBER', unitMult: 3, period: period('month', '2020-05', '2020-05-01', '2020-05-31'), value: 201.3 }),
  observation({ series: 'BD_SP_REG_BRTH', unit: 'NUMBER', unitMult: 3, period: period('date-range', '2020-05-15/2020-06-14', '2020-05-15', '2020-06-14'), value: 198.7 }),
  observation({ series: 'BD_SP_REG_BRTH', unit: 'NUMBER', unitMult: 3, period: period('date-range', '2020-05-01/2020-05-31', '2020-05-01', '2020-05-31'), value: 200.1, attributes: { NATURE: 'M' } }),
];

const SERIES = [UNDER_FIVE_MORTALITY, POVERTY, LITERACY, BIRTHS];
const addAreas = (trx: Db) => upsertAreas(trx, AREAS);

/** A stored observation in the terms compared: every field, breakdowns without `_T` totals (see the suite's note). */
interface Compared {
  series: string; area: string; label: string; kind: string; start: string; end: string; dimensions: Record<string, string>;
  value: number; unit: string; unitMult: number | null; obsStatus: string | null; nature: string | null; comment: string | null;
  attributes: Record<string, string>;
}

/** The observations of one source (or of every source), keyed by series, area, period, breakdown and unit. */
async function storedBy(store: Store, sourceKey?: string): Promise<Map<string, Compared>> {
  let q = store.db.selectFrom('observations').innerJoin('data_sources', 'data_sources.id', 'observations.source_id')
    .select(['series_code', 'area_code', 'time_period', 'period_kind', 'period_start', 'period_end', 'dimensions', 'value', 'unit', 'unit_mult', 'obs_status', 'nature', 'comment', 'attributes']);
  if (sourceKey !== undefined) q = q.where('data_sources.key', '=', sourceKey);
  const out = new Map<string, Compared>();
  for (const r of await q.execute()) {
    const dimensions = Object.fromEntries(Object.entries(decodeDimensions(r.dimensions)).filter(([, code]) => code !== '_T'));
    const o: Compared = {
      series: r.series_code, area: r.area_code, label: r.time_period, kind: r.period_kind, start: r.period_start, end: r.period_end, dimensions,
      value: Number(r.value), unit: r.unit, unitMult: r.unit_mult, obsStatus: r.obs_status, nature: r.nature, comment: r.comment,
      attributes: r.attributes ? JSON.parse(r.attributes) : {},
    };
    const key = [o.series, o.area, o.label, JSON.stringify(Object.entries(dimensions).sort()), o.unit].join('|');
    assert.ok(!out.has(key), `one stored observation for ${key}`);
    out.set(key, o);
  }
  return out;
}

/** The original as SDMX must write it: OBS_STATUS and UNIT_MULT are mandatory in the SDG DSD, so none is A and 0. */
function withMandatoryDefaults(o: Compared): Compared {
  return { ...o, obsStatus: o.obsStatus ?? 'A', unitMult: o.unitMult ?? 0 };
}

/** Writes SDMX-CSV rows with the header of the first. */
function writeSdmxCsv(file: string, rows: SdmxRow[]): void {
  const header = Object.keys(rows[0]!);
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  writeFileSync(file, [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h]!)).join(','))].join('\n'));
}

for (const dialect of STORE_DIALECTS) {
  /**
   * The published data exported as SDMX-CSV and read back with the product's own importer, against the DSD the
   * export names (IAEG-SDGs:SDG(1.14), the importer's default), into a Bangladesh store that holds the framework, the
   * areas and the series catalogue but no observation. Two things SDMX cannot carry are compared as SDMX means them:
   * every key dimension has a value in SDMX, so a breakdown left out and its `_T` total are one (the importer stores
   * `_T` for every dimension of the DSD); and OBS_STATUS and UNIT_MULT are mandatory, so an observation without them
   * comes back with A (normal value) and 0. Every code here is in its DSD list and content constraint, so no code is
   * taken on the store's word (see sdmx-round-trip-bangladesh.test.ts for the UN extract's codes that are not).
   */
  describe(`SDMX-CSV export read back by importSdmx on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, (store) => seedBangladesh(store, 'test:bgd', SERIES, OBSERVATIONS, addAreas));
    let target: Awaited<ReturnType<typeof freshStore>>;
    before(async () => {
      target = await freshStore(dialect);
      await seedBangladesh(target.store, 'test:catalogue', SERIES, [], addAreas);
    });
    after(async () => target?.dispose());

    for (const version of ['1.0', '2.0'] as const) {
      it(`GET /data?format=sdmx-csv&sdmxVersion=${version} imports back with every row stored and every observation equal field by field`, async () => {
        const started = performance.now();
        const text = (await api.app.inject(`/api/v1/data?format=sdmx-csv&sdmxVersion=${version}`)).body;
        const exported = readSdmxCsv(text);
        const file = join(work, `bgd-${dialect}-${version}.sdmx.csv`);
        writeFileSync(file, text);
        const report = await importSdmx(target.store, file, { sourceKey: `round-trip-${version}` });
        const elapsed = performance.now() - started;

        assert.equal(exported.length, OBSERVATIONS.length);
        assert.deepEqual(report, { rowsRead: exported.length, rowsStored: exported.length, rowsRejected: 0, rejects: [] });
        const original = await storedBy(api.store);
        const back = await storedBy(target.store, `round-trip-${version}`);
        assert.equal(back.size, exported.length);
        let identical = 0;
        let defaulted = 0;
        for (const [key, o] of original) {
          const b = back.get(key);
          assert.ok(b, `${key} comes back`);
          if (JSON.stringify(b) === JSON.stringify(o)) identical += 1;
          else defaulted += 1;
          assert.deepEqual(b, withMandatoryDefaults(o), key);
        }
        // 7 of the 17 observations give OBS_STATUS and UNIT_MULT (the six under-five rows and the district one), so
        // 10 come back with A and 0 or A alone: the poverty rows (4), literacy (3) and births (3, UNIT_MULT 3).
        assert.deepEqual({ identical, defaulted }, { identical: 7, defaulted: 10 });
        process.stdout.write(`# SDMX-CSV ${version} on ${dialect}: ${exported.length} rows exported, ${report.rowsStored} re-imported, ${identical} identical, ${defaulted} identical after the mandatory defaults, ${elapsed.toFixed(0)} ms\n`);
      });
    }

    it('importSdmx stores the fiscal year, the ranges and the national codes as the original, not as their SDMX forms', async () => {
      const back = [...(await storedBy(target.store, 'round-trip-1.0')).values()];
      const labels = (series: string) => back.filter((o) => o.series === series).map((o) => `${o.kind} ${o.label}`).sort();
      assert.deepEqual(labels('SI_POV_DAY1'), ['fiscal-year 2016/17', 'fiscal-year 2016/17', 'range 2002/03-2007/08', 'range 2010-2015']);
      assert.deepEqual(labels('BD_SP_REG_BRTH'), ['date-range 2020-05-01/2020-05-31', 'date-range 2020-05-15/2020-06-14', 'month 2020-05']);
      const literacy = back.filter((o) => o.series === 'BD_SE_ADT_LITR').map((o) => [o.area, o.label, o.dimensions]);
      assert.deepEqual(literacy.sort(), [
        ['050', '2022', { 'Disability type': 'Visual', SEX: 'F', religion: 'Muslim' }], ['050', '2024-Q1', {}], ['BD-13', '2022', { religion: 'Hindu' }],
      ].sort());
      assert.ok(back.every((o) => !('TIME_DETAIL' in o.attributes) && !('CUST_BREAKDOWN_LB' in o.attributes)));
      const names = await target.store.db.selectFrom('series').select(['code', 'name']).where('code', 'like', 'BD_%').orderBy('code').execute();
      assert.deepEqual(names, [{ code: 'BD_SE_ADT_LITR', name: LITERACY.name }, { code: 'BD_SP_REG_BRTH', name: BIRTHS.name }]);
    });

    it('importSdmx takes a unit outside a series\' content constraint only when published observations of that same series carry it', async () => {
      // PT is published for SI_POV_DAY1 and the literacy series, never for under-five mortality (constraint: PER_1000_LIVE_BIRTHS).
      const rows = readSdmxCsv((await api.app.inject('/api/v1/data?format=sdmx-csv')).body);
      const file = join(work, `bgd-${dialect}-unit.sdmx.csv`);
      writeSdmxCsv(file, rows.map((r) => (r.SERIES === 'SH_DYN_MORT' ? { ...r, UNIT_MEASURE: 'PT' } : r)));
      const report = await importSdmx(api.store, file, { dryRun: true });
      assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [17, 10, 7]);
      assert.deepEqual([...new Set(report.rejects.map((r) => `${r.column}: ${r.reason}`))], [
        "UNIT_MEASURE: UNIT_MEASURE code 'PT' is outside the content constraint of series SH_DYN_MORT (allowed: PER_1000_LIVE_BIRTHS)",
      ]);
    });

    it('importSdmx still rejects codes outside the DSD lists that the store does not vouch for', async () => {
      const text = (await api.app.inject('/api/v1/data?format=sdmx-csv')).body;
      const rows = readSdmxCsv(text);
      const changed = rows.map((r): Record<string, string> => ({
        ...r,
        ...(r.REF_AREA === 'BD-13' ? { REF_AREA: 'BD-99' } : {}),
        ...(r.SERIES === 'BD_SP_REG_BRTH' ? { SERIES: 'BD_UNKNOWN' } : {}),
        ...(r.CUST_BREAKDOWN_LB === 'religion: Hindu' ? { CUST_BREAKDOWN_LB: 'religion: Buddhist' } : {}),
      }));
      const file = join(work, `bgd-${dialect}-changed.sdmx.csv`);
      writeSdmxCsv(file, changed);
      const report = await importSdmx(target.store, file, { dryRun: true });
      const reasons = report.rejects.map((r) => `${r.column}: ${r.reason.replace(/\(.*$/, '').trim()}`).sort();
      // BD-13 twice (under-five 2022 and literacy Hindu; the latter also for its label), births three times.
      assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [17, 12, 5]);
      assert.deepEqual([...new Set(reasons)], [
        "CUST_BREAKDOWN: CUST_BREAKDOWN code 'RELIGION_HINDU' is not in CL_CUST_BREAKDOWN",
        "REF_AREA: REF_AREA code 'BD-99' is not a stored reference area",
        "REF_AREA: REF_AREA code 'BD-99' is not in CL_AREA",
        "SERIES: SERIES code 'BD_UNKNOWN' is not in CL_SERIES",
        'SERIES: series BD_UNKNOWN is linked to no indicator of the framework un-gif-2025',
      ]);
    });
  });
}
