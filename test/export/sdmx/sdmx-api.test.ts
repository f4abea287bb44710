import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { restoreFormulaText } from '../../../src/export/csv/index.ts';
import { SDG_DATAFLOW, sdmxCsvHeader } from '../../../src/export/sdmx/index.ts';
import { codelistOf, readGlobalDsd, type Dsd } from '../../../src/ingest/sdmx-dsd/index.ts';
import { apiSuite } from '../../support/api-suite.ts';
import { dialectOptions, STORE_DIALECTS } from '../../support/stores.ts';
import { flattenSdmxJson, readSdmxCsv, type SdmxRow } from './sdmx-read-back.ts';
import { seedSdmxData } from './sdmx-seed.ts';

interface ApiObservation {
  series: string; area: string; timePeriod: string; dimensions: Record<string, string>; value: number; unit: string;
  unitMult: number | null; obsStatus: string | null; nature: string | null; comment: string | null; attributes: Record<string, string>;
}

/** The SDG DSD as shipped, read once for every suite. */
const dsdRead: Promise<Dsd> = readGlobalDsd();

/** The SDMX row of a JSON observation: same series, area (M49 without leading zeros), period label and breakdowns. */
function rowOf(rows: SdmxRow[], o: ApiObservation): SdmxRow {
  const found = rows.filter((r) => r.SERIES === o.series && (r.REF_AREA ?? '').padStart(3, '0') === o.area
    && (r.TIME_DETAIL || r.TIME_PERIOD) === o.timePeriod
    && ['SEX', 'AGE', 'URBANISATION'].every((d) => r[d] === (o.dimensions[d] ?? '_T')));
  assert.equal(found.length, 1, `one SDMX row for ${o.series} ${o.timePeriod} ${JSON.stringify(o.dimensions)}`);
  return found[0]!;
}

for (const dialect of STORE_DIALECTS) {
  describe(`SDMX output of the observations and data routes on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seedSdmxData);
    let dsd: Dsd;
    before(async () => { dsd = await dsdRead; });
    const get = (url: string) => api.app.inject(`/api/v1${url}`);
    const jsonOf = async (code: string): Promise<ApiObservation[]> => (await get(`/indicators/${code}/observations`)).json().data;

    it('GET …/observations?format=sdmx-csv answers SDMX-CSV 1.0 whose rows read back equal the JSON observations value by value', async () => {
      const r = await get('/indicators/3.2.1/observations?format=sdmx-csv');
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8');
      assert.equal(r.headers['content-disposition'], 'attachment; filename="indicator_3-2-1.sdmx.csv"');
      const rows = readSdmxCsv(r.body);
      assert.deepEqual(Object.keys(rows[0]!), sdmxCsvHeader('1.0'));
      const observations = await jsonOf('3.2.1');
      assert.equal(rows.length, observations.length);
      assert.equal(rows.length, 6);
      for (const o of observations) {
        const row = rowOf(rows, o);
        assert.equal(Number(row.OBS_VALUE), o.value);
        assert.deepEqual([row.DATAFLOW, row.FREQ, row.REPORTING_TYPE, row.TIME_PERIOD, row.UNIT_MEASURE, row.UNIT_MULT, row.OBS_STATUS, row.NATURE],
          ['IAEG-SDGs:DF_SDG_GLH(1.14)', 'A', 'N', o.timePeriod, o.unit, '0', o.obsStatus, o.nature]);
        assert.equal(restoreFormulaText(row.COMMENT_OBS!), o.comment ?? '');
      }
      // The formula-like comment is escaped for spreadsheets, as in every CSV the product writes.
      assert.equal(rows.find((x) => x.COMMENT_OBS !== '')?.COMMENT_OBS, "'=1+2 revised");
    });

    it('a fiscal year is the reporting year 2016-A1 with TIME_DETAIL 2016/17, a range 2010-01-01/P6Y, percent PT', async () => {
      const rows = readSdmxCsv((await get('/indicators/1.1.1/observations?format=sdmx-csv')).body);
      assert.deepEqual(rows.map((r) => [r.TIME_PERIOD, r.TIME_DETAIL, r.URBANISATION, r.OBS_VALUE, r.UNIT_MEASURE, r.SOURCE_DETAIL]).sort(), [
        ['2010-01-01/P6Y', '2010-2015', '_T', '18.5', 'PT', 'HIES 2010'],
        ['2016-A1', '2016/17', 'R', '16.2', 'PT', ''],
        ['2016-A1', '2016/17', 'U', '6.8', 'PT', ''],
      ]);
      for (const o of await jsonOf('1.1.1')) assert.equal(Number(rowOf(rows, o).OBS_VALUE), o.value);
    });

    it('sdmxVersion=2.0 answers SDMX-CSV 2.0: STRUCTURE datastructure, STRUCTURE_ID IAEG-SDGs:SDG(1.14), ACTION I, then the same cells', async () => {
      const one = readSdmxCsv((await get('/indicators/3.2.1/observations?format=sdmx-csv&SEX=F')).body);
      const r = await get('/indicators/3.2.1/observations?format=sdmx-csv&sdmxVersion=2.0&SEX=F');
      assert.equal(r.headers['content-type'], 'application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8');
      const two = readSdmxCsv(r.body);
      assert.deepEqual(Object.keys(two[0]!).slice(0, 4), ['STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'FREQ']);
      assert.deepEqual(two.map((x) => [x.STRUCTURE, x.STRUCTURE_ID, x.ACTION, x.SEX, x.OBS_VALUE]), [
        ['datastructure', 'IAEG-SDGs:SDG(1.14)', 'I', 'F', '26.6'], ['datastructure', 'IAEG-SDGs:SDG(1.14)', 'I', 'F', '25.2'],
      ]);
      const strip = (x: SdmxRow) => Object.fromEntries(Object.entries(x).filter(([k]) => !['DATAFLOW', 'STRUCTURE', 'STRUCTURE_ID', 'ACTION'].includes(k)));
      assert.deepEqual(two.map(strip), one.map(strip));
    });

    it('GET …/observations?format=sdmx-json answers an SDMX-JSON 2.0.0 message whose series read back equal the SDMX-CSV rows', async () => {
      for (const code of ['3.2.1', '1.1.1']) {
        const r = await get(`/indicators/${code}/observations?format=sdmx-json`);
        assert.equal(r.statusCode, 200);
        assert.equal(r.headers['content-type'], 'application/vnd.sdmx.data+json; version=2.0.0; charset=utf-8');
        const message = JSON.parse(r.body);
        assert.match(message.meta.schema, /2\.0\.0\/sdmx-json-data-schema\.json$/);
        const structure = message.data.structures[0];
        assert.deepEqual(structure.dimensions.series.map((d: { id: string; keyPosition: number }) => [d.id, d.keyPosition]),
          dsd.dimensions.filter((d) => d.kind === 'dimension').map((d, i) => [d.id, i]));
        assert.deepEqual(structure.dimensions.observation.map((d: { id: string; keyPosition: number }) => [d.id, d.keyPosition]), [['TIME_PERIOD', 15]]);
        assert.equal(structure.links[0].urn, 'urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=IAEG-SDGs:SDG(1.14)');
        const csv = readSdmxCsv((await get(`/indicators/${code}/observations?format=sdmx-csv`)).body)
          .map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, restoreFormulaText(v)])));
        const flat = flattenSdmxJson(message, sdmxCsvHeader('1.0'), SDG_DATAFLOW.ref);
        const order = (rows: SdmxRow[]) => rows.map((x) => JSON.stringify(x)).sort();
        assert.deepEqual(order(flat), order(csv));
      }
      const u5 = JSON.parse((await get('/indicators/3.2.1/observations?format=sdmx-json')).body);
      // Six observations in three series (one per sex), each with 2020 and 2021.
      assert.equal(Object.keys(u5.data.dataSets[0].series).length, 3);
      const sexes = [...u5.data.structures[0].dimensions.series[4].values].sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1));
      assert.deepEqual(sexes, [{ id: 'F', name: 'Female' }, { id: 'M', name: 'Male' }, { id: '_T', name: 'Both sexes or no breakdown by sex' }]);
    });

    it('every dimension and coded attribute value in the output is a code of its code list in the SDG DSD 1.14', async () => {
      const rows = readSdmxCsv((await get('/data?format=sdmx-csv')).body);
      assert.equal(rows.length, 9);
      let checked = 0;
      for (const component of [...dsd.dimensions.filter((d) => d.kind === 'dimension'), ...dsd.attributes]) {
        const list = codelistOf(dsd, component);
        if (!list) continue;
        for (const row of rows) {
          const code = row[component.id]!;
          if (code === '' && component.kind === 'attribute' && !component.mandatory) continue;
          assert.ok(list.codes.has(code), `${component.id} ${code} is in ${list.ref.id}`);
          checked += 1;
        }
      }
      // 15 dimensions + OBS_STATUS, UNIT_MULT, UNIT_MEASURE on 9 rows, + NATURE on the 6 estimated ones (the only
      // coded conditional attribute given).
      assert.equal(checked, 9 * 18 + 6);
    });

    it('GET /data answers all published data, or one indicator, series, area and years, as SDMX-CSV, SDMX-JSON or CSV', async () => {
      const all = readSdmxCsv((await get('/data?format=sdmx-csv')).body);
      const u5 = readSdmxCsv((await get('/indicators/3.2.1/observations?format=sdmx-csv')).body);
      const poverty = readSdmxCsv((await get('/indicators/1.1.1/observations?format=sdmx-csv')).body);
      const key = (x: SdmxRow) => JSON.stringify(x);
      assert.deepEqual(all.map(key).sort(), [...u5, ...poverty].map(key).sort());
      const subset = readSdmxCsv((await get('/data?format=sdmx-csv&indicator=3.2.1&series=SH_DYN_MORT&area=050&from=2021&to=2021')).body);
      assert.deepEqual(subset.map((x) => `${x.SEX} ${x.TIME_PERIOD} ${x.OBS_VALUE}`).sort(), ['F 2021 25.2', 'M 2021 29.2', '_T 2021 27.3']);
      assert.equal(subset.length, 3);
      const json = JSON.parse((await get('/data?format=sdmx-json&indicator=1.1.1')).body);
      assert.equal(Object.values(json.data.dataSets[0].series as Record<string, { observations: object }>).reduce((n, s) => n + Object.keys(s.observations).length, 0), 3);
      const csv = await get('/data?format=csv');
      assert.equal(csv.headers['content-disposition'], 'attachment; filename="sdg-data.csv"');
      const lines = csv.body.trim().split('\n');
      assert.equal(lines.length, 10);
      assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]).sort(), ['1.1.1', '1.1.1', '1.1.1', '3.2.1', '3.2.1', '3.2.1', '3.2.1', '3.2.1', '3.2.1']);
      assert.equal((await get('/data?indicator=99.9.9')).statusCode, 404);
      assert.equal((await get('/data?area=ZZZ')).statusCode, 400);
    });
  });
}
