import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { restoreFormulaText } from '../../../src/export/csv/index.ts';
import { apiSuite } from '../../support/api-suite.ts';
import { dialectOptions, STORE_DIALECTS } from '../../support/stores.ts';
import { seedSdmxData } from '../sdmx/sdmx-seed.ts';

/** A sheet's rows as texts, empty cells as '' (what a CSV of it holds). */
function sheetRows(sheet: ExcelJS.Worksheet, width: number): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: width }, (_, i) => {
      const v = row.getCell(i + 1).value;
      return v === null || v === undefined ? '' : String(v);
    }));
  });
  return rows;
}

for (const dialect of STORE_DIALECTS) {
  describe(`XLSX download of GET /indicators/{code}/observations?format=xlsx on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seedSdmxData);

    for (const query of ['', '&series=SH_DYN_MORT&SEX=F']) {
      it(`the data sheet read back with exceljs equals the CSV of the same selection${query ? ' (one series, SEX=F)' : ''}`, async () => {
        const csv = await api.app.inject(`/api/v1/indicators/3.2.1/observations?format=csv${query}`);
        const xlsx = await api.app.inject(`/api/v1/indicators/3.2.1/observations?format=xlsx${query}`);
        assert.equal(xlsx.statusCode, 200);
        assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        assert.equal(xlsx.headers['content-disposition'], query ? 'attachment; filename="indicator_3-2-1_SH_DYN_MORT.xlsx"' : 'attachment; filename="indicator_3-2-1.xlsx"');
        const expected = (parse(csv.body) as string[][]).map((row) => row.map(restoreFormulaText));
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        assert.deepEqual(book.worksheets.map((w) => w.name), ['data', 'metadata']);
        assert.deepEqual(sheetRows(book.getWorksheet('data')!, expected[0]!.length), expected);
        assert.equal(expected.length, query ? 3 : 7);
      });
    }

    it('the metadata sheet names the indicator, the selection and each source with its licence', async () => {
      const xlsx = await api.app.inject('/api/v1/indicators/3.2.1/observations?format=xlsx&SEX=F');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const fields = new Map(sheetRows(book.getWorksheet('metadata')!, 2).map(([k, v]) => [k!, v!]));
      assert.match(fields.get('indicator')!, /^3\.2\.1 Under.5 mortality rate$/);
      assert.equal(fields.get('selection'), 'SEX=F');
      assert.equal(fields.get('source 1'), 'test:sdmx');
      assert.equal(fields.get('source 1 licence'), 'CC BY 4.0');
      assert.match(fields.get('target')!, /^3\.2 /);
    });
  });
}
