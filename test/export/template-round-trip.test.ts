import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Observation } from '../../src/domain/index.ts';
import { readMeLines, templateCsv, templateTable, templateWorkbook, type IndicatorTemplate } from '../../src/export/template/index.ts';
import { matchKey, parseUpload } from '../../src/ingest/upload/index.ts';
import { observation, year } from '../support/builders.ts';
import { BGD_CONTEXT, GBR_CONTEXT, codesOf } from '../ingest/upload-fixtures.ts';

/** Bangladesh's under-five mortality (UN SDG Global Database) with a fiscal year, a note and a unit multiplier text. */
const U5MR: Observation[] = [
  observation({ period: year('2021'), dimensions: { AGE: 'Y0T4', SEX: '_T' }, value: 27.3, attributes: { NATURE: 'E' } }),
  observation({ period: year('2021'), dimensions: { AGE: 'Y0T4', SEX: 'F' }, value: 25.2, attributes: { NATURE: 'E', COMMENT_OBS: 'Estimate, "UN IGME"' } }),
  observation({ period: { kind: 'fiscal-year', label: '2019/20', start: '2019-01-01', end: '2020-12-31' }, dimensions: { AGE: 'Y0T4', SEX: 'M' }, value: 30.8, attributes: { TIME_DETAIL: 'Note 5' } }),
  observation({ series: 'SH_DYN_MORTN', unit: 'NUMBER', unitMult: 3, dimensions: { AGE: 'Y0T4', SEX: '_T' }, value: 82.081, attributes: { OBS_STATUS: 'E' } }),
  observation({ series: 'SH_DYN_MORTN', area: 'BD-13', unit: 'NUMBER', unitMult: null, dimensions: { AGE: 'Y0T4', SEX: '_T' }, value: 1200, attributes: { UNIT_MULT: 'Persons' } }),
];

/** Bangladesh's 3.2.1 context with the code book of U5MR as its published data. */
const PUBLISHED = { ...BGD_CONTEXT, codes: codesOf('3.2.1', U5MR) };

function template(observations: Observation[]): IndicatorTemplate {
  return { indicator: { id: '3.2.1', code: '3.2.1', title: 'Under-5 mortality rate' }, table: templateTable(observations), codes: [{ column: 'SEX', code: 'F', name: 'Female' }] };
}

const byKey = (list: Observation[]): Observation[] => [...list].sort((a, b) => matchKey(a).localeCompare(matchKey(b)));

describe('upload template', () => {
  it('templateTable has the fixed columns, one per dimension in DSD order and one per further attribute', () => {
    const table = templateTable(U5MR);
    assert.deepEqual(table.header, [
      'TIME_PERIOD', 'SERIES', 'UNIT_MEASURE', 'UNIT_MULT', 'REF_AREA', 'SEX', 'AGE', 'OBS_VALUE', 'OBS_STATUS', 'NATURE', 'SOURCE_DETAIL', 'COMMENT_OBS', 'TIME_DETAIL',
    ]);
    assert.deepEqual(table.rows[0], ['2021', 'SH_DYN_MORT', 'PER_1000_LIVE_BIRTHS', '', '050', 'F', 'Y0T4', 25.2, '', 'E', '', 'Estimate, "UN IGME"', '']);
    assert.deepEqual(table.rows[1], ['2019/20', 'SH_DYN_MORT', 'PER_1000_LIVE_BIRTHS', '', '050', 'M', 'Y0T4', 30.8, '', '', '', '', 'Note 5']);
  });

  it('templateCsv read back through parseUpload gives the same observations', async () => {
    const csv = templateCsv(templateTable(U5MR));
    assert.ok(csv.startsWith('\uFEFFTIME_PERIOD,SERIES,UNIT_MEASURE,UNIT_MULT,REF_AREA,SEX,AGE,OBS_VALUE,'));
    const parsed = await parseUpload({ stream: Readable.from([Buffer.from(csv)]), fileName: 'indicator_3-2-1_template.csv' }, PUBLISHED);
    assert.deepEqual(parsed.issues, []);
    assert.equal(parsed.format, 'template-csv');
    assert.deepEqual(byKey(parsed.observations.map((o) => o.observation)), byKey(U5MR));
  });

  it('templateWorkbook has data, codes and read me sheets, and its data sheet reads back to the same observations', async () => {
    const bytes = await templateWorkbook(template(U5MR), '2026-11-29T12:00:00.000Z');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    assert.deepEqual(workbook.worksheets.map((w) => w.name), ['data', 'codes', 'read me']);
    assert.deepEqual((workbook.getWorksheet('codes')!.getRow(2).values as unknown[]).slice(1), ['SEX', 'F', 'Female']);
    assert.equal(workbook.getWorksheet('data')!.getCell('E2').value, '050');
    assert.match(String(workbook.getWorksheet('read me')!.getCell('A1').value), /^Upload template for indicator 3\.2\.1: Under-5 mortality rate$/);
    const parsed = await parseUpload({ stream: Readable.from([bytes]), fileName: 'indicator_3-2-1_template.xlsx' }, PUBLISHED);
    assert.deepEqual({ issues: parsed.issues, format: parsed.format, sheet: parsed.sheet, rowsRead: parsed.rowsRead }, { issues: [], format: 'xlsx', sheet: 'data', rowsRead: 5 });
    assert.deepEqual(byKey(parsed.observations.map((o) => o.observation)), byKey(U5MR));
  });

  it('readMeLines names merge as the default mode, as the API and the upload page have it', () => {
    const lines = readMeLines(template(U5MR), '2026-11-29T12:00:00.000Z');
    assert.ok(lines.includes('Merge mode (the default): the file only adds and changes values; a row you delete here leaves its value as it is.'));
    assert.ok(!lines.some((l) => /replace mode \(the default\)/i.test(l)));
  });

  it('a national breakdown (the UK\'s Country) is a template column of its own and reads back', async () => {
    const uk = [observation({ series: '3.2.1', area: 'E92000001', unit: 'Rate per 1,000 live births', unitMult: 0, dimensions: { Country: 'England', SEX: 'F' }, value: 5.85, attributes: { OBS_STATUS: 'A' } })];
    const table = templateTable(uk);
    assert.deepEqual(table.header.slice(5, 7), ['SEX', 'Country']);
    const parsed = await parseUpload({ stream: Readable.from([Buffer.from(templateCsv(table))]), fileName: 't.csv' }, GBR_CONTEXT);
    assert.deepEqual(parsed.observations.map((o) => o.observation), uk);
  });
});
