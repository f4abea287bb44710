import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { cellText, workbookRows } from '../../src/ingest/xlsx/index.ts';

async function rowsOf(workbook: ExcelJS.Workbook): Promise<unknown[]> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const out: unknown[] = [];
  for await (const row of workbookRows(Readable.from([bytes]))) out.push(row);
  return out;
}

describe('XLSX rows', () => {
  it('cellText gives numbers, rich text, formulas, hyperlinks, booleans, errors and dates as a CSV would', () => {
    assert.deepEqual([
      cellText(25.2), cellText(2021), cellText({ richText: [{ text: 'Fe' }, { text: 'male' }] }), cellText({ formula: 'A1*2', result: 50.4 }),
      cellText({ text: 'BBS', hyperlink: 'https://bbs.gov.bd' }), cellText(true), cellText({ error: '#N/A' }),
      cellText(new Date(Date.UTC(2020, 4, 1))), cellText(null),
    ], ['25.2', '2021', 'Female', '50.4', 'BBS', 'TRUE', '#N/A', '2020-05-01', '']);
  });

  it('workbookRows streams the sheet named data, whatever its place, skipping empty rows and trailing empty cells', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('read me').addRow(['How to fill in this template']);
    const data = workbook.addWorksheet('Data');
    data.addRow(['TIME_PERIOD', 'OBS_VALUE', null]);
    data.addRow([]);
    data.addRow(['2021', 27.3]);
    data.getCell('A4').value = '2020';
    data.getCell('B4').value = { formula: '27.3+1.5', result: 28.8 };
    assert.deepEqual(await rowsOf(workbook), [
      { sheet: 'Data', row: 1, cells: ['TIME_PERIOD', 'OBS_VALUE'] },
      { sheet: 'Data', row: 3, cells: ['2021', '27.3'] },
      { sheet: 'Data', row: 4, cells: ['2020', '28.8'] },
    ]);
  });

  it('workbookRows reads the first sheet of a workbook without a data sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['Year', 'Value']);
    workbook.addWorksheet('Sheet2').addRow(['not', 'this']);
    assert.deepEqual(await rowsOf(workbook), [{ sheet: 'Sheet1', row: 1, cells: ['Year', 'Value'] }]);
  });
});
