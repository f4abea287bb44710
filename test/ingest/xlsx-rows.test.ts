import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { UnreadableWorkbookError, cellText, workbookRows } from '../../src/ingest/xlsx/index.ts';

async function rowsOf(workbook: ExcelJS.Workbook): Promise<unknown[]> {
  return rowsOfBytes(Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function rowsOfBytes(bytes: Buffer, chunkSize = bytes.length): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const row of workbookRows(Readable.from(chunked(bytes, chunkSize)))) out.push(row);
  return out;
}

/** The bytes in chunks with a turn of the event loop between them, as an upload's body arrives. */
async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += Math.max(size, 1)) {
    await new Promise((resolve) => setImmediate(resolve));
    yield bytes.subarray(at, at + size);
  }
}

/** A workbook as the upload template writer stores it: a `read me` sheet, then the `data` sheet. */
async function templateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('read me').addRow(['How to fill in this template']);
  const data = workbook.addWorksheet('data');
  data.addRow(['TIME_PERIOD', 'SERIES', 'OBS_VALUE']);
  for (let year = 2015; year <= 2022; year++) data.addRow([year, 'SH_DYN_MORT', 30.4 - (year - 2015) * 0.5]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
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

  it('workbookRows reads a two-sheet workbook 200 times over with the same rows each time, however its bytes arrive', async () => {
    const bytes = await templateWorkbook();
    const expected = await rowsOfBytes(bytes);
    assert.equal(expected.length, 9);
    assert.deepEqual(expected[1], { sheet: 'data', row: 2, cells: ['2015', 'SH_DYN_MORT', '30.4'] });
    const failures: string[] = [];
    for (let i = 0; i < 200; i++) {
      try {
        assert.deepEqual(await rowsOfBytes(bytes, [bytes.length, 4096, 1024, 512][i % 4]), expected);
      } catch (e) {
        failures.push((e as Error).message);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('workbookRows reads shared strings whose characters straddle the inflated chunks exactly', async () => {
    const workbook = new ExcelJS.Workbook();
    const data = workbook.addWorksheet('data');
    data.addRow(['REF_AREA_NAME', 'OBS_VALUE']);
    const names = Array.from({ length: 3000 }, (_, i) => `বাংলাদেশ ঢাকা বিভাগ ${i} — Côte d’Ivoire`);
    for (const [i, name] of names.entries()) data.addRow([name, i]);
    const rows = (await rowsOf(workbook)) as { cells: string[] }[];
    assert.deepEqual(rows.slice(1).map((r) => r.cells[0]), names);
  });

  it('workbookRows stops cleanly when its reader stops after the first row', async () => {
    for (let i = 0; i < 20; i++) {
      for await (const row of workbookRows(Readable.from(chunked(await templateWorkbook(), 1024)))) {
        assert.deepEqual(row, { sheet: 'data', row: 1, cells: ['TIME_PERIOD', 'SERIES', 'OBS_VALUE'] });
        break;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('workbookRows refuses bytes that are not a ZIP, a ZIP that is not a workbook, and a workbook without a worksheet', async () => {
    const refusal = async (bytes: Buffer): Promise<string> => {
      try {
        await rowsOfBytes(bytes);
      } catch (e) {
        assert.ok(e instanceof UnreadableWorkbookError);
        return e.message;
      }
      return 'read';
    };
    assert.match(await refusal(Buffer.from('PK\u0003\u0004 not really a zip')), /^not a readable XLSX workbook \(not a ZIP archive/);
    const workbook = await templateWorkbook();
    assert.match(await refusal(workbook.subarray(0, workbook.length - 30)), /^not a readable XLSX workbook \(not a ZIP archive/);
    const renamed = Buffer.from(workbook.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbooq.xml'), 'latin1');
    assert.equal(await refusal(renamed), 'not a readable XLSX workbook (no xl/workbook.xml part)');
    assert.equal(await refusal(Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer())), 'the workbook has no worksheet');
  });
});
