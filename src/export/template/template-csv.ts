import { csvText } from '../csv/index.ts';
import type { TemplateTable } from './template-table.ts';

/**
 * The template as CSV: UTF-8 with a byte order mark (so spreadsheet programs read non-ASCII names right; the upload
 * reader drops it), comma-separated, CRLF line ends, cells quoted only when needed; a text cell a spreadsheet would
 * run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading `'` (see csvText; restoreFormulaText undoes it).
 * @example templateCsv(templateTable(observations)) // '\uFEFFTIME_PERIOD,SERIES,…\r\n2019,SH_DYN_MORT,…\r\n'
 */
export function templateCsv(table: TemplateTable): string {
  return `\uFEFF${csvText([table.header, ...table.rows], { recordDelimiter: 'windows' })}`;
}
