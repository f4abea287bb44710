import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_LISTED_PROBLEMS, parseUpload } from '../../src/ingest/upload/index.ts';
import { BGD_CONTEXT, bytesSource, fixtureText, workbookFromCsv } from './upload-fixtures.ts';

const TEMPLATE = fixtureText('bgd-3-2-1-template.csv');
const HEADER = TEMPLATE.split('\n')[0]!;

/** The template fixture with line `line` (1-based, the header is 1) replaced. */
function withLine(line: number, text: string): string {
  const lines = TEMPLATE.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}

async function problems(text: string | Buffer, fileName = 'u5mr.csv'): Promise<{ row: number; column: string; reason: string }[]> {
  const parsed = await parseUpload(bytesSource(text, fileName), BGD_CONTEXT);
  return parsed.issues.map(({ row, column, reason }) => ({ row, column, reason }));
}

describe('parseUpload: every problem with file, sheet, row, column and reason', () => {
  it('a template with one bad value reports exactly that row and column, and keeps the other eight rows', async () => {
    const text = withLine(4, '2021,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,n/a,,E,,');
    const parsed = await parseUpload(bytesSource(text, 'u5mr.csv'), BGD_CONTEXT);
    assert.deepEqual(parsed.issues, [
      { severity: 'error', file: 'u5mr.csv', sheet: null, row: 4, column: 'OBS_VALUE', reason: 'not a number: "n/a"' },
    ]);
    assert.equal(parsed.rowsRead, 9);
    assert.equal(parsed.observations.length, 8);
  });

  it('names the reason of each kind of bad row: series of another indicator, unknown area, unknown code, blank, period, duplicate', async () => {
    const rows = [
      HEADER,
      '2019,SI_POV_DAY1,PERCENT,,050,_T,Y0T4,12.2,,,,',
      '2019,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,XYZ,_T,Y0T4,30.4,,E,,',
      '2019,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,Q,Y0T4,30.4,,E,,',
      '2019,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,,,E,,',
      '2021-13,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,27.3,,E,,',
      '2020,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,28.8,,E,,',
      '2020,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,BGD,,Y0T4,28.9,,E,,',
      '2020,NOPE,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,28.8,,E,,',
      '2020,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,<5,,E,,',
    ];
    assert.deepEqual(await problems(`${rows.join('\n')}\n`), [
      { row: 2, column: 'SERIES', reason: 'other series: "SI_POV_DAY1" is a series of indicator 1.1.1, not of 3.2.1' },
      { row: 3, column: 'REF_AREA', reason: 'unknown area: "XYZ" is not a reference area code' },
      { row: 4, column: 'SEX', reason: 'unknown code: "Q" is not a code of SEX (codes: F, M, _T, _N, _O, _U, _X)' },
      { row: 5, column: 'OBS_VALUE', reason: 'blank value: the OBS_VALUE cell is empty' },
      { row: 6, column: 'TIME_PERIOD', reason: 'not a time period: "2021-13" (expected e.g. 2015, 2014/15, 2024-Q1, 2020-05, 2010-2015)' },
      { row: 8, column: '', reason: 'duplicate: same series, area, period, breakdown and unit as row 7' },
      { row: 9, column: 'SERIES', reason: 'other series: "NOPE" is not a series of indicator 3.2.1 (its series: SH_DYN_MORT, SH_DYN_MORTN)' },
      { row: 10, column: 'OBS_VALUE', reason: 'not a number: "<5" is a bound (below 5), not a value' },
    ]);
  });

  it('reports every problem of one row, each with its column', async () => {
    assert.deepEqual(await problems(withLine(2, '2019 Q5,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,abc,,E,,')), [
      { row: 2, column: 'OBS_VALUE', reason: 'not a number: "abc"' },
      { row: 2, column: 'TIME_PERIOD', reason: 'not a time period: "2019 Q5" (expected e.g. 2015, 2014/15, 2024-Q1, 2020-05, 2010-2015)' },
    ]);
  });

  it('names the sheet and the worksheet row of a bad cell in an XLSX upload', async () => {
    const workbook = await workbookFromCsv(withLine(7, '2019,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,X,Y0T4,32.6,,E,,'), ['read me']);
    const parsed = await parseUpload(bytesSource(workbook, 'u5mr.xlsx'), BGD_CONTEXT);
    assert.equal(parsed.format, 'xlsx');
    assert.deepEqual(parsed.issues, [{
      severity: 'error', file: 'u5mr.xlsx', sheet: 'data', row: 7, column: 'SEX', reason: 'unknown code: "X" is not a code of SEX (codes: F, M, _T, _N, _O, _U, _X)',
    }]);
  });

  it('an Open SDG file names its own columns and the import\'s reasons', async () => {
    const text = 'Year,SERIES,Units,Age,Sex,GeoCode,Value\n2019,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,Under 5,Female,,\n'
      + '2019,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,Under 5,Girls,,28.2\n2019,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,Under 5,Male,BD-99,32.6\n';
    assert.deepEqual(await problems(text), [
      { row: 2, column: 'Value', reason: 'blank value: the Value cell is empty' },
      { row: 3, column: 'Sex', reason: 'unknown code: "Girls" is not a code of SEX (codes: F, M, _T, _N, _O, _U, _X)' },
      { row: 4, column: 'GeoCode', reason: 'unknown area: "BD-99" is not a reference area code' },
    ]);
  });

  it('a file that cannot be read gives one problem: empty, no value column, malformed CSV, an XLS workbook, a broken XLSX', async () => {
    assert.deepEqual(await problems(''), [{ row: 0, column: '', reason: 'empty file: no header row' }]);
    assert.deepEqual(await problems('TIME_PERIOD,SERIES,REF_AREA\n2021,SH_DYN_MORT,050\n'), [
      { row: 1, column: '', reason: 'missing column: no "OBS_VALUE" column in the header (TIME_PERIOD,SERIES,REF_AREA)' },
    ]);
    const malformed = await problems(`${HEADER}\n2019,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,30.4,,E,,\n2020,"SH_DYN_MORT,x\n`);
    assert.equal(malformed.length, 1);
    assert.deepEqual(malformed[0], {
      row: 3, column: 'SERIES', reason: 'malformed CSV: a quote opens a cell on this line and is never closed; this line and the ones after it were not read',
    });
    assert.deepEqual(await problems(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls'), [
      { row: 0, column: '', reason: 'unreadable file: an Excel 97–2003 (.xls) workbook; save it as .xlsx or .csv' },
    ]);
    const broken = await parseUpload(bytesSource(Buffer.from('PK\u0003\u0004 not really a zip'), 'broken.xlsx'), BGD_CONTEXT);
    assert.equal(broken.issues.length, 1);
    assert.match(broken.issues[0]!.reason, /^unreadable file: /);
  });

  it('reads a CSV saved with semicolons and a BOM, and a file without a series column for a one-series indicator', async () => {
    const semicolons = `\uFEFF${TEMPLATE.replaceAll(',', ';')}`;
    const parsed = await parseUpload(bytesSource(semicolons, 'u5mr.csv'), BGD_CONTEXT);
    assert.deepEqual({ issues: parsed.issues, n: parsed.observations.length }, { issues: [], n: 9 });
    const oneSeries = { ...BGD_CONTEXT, series: new Map([...BGD_CONTEXT.series].slice(0, 1)) };
    const noSeries = await parseUpload(bytesSource('Year,Sex,Age,Units,Value\n2021,Female,Under 5,PER_1000_LIVE_BIRTHS,25.2\n', 'f.csv'), oneSeries);
    assert.deepEqual(noSeries.observations.map((o) => [o.observation.series, o.observation.area, o.observation.dimensions]), [['SH_DYN_MORT', '050', { SEX: 'F', AGE: 'Y0T4' }]]);
    const several = await problems('Year,Sex,Age,Units,Value\n2021,Female,Under 5,PER_1000_LIVE_BIRTHS,25.2\n');
    assert.deepEqual(several, [{ row: 0, column: '', reason: 'missing column: the file has no series column and indicator 3.2.1 has several series (SH_DYN_MORT, SH_DYN_MORTN)' }]);
  });
});

describe('parseUpload: a file with more problems than are listed', () => {
  it('lists the first MAX_LISTED_PROBLEMS and counts the rest in one last problem', async () => {
    const rows = Array.from({ length: MAX_LISTED_PROBLEMS + 5 }, (_, i) => `${2000 + (i % 20)},SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,n/a,,E,,`);
    const parsed = await parseUpload(bytesSource(`${HEADER}\n${rows.join('\n')}\n`, 'big.csv'), BGD_CONTEXT);
    assert.equal(parsed.rowsRead, MAX_LISTED_PROBLEMS + 5);
    assert.equal(parsed.issues.length, MAX_LISTED_PROBLEMS + 1);
    assert.deepEqual(parsed.issues.at(-1), {
      severity: 'error', file: 'big.csv', sheet: null, row: 0, column: '', reason: `more problems: 5 further problems not listed (the first ${MAX_LISTED_PROBLEMS} are)`,
    });
  });
});
