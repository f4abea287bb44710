import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import { setUpCountry } from '../../../src/cli/set-up-country.ts';
import { importSdmx } from '../../../src/ingest/sdmx/index.ts';
import { type Store, upsertAreas } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { GENERIC_SAMPLE, STRUCTURE_SPECIFIC_SAMPLE } from './rwanda-store.ts';

const work = mkdtempSync(join(tmpdir(), 'sdg-sdmx-formats-'));
after(() => rmSync(work, { recursive: true, force: true }));

const KEY = 'FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,DISABILITY_STATUS,ACTIVITY,PRODUCT';
const TOTALS = '_T,_T,_T,_T,_T,_T,_T,_T,_T,_T';
/** The six synthetic observations of the samples (SI_POV_DAY1, 826, total 100/120, male 50/60, female 70/80) as SDMX-CSV rows. */
const CSV_ROWS = [['_T', 2020, 100], ['_T', 2021, 120], ['M', 2020, 50], ['M', 2021, 60], ['F', 2020, 70], ['F', 2021, 80]]
  .map(([sex, year, value]) => `A,N,SI_POV_DAY1,826,${sex},${TOTALS},${year},${value},A,0,PT,_X`);

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** The stored observations of one source, in key order, without ids and import times. */
async function stored(store: Store, key: string): Promise<Record<string, unknown>[]> {
  const rows = await store.db.selectFrom('observations').innerJoin('data_sources', 'data_sources.id', 'observations.source_id')
    .select(['series_code', 'area_code', 'time_period', 'dimensions', 'unit', 'unit_mult', 'value', 'obs_status', 'nature', 'comment', 'attributes'])
    .where('data_sources.key', '=', key).orderBy('dimensions').orderBy('time_period').execute();
  return rows.map((r) => ({ ...r }));
}

/** The 1-based line of the n-th (0-based) match of a text in a file's text. */
function lineOf(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  return text.slice(0, at).split('\n').length;
}

for (const dialect of STORE_DIALECTS) {
  describe(`importSdmx of the synthetic 1.1.1 samples against the global DSD on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await prepareStore(store);
      await setUpCountry(store, 'GBR');
      await store.db.transaction().execute((trx) => upsertAreas(trx, [
        { code: '372', parent: null, level: 'country', names: { en: 'Ireland' }, m49: '372', iso3: 'IRL', codes: {} },
      ]));
    });
    after(async () => dispose?.());

    it('importSdmx stores the same six observations from GenericData, StructureSpecificData, SDMX-CSV 1.0 and SDMX-CSV 2.0', async () => {
      const csv1 = file('sample-1.csv', `DATAFLOW,${KEY},TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,NATURE\n${CSV_ROWS.map((r) => `IAEG-SDGs:DF_SDG_GLH(1.0),${r}`).join('\n')}\n`);
      const csv2 = file('sample-2.csv', `STRUCTURE,STRUCTURE_ID,ACTION,${KEY},TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,NATURE\n${CSV_ROWS.map((r) => `dataflow,IAEG-SDGs:DF_SDG_GLH(1.0),I,${r}`).join('\n')}\n`);
      for (const [key, path] of [['generic', GENERIC_SAMPLE], ['ss', STRUCTURE_SPECIFIC_SAMPLE], ['csv1', csv1], ['csv2', csv2]] as const) {
        const report = await importSdmx(store, path, { sourceKey: key });
        assert.deepEqual(report, { rowsRead: 6, rowsStored: 6, rowsRejected: 0, rejects: [] }, key);
      }
      const generic = await stored(store, 'generic');
      assert.equal(generic.length, 6);
      assert.deepEqual(generic.map((r) => [r.dimensions as string, r.time_period, r.value]).map(([d, t, v]) => [/SEX=(\w+)/.exec(d as string)![1], t, v]),
        [['F', '2020', 70], ['F', '2021', 80], ['M', '2020', 50], ['M', '2021', 60], ['_T', '2020', 100], ['_T', '2021', 120]]);
      assert.deepEqual(generic[0], {
        series_code: 'SI_POV_DAY1', area_code: '826', time_period: '2020',
        dimensions: '|ACTIVITY=_T|AGE=_T|COMPOSITE_BREAKDOWN=_T|CUST_BREAKDOWN=_T|DISABILITY_STATUS=_T|EDUCATION_LEV=_T|INCOME_WEALTH_QUANTILE=_T|OCCUPATION=_T|PRODUCT=_T|SEX=F|URBANISATION=_T|',
        unit: 'PT', unit_mult: 0, value: 70, obs_status: 'A', nature: '_X', comment: null, attributes: null,
      });
      assert.deepEqual(await stored(store, 'ss'), generic);
      assert.deepEqual(await stored(store, 'csv1'), generic);
      assert.deepEqual(await stored(store, 'csv2'), generic);
    });

    it('importSdmx reports a code not in its list, a code outside the series constraint and an unknown REF_AREA with line and column', async () => {
      const text = readFileSync(STRUCTURE_SPECIFIC_SAMPLE, 'utf8')
        .replace('SEX="M"', 'SEX="X"')
        .replace(/(SEX="F"[^>]*)UNIT_MEASURE="PT"/, '$1UNIT_MEASURE="NUMBER"')
        .replace('<Obs TIME_PERIOD="2021" OBS_VALUE="120" OBS_STATUS="A"', '<Obs TIME_PERIOD="2021" OBS_VALUE="120" OBS_STATUS="Z"')
        .replace('</message:DataSet>', '  <Series FREQ="A" REPORTING_TYPE="N" SERIES="SI_POV_DAY1" REF_AREA="4" SEX="_T" AGE="_T" URBANISATION="_T" '
          + 'INCOME_WEALTH_QUANTILE="_T" EDUCATION_LEV="_T" OCCUPATION="_T" CUST_BREAKDOWN="_T" COMPOSITE_BREAKDOWN="_T" DISABILITY_STATUS="_T" '
          + 'ACTIVITY="_T" PRODUCT="_T" UNIT_MEASURE="PT">\n    <Obs TIME_PERIOD="2020" OBS_VALUE="1" OBS_STATUS="A" UNIT_MULT="0"/>\n  </Series>\n</message:DataSet>');
      const path = file('bad.xml', text);
      const report = await importSdmx(store, path, { sourceKey: 'bad' });
      assert.deepEqual({ read: report.rowsRead, stored: report.rowsStored, rejected: report.rowsRejected }, { read: 7, stored: 1, rejected: 6 });
      const f = 'bad.xml';
      const male = lineOf(text, 'SEX="X"');
      const female = lineOf(text, 'UNIT_MEASURE="NUMBER"');
      const afghanistan = lineOf(text, 'REF_AREA="4"');
      assert.deepEqual(report.rejects, [
        { file: f, line: lineOf(text, 'OBS_STATUS="Z"'), column: 'OBS_STATUS', reason: "OBS_STATUS code 'Z' is not in CL_OBS_STATUS (SDMX 2.1)" },
        { file: f, line: male, column: 'SEX', reason: "SEX code 'X' is not in CL_SEX (IAEG-SDGs 1.1)" },
        { file: f, line: male, column: 'SEX', reason: "SEX code 'X' is not in CL_SEX (IAEG-SDGs 1.1)" },
        { file: f, line: female, column: 'UNIT_MEASURE', reason: "UNIT_MEASURE code 'NUMBER' is outside the content constraint of series SI_POV_DAY1 (allowed: PT)" },
        { file: f, line: female, column: 'UNIT_MEASURE', reason: "UNIT_MEASURE code 'NUMBER' is outside the content constraint of series SI_POV_DAY1 (allowed: PT)" },
        { file: f, line: afghanistan, column: 'REF_AREA', reason: "REF_AREA code '4' is not a stored reference area" },
      ]);
    });

    it('importSdmx passes a Group element\'s attributes on to the series whose key it shares (COMMENT_TS on the female series only)', async () => {
      const text = readFileSync(STRUCTURE_SPECIFIC_SAMPLE, 'utf8').replace('  <Series ',
        '  <Group xsi:type="ns1:Sibling" SERIES="SI_POV_DAY1" REF_AREA="826" SEX="F" COMMENT_TS="From the group"/>\n  <Series ');
      const report = await importSdmx(store, file('group.xml', text), { sourceKey: 'group' });
      assert.equal(report.rowsStored, 6);
      const rows = await stored(store, 'group');
      assert.deepEqual(rows.map((r) => [/SEX=(\w+)/.exec(r.dimensions as string)![1], r.attributes]), [
        ['F', '{"COMMENT_TS":"From the group"}'], ['F', '{"COMMENT_TS":"From the group"}'], ['M', null], ['M', null], ['_T', null], ['_T', null],
      ]);
    });

    it('importSdmx with countryArea rejects a stored area outside the country', async () => {
      const report = await importSdmx(store, STRUCTURE_SPECIFIC_SAMPLE, { countryArea: 'IRL', dryRun: true });
      assert.equal(report.rowsRejected, 6);
      assert.deepEqual(report.rejects[0], { file: 'sample_structure-specific_1-1-1_synthetic.xml', line: 20, column: 'REF_AREA', reason: "REF_AREA code '826' is not the country 372 or an area under it" });
    });

    it('importSdmx rejects an SDMX-CSV 2.0 deletion row (ACTION D) and reads a labelled header and labelled codes', async () => {
      const header = `STRUCTURE,STRUCTURE_ID,ACTION,${KEY.replace('SEX', 'SEX: Sex')},TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,NATURE`;
      const rows = [`dataflow,DF,I,${CSV_ROWS[4]!.replace(',F,', ',F: Female,')}`, `dataflow,DF,D,${CSV_ROWS[5]}`];
      const report = await importSdmx(store, file('labelled.csv', `${header}\n${rows.join('\n')}\n`), { dryRun: true });
      assert.deepEqual({ read: report.rowsRead, stored: report.rowsStored, rejected: report.rowsRejected }, { read: 2, stored: 1, rejected: 1 });
      assert.deepEqual(report.rejects, [{
        file: 'labelled.csv', line: 3, column: 'ACTION',
        reason: 'deletion row (ACTION D): importing the file replaces the whole source, so leave the row out to delete a value',
      }]);
    });

    it('importSdmx reports SDMX-CSV blank values, bad periods, missing dimensions and duplicates on their CSV lines', async () => {
      const rows = [CSV_ROWS[0]!, CSV_ROWS[0]!, CSV_ROWS[1]!.replace(',2021,120,', ',2021,,'), CSV_ROWS[2]!.replace(',2020,', ',2020-Q5,'), CSV_ROWS[3]!.replace(',M,', ',,')];
      const path = file('problems.csv', `DATAFLOW,${KEY},TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,NATURE\n${rows.map((r) => `DF,${r}`).join('\n')}\n`);
      const report = await importSdmx(store, path, { dryRun: true });
      assert.deepEqual({ read: report.rowsRead, stored: report.rowsStored, rejected: report.rowsRejected }, { read: 5, stored: 1, rejected: 4 });
      assert.deepEqual(report.rejects, [
        { file: 'problems.csv', line: 3, column: '', reason: 'duplicate: same series, area, period, breakdown and unit as line 2' },
        { file: 'problems.csv', line: 4, column: 'OBS_VALUE', reason: 'blank value: no OBS_VALUE' },
        { file: 'problems.csv', line: 5, column: 'TIME_PERIOD', reason: 'not a time period: "2020-Q5"' },
        { file: 'problems.csv', line: 6, column: 'SEX', reason: 'missing dimension: no SEX value (SEX is part of the key of IAEG-SDGs:SDG(1.14))' },
      ]);
    });
  });
}
