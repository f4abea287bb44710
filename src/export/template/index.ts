/**
 * The per-indicator upload template, pre-filled with the published values and the open draft: as CSV and as an XLSX workbook (`data`,
 * `codes` and `read me` sheets). Reading a template back through the upload gives the same observations.
 */
export { loadTemplate, type IndicatorTemplate, type TemplateCode } from './load-template.ts';
export { templateCsv } from './template-csv.ts';
export { ATTRIBUTE_COLUMNS, LEADING_COLUMNS, VALUE_COLUMN, templateTable, type TemplateTable } from './template-table.ts';
export { CODES_SHEET, READ_ME_SHEET, readMeLines, templateWorkbook } from './template-workbook.ts';

/**
 * The file name of an indicator's template, as the site names its downloads: `indicator_3-2-1_template.csv`.
 * @example templateFileName('3.2.1', 'xlsx') // 'indicator_3-2-1_template.xlsx'
 */
export function templateFileName(code: string, extension: 'csv' | 'xlsx'): string {
  return `indicator_${code.replace(/[^A-Za-z0-9_-]+/g, '-')}_template.${extension}`;
}
