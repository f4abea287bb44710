import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { parseUpload } from '../../src/ingest/upload/index.ts';
import { periodOfDateCell } from '../../src/ingest/xlsx/index.ts';
import { BGD_CONTEXT, bytesSource, fixtureText } from './upload-fixtures.ts';

const TEMPLATE = fixtureText('bgd-3-2-1-template.csv');
const HEADER = TEMPLATE.split('\n')[0]!.trim();
const ROW = '2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,26.1,,E,,';

async function read(bytes: Buffer | string, fileName = 'u5mr.csv') {
  const parsed = await parseUpload(bytesSource(bytes, fileName), BGD_CONTEXT);
  return { issues: parsed.issues.map(({ row, column, reason }) => ({ row, column, reason })), observations: parsed.observations.map((o) => o.observation) };
}

/** A workbook whose data sheet has the template's header and one row, with `period` in its TIME_PERIOD cell. */
async function workbookWithPeriod(period: unknown, numFmt?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  sheet.addRow(HEADER.split(','));
  const row = sheet.addRow([period, 'SH_DYN_MORT', 'PER_1000_LIVE_BIRTHS', null, '050', '_T', 'Y0T4', 26.1, null, 'E']);
  if (numFmt) row.getCell(1).numFmt = numFmt;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('parseUpload reads what it can and names the line of what it cannot', () => {
  it('a stray quote in a cell is a problem naming the line, the column and how to quote it; the lines around it are read', async () => {
    const stray = '2021,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,27.3,,E,,Survey "APSC" provisional';
    const { issues, observations } = await read(`${HEADER}\n${ROW}\n${stray}\n${ROW.replace('2022', '2023')}\n`);
    assert.deepEqual(issues, [{
      row: 3, column: 'COMMENT_OBS',
      reason: 'malformed CSV: a quote in the middle of cell 12 (it starts "Survey "); put the whole cell in quotes and double the quotes inside it,'
        + ' e.g. "Survey ""APSC"" provisional"; this line was not read',
    }]);
    assert.deepEqual(observations.map((o) => o.period.label), ['2022', '2023']);
  });

  it('a binary file is a problem on line 1 saying it is not UTF-8 text', async () => {
    const { issues } = await read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'chart.png');
    assert.deepEqual(issues, [{
      row: 1, column: '',
      reason: 'not UTF-8 text: line 1 has byte 0x89, which is not UTF-8 text (Windows-1252 or Latin-1 saves é as 0xE9); save the file as CSV UTF-8 (or upload the .xlsx workbook) and upload it again',
    }]);
    assert.match((await read(Buffer.from('TIME_PERIOD,OBS_VALUE\n\u0000\u0001,2\n'))).issues[0]!.reason, /^not UTF-8 text: line 2 has a NUL byte/);
  });

  it('a Windows-1252 file is refused at the line of its first such byte, with what was read before it', async () => {
    const bytes = Buffer.from(`${HEADER}\n${ROW}\n${ROW.replace('2022', '2023').replace(',,E,,', ',,E,,Enquête ménages')}\n`, 'latin1');
    const { issues, observations } = await read(bytes);
    assert.deepEqual(issues.map((i) => [i.row, i.reason.split(';')[0]]), [[3, 'not UTF-8 text: line 3 has byte 0xEA, which is not UTF-8 text (Windows-1252 or Latin-1 saves é as 0xE9)']]);
    assert.deepEqual(observations.map((o) => o.period.label), ['2022']);
  });

  it('a UTF-16 file with its byte order mark is read as before, and so is UTF-8 with accents', async () => {
    const text = `${HEADER}\n${ROW.replace(',,E,,', ',,E,,Enquête ménages')}\n`;
    const utf16 = await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const utf8 = await read(text);
    assert.deepEqual([utf16.issues, utf8.issues], [[], []]);
    assert.deepEqual([utf16.observations[0]!.attributes.COMMENT_OBS, utf8.observations[0]!.attributes.COMMENT_OBS], ['Enquête ménages', 'Enquête ménages']);
  });

  it('an XLSX date cell on 1 January in TIME_PERIOD is its year, with or without its date format; another day is refused', async () => {
    const asDate = await read(await workbookWithPeriod(new Date(Date.UTC(2024, 0, 1))), 'u5.xlsx');
    const asSerial = await read(await workbookWithPeriod(45658), 'u5.xlsx');
    assert.deepEqual([asDate.issues, asDate.observations.map((o) => o.period.label)], [[], ['2024']]);
    assert.deepEqual([asSerial.issues, asSerial.observations.map((o) => o.period.label)], [[], ['2025']]);
    const midYear = await read(await workbookWithPeriod(new Date(Date.UTC(2024, 5, 30))), 'u5.xlsx');
    assert.deepEqual(midYear.issues, [{ row: 2, column: 'TIME_PERIOD', reason: 'a date cell (2024-06-30): type the period as text, e.g. 2024 or 2024-06' }]);
  });

  it('periodOfDateCell leaves text alone and reads a date-time at midnight of 1 January as its year', () => {
    assert.deepEqual([periodOfDateCell('2014/15', false), periodOfDateCell('2021', false), periodOfDateCell('2020-01-01T00:00:00.000Z', true)], [null, null, { text: '2020' }]);
  });
});
