/**
 * The CSV every file the product writes goes through: cells that spreadsheet programs would run as formulas are
 * escaped with a leading `'`, and restoreFormulaText undoes it for readers.
 */
export { csvText, escapeFormulaText, restoreFormulaText, type CsvCell } from './spreadsheet-csv.ts';
