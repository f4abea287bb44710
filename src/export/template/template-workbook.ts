import ExcelJS from 'exceljs';
import { DATA_SHEET } from '../../ingest/xlsx/index.ts';
import type { IndicatorTemplate } from './load-template.ts';

/** The names of the template workbook's other sheets. */
export const CODES_SHEET = 'codes';
export const READ_ME_SHEET = 'read me';

/**
 * The template as an XLSX workbook: a `data` sheet (the table, header row frozen and bold, TIME_PERIOD, SERIES,
 * REF_AREA and the code columns formatted as text so `2014/15` or `050` stay as typed, OBS_VALUE as numbers), a `codes`
 * sheet listing the codes each column allows with their names, and a `read me` sheet saying how to fill it in and
 * what an upload does. Reading the data sheet back gives the table's observations.
 * @example const bytes = await templateWorkbook(await loadTemplate(db, indicator), '2026-11-29T12:00:00.000Z')
 */
export async function templateWorkbook(template: IndicatorTemplate, generatedAt: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SDG Tracker';
  workbook.created = new Date(generatedAt);
  const { table } = template;

  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = table.header.map((name) => ({
    header: name, key: name, width: Math.max(12, name.length + 2), style: name === 'OBS_VALUE' ? {} : { numFmt: '@' },
  }));
  data.getRow(1).font = { bold: true };
  for (const row of table.rows) data.addRow(row.map((cell, i) => (table.header[i] === 'OBS_VALUE' || typeof cell === 'number' ? cell : String(cell))));

  const codes = workbook.addWorksheet(CODES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  codes.columns = [{ header: 'column', width: 16 }, { header: 'code', width: 24, style: { numFmt: '@' } }, { header: 'name', width: 60 }];
  codes.getRow(1).font = { bold: true };
  for (const c of template.codes) codes.addRow([c.column, c.code, c.name]);

  const readMe = workbook.addWorksheet(READ_ME_SHEET);
  readMe.getColumn(1).width = 120;
  for (const line of readMeLines(template, generatedAt)) readMe.addRow([line]);
  readMe.getRow(1).font = { bold: true, size: 14 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The `read me` sheet's text, one line per row. */
export function readMeLines(template: IndicatorTemplate, generatedAt: string): string[] {
  const { indicator, table } = template;
  return [
    `Upload template for indicator ${indicator.code}: ${indicator.title}`,
    `Filled with the values published at ${generatedAt} (${table.rows.length} rows).`,
    '',
    `Enter one value per row on the "${DATA_SHEET}" sheet; keep its first row (the column names) as it is.`,
    'TIME_PERIOD: the period as text: 2021, 2014/15 (fiscal year), 2024-Q1, 2020-05, 2010-2015.',
    'SERIES: the series code (see the codes sheet). UNIT_MEASURE: the unit. UNIT_MULT: the power of ten (0 = units, 3 = thousands).',
    'REF_AREA: the reference area code (see the codes sheet).',
    `${table.dimensions.length > 0 ? `${table.dimensions.join(', ')}: one code per breakdown; _T (or blank) is the total.` : 'This indicator\'s data has no breakdowns.'}`,
    'OBS_VALUE: the value, a plain number with a point for decimals and no thousands separators.',
    `${table.attributes.join(', ')}: optional notes on the value (OBS_STATUS and NATURE take the codes on the codes sheet).`,
    '',
    'Upload the file on the indicator\'s draft submission. Every upload first shows what it would add, change and delete,',
    'and every problem with its sheet, row and column; nothing is stored until you confirm it.',
    'Merge mode (the default): the file only adds and changes values; a row you delete here leaves its value as it is.',
    'Replace mode: the file is the whole data of the series it holds, so a value of those series that the file leaves out',
    '(published, or added by your draft) is deleted; the dry run lists each deletion first.',
    'The file may also be saved as CSV (UTF-8) from the data sheet.',
  ];
}
