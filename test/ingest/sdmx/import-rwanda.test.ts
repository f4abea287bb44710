import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ImportError, type ImportReport } from '../../../src/ingest/reject-report.ts';
import { importSdmx } from '../../../src/ingest/sdmx/index.ts';
import type { Store } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { RWANDA_DATA, RWANDA_DSD, setUpRwanda } from './rwanda-store.ts';

/** The Obs elements of the Rwanda file, counted here with a regular expression rather than an XML parser. */
const OBS_IN_FILE = (readFileSync(RWANDA_DATA, 'utf8').match(/<Obs\s/g) ?? []).length;

const work = mkdtempSync(join(tmpdir(), 'sdg-sdmx-rwanda-'));
after(() => rmSync(work, { recursive: true, force: true }));

async function count(store: Store, table: 'observations' | 'data_sources' | 'series'): Promise<number> {
  const row = await store.db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The rejects grouped by kind of reason: the column and the reason with its code and series blanked. */
function kinds(report: ImportReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of report.rejects) {
    const kind = `${r.column}: ${r.reason.replace(/'[^']*'/g, "'…'").replace(/series \S+/, 'series …').replace(/\(allowed: .*\)$/, '(allowed: …)')}`;
    out[kind] = (out[kind] ?? 0) + 1;
  }
  return out;
}

for (const dialect of STORE_DIALECTS) {
  describe(`importSdmx of Rwanda's 2025 data against the NISR-SDGs 1.3 DSD on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let report: ImportReport;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await setUpRwanda(store);
      report = await importSdmx(store, RWANDA_DATA, { dsd: RWANDA_DSD, countryArea: 'RW' });
    });
    after(async () => dispose?.());

    it('importSdmx reads every Obs element of the file (2,330) and stores 1,960 and rejects 370, so read = stored + rejected', async () => {
      assert.equal(OBS_IN_FILE, 2330);
      assert.deepEqual({ read: report.rowsRead, stored: report.rowsStored, rejected: report.rowsRejected }, { read: 2330, stored: 1960, rejected: 370 });
      assert.equal(report.rowsStored + report.rowsRejected, OBS_IN_FILE);
      assert.equal(await count(store, 'observations'), 1960);
    });

    it('importSdmx names each problem of the 370 observations (410 problems): the global series constraints, and one series missing from CL_SERIES', () => {
      assert.deepEqual(kinds(report), {
        "UNIT_MEASURE: UNIT_MEASURE code '…' is outside the content constraint of series … (allowed: …)": 264,
        "ACTIVITY: ACTIVITY code '…' is outside the content constraint of series … (allowed: …)": 32,
        "AGE: AGE code '…' is outside the content constraint of series … (allowed: …)": 54,
        "EDUCATION_LEV: EDUCATION_LEV code '…' is outside the content constraint of series … (allowed: …)": 21,
        "SEX: SEX code '…' is outside the content constraint of series … (allowed: …)": 13,
        "URBANISATION: URBANISATION code '…' is outside the content constraint of series … (allowed: …)": 18,
        "SERIES: SERIES code '…' is not in CL_SERIES (NISR-SDGs 1.3)": 4,
        'SERIES: series … is linked to no indicator of the framework un-gif-2025 (CL_SERIES gives no Indicator annotation)': 4,
      });
    });

    it('importSdmx gives the line of the Series element for series-level codes and names the code, the list and the series', () => {
      const file = 'rwanda_2025_RWA-SDG_Data.xml';
      assert.deepEqual(report.rejects.find((r) => r.column === 'SERIES'),
        { file, line: 1838, column: 'SERIES', reason: "SERIES code 'SH_SAN_HNDWSH' is not in CL_SERIES (NISR-SDGs 1.3)" });
      assert.deepEqual(report.rejects.find((r) => r.column === 'UNIT_MEASURE'),
        { file, line: 288, column: 'UNIT_MEASURE', reason: "UNIT_MEASURE code 'IX' is outside the content constraint of series SI_POV_NMPI (allowed: PT)" });
      assert.deepEqual(report.rejects.find((r) => r.column === 'SEX'),
        { file, line: 683, column: 'SEX', reason: "SEX code '_T' is outside the content constraint of series SH_STA_MORT (allowed: F)" });
      assert.deepEqual(report.rejects.find((r) => r.column === 'AGE'),
        { file, line: 627, column: 'AGE', reason: "AGE code '_T' is outside the content constraint of series SH_STA_STNT (allowed: Y0T4)" });
    });

    it('importSdmx stores SI_POV_DAY1 2000 on Rwanda (RW → 646) with _T totals, unit PT, UNIT_MULT 0 and the observation attributes', async () => {
      // <Obs TIME_PERIOD="2000" OBS_VALUE="82.3" OBS_STATUS="A" UNIT_MULT="0" NATURE="_X" TIME_DETAIL="2000" COMMENT_OBS="…" SOURCE_DETAIL="World Bank"/>
      const row = await store.db.selectFrom('observations').selectAll().where('series_code', '=', 'SI_POV_DAY1').where('time_period', '=', '2000')
        .executeTakeFirstOrThrow();
      assert.deepEqual({ ...row, id: undefined, valid_from: undefined, source_id: undefined }, {
        id: undefined, valid_from: undefined, source_id: undefined, series_code: 'SI_POV_DAY1', area_code: '646', time_period: '2000',
        period_kind: 'year', period_start: '2000-01-01', period_end: '2000-12-31',
        dimensions: '|ACTIVITY=_T|AGE=_T|COMPOSITE_BREAKDOWN=_T|CUST_BREAKDOWN=_T|DISABILITY_STATUS=_T|EDUCATION_LEV=_T|INCOME_WEALTH_QUANTILE=_T|OCCUPATION=_T|PRODUCT=_T|SEX=_T|URBANISATION=_T|',
        unit: 'PT', unit_mult: 0, value: 82.3, obs_status: 'A', nature: '_X',
        comment: 'Proportion of population below international poverty line',
        attributes: '{"TIME_DETAIL":"2000","SOURCE_DETAIL":"World Bank"}',
      });
    });

    it('importSdmx puts district rows on the stored districts (11 Nyarugenge → RW.11) and uses all 36 areas of CL_REF_AREA', async () => {
      const row = await store.db.selectFrom('observations').select(['value']).where('series_code', '=', 'SI_POV_NAHC')
        .where('area_code', '=', 'RW.11').where('time_period', '=', '2011').executeTakeFirstOrThrow();
      assert.equal(row.value, 10.1);
      const areas = await store.db.selectFrom('observations').select('area_code').distinct().execute();
      assert.equal(areas.length, 36);
    });

    it('importSdmx names series from the DSD and links them to every indicator CL_SERIES gives', async () => {
      const series = await store.db.selectFrom('series').selectAll().where('code', '=', 'SI_POV_DAY1').executeTakeFirstOrThrow();
      assert.deepEqual(series, { code: 'SI_POV_DAY1', name: 'Proportion of population below international poverty line [1.1.1]', unit: 'PT' });
      const links = await store.db.selectFrom('series_indicators').select(['indicator_id', 'relation']).where('series_code', '=', 'SI_POV_DAY1').execute();
      assert.deepEqual(links, [{ indicator_id: '1.1.1', relation: 'measures' }]);
      const source = await store.db.selectFrom('data_sources').select(['key', 'kind', 'observation_count']).executeTakeFirstOrThrow();
      assert.deepEqual(source, { key: 'sdmx:rwanda_2025_RWA-SDG_Data.xml', kind: 'sdmx', observation_count: 1960 });
    });

    it('importSdmx of the same file again replaces the source: still 1,960 observations and one source', async () => {
      const again = await importSdmx(store, RWANDA_DATA, { dsd: RWANDA_DSD });
      assert.equal(again.rowsStored, 1960);
      assert.equal(await count(store, 'observations'), 1960);
      assert.equal(await count(store, 'data_sources'), 1);
    });

    it('importSdmx of a file cut in the middle throws ImportError with the line and leaves the store as it was', async () => {
      const text = readFileSync(RWANDA_DATA, 'utf8');
      const cut = join(work, `cut-${dialect}.xml`);
      writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.8)).replace(/<Obs [^>]*$/, '<Obs TIME_PERIOD="2000" <'));
      const before = await count(store, 'observations');
      await assert.rejects(importSdmx(store, cut, { dsd: RWANDA_DSD, sourceKey: 'sdmx:rwanda_2025_RWA-SDG_Data.xml' }),
        (e: unknown) => e instanceof ImportError && /not well-formed XML at line \d+/.test(e.message));
      assert.equal(await count(store, 'observations'), before);
      const source = await store.db.selectFrom('data_sources').select(['observation_count']).executeTakeFirstOrThrow();
      assert.equal(source.observation_count, 1960);
    });
  });

  describe(`importSdmx dry run on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await setUpRwanda(store);
    });
    after(async () => dispose?.());

    it('importSdmx with dryRun reports the same figures and stores no observation, series or source', async () => {
      const seriesBefore = await count(store, 'series');
      const report = await importSdmx(store, RWANDA_DATA, { dsd: RWANDA_DSD, dryRun: true });
      assert.deepEqual({ read: report.rowsRead, stored: report.rowsStored, rejected: report.rowsRejected }, { read: 2330, stored: 1960, rejected: 370 });
      assert.equal(await count(store, 'observations'), 0);
      assert.equal(await count(store, 'data_sources'), 0);
      assert.equal(await count(store, 'series'), seriesBefore);
    });

    it('importSdmx of national data without their DSD says at line 0 which DSD the data follow and which one checks them', async () => {
      const report = await importSdmx(store, RWANDA_DATA, { dryRun: true });
      assert.deepEqual(report.rejects[0], {
        file: 'rwanda_2025_RWA-SDG_Data.xml', line: 0, column: '',
        reason: 'other DSD: the data follow NISR-SDGs:SDG(1.3) and are checked against IAEG-SDGs:SDG(1.14); give --dsd for their own',
      });
      // CL_AREA has RW (Rwanda's ISO alpha-2) but not NISR's province and district codes.
      assert.deepEqual(report.rejects[1], { file: 'rwanda_2025_RWA-SDG_Data.xml', line: 84, column: 'REF_AREA', reason: "REF_AREA code '3' is not in CL_AREA (IAEG-SDGs 1.14)" });
      assert.equal(report.rowsRead, 2330);
    });

    it('importSdmx against a DSD that leaves CL_SEX out says so at line 0 of the DSD and checks SEX against the global CL_SEX', async () => {
      const xml = readFileSync(RWANDA_DSD, 'utf8');
      const start = xml.indexOf('<structure:Codelist id="CL_SEX"');
      const end = xml.indexOf('</structure:Codelist>', start) + '</structure:Codelist>'.length;
      const dsd = join(work, `no-sex-${dialect}.xml`);
      writeFileSync(dsd, xml.slice(0, start) + xml.slice(end));
      const report = await importSdmx(store, RWANDA_DATA, { dsd, dryRun: true });
      assert.deepEqual(report.rejects[0], {
        file: `no-sex-${dialect}.xml`, line: 0, column: 'SEX',
        reason: 'CL_SEX (IAEG-SDGs 1.1) is referenced but not included; codes are checked against CL_SEX (IAEG-SDGs 1.1) of the global DSD',
      });
      assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [2330, 1960, 370]);
    });
  });
}
