/** The day Excel counts its date serial numbers from (serial 1 is 1900-01-01, with Excel's phantom 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers of the days 1927-05-18 … 9999-12-31: five digits and more, so never a year. */
const SERIAL = /^(\d{5,7})(?:\.0+)?$/;

/**
 * The period a worksheet's period cell stands for when the spreadsheet stored a date there: `isDate` says the cell held
 * a date (its text is then cellText's ISO day `2025-01-01` or date-time); a five- to seven-digit number is a date serial
 * whose date format was lost (45658 is 2025-01-01). A date on 1 January is its year; any other date is refused with a
 * reason, since a day is no period of SDG data. Null when the cell is no date: it is read as typed.
 * @example periodOfDateCell('2025-01-01', true) // { text: '2025' }
 * @example periodOfDateCell('45658', false) // { text: '2025' }
 * @example periodOfDateCell('2025-03-15', true) // { reason: 'a date cell (2025-03-15): type the period as text, e.g. 2025 or 2025-03' }
 */
export function periodOfDateCell(text: string, isDate: boolean): { text: string } | { reason: string } | null {
  const trimmed = text.trim();
  const serial = isDate ? null : SERIAL.exec(trimmed);
  if (!isDate && !serial) return null;
  const day = serial ? new Date(EXCEL_EPOCH + Number(serial[1]) * DAY_MS).toISOString() : trimmed;
  if (!/^\d{4}-\d{2}-\d{2}/.test(day)) return null;
  const year = day.slice(0, 4);
  if (day.slice(4, 10) === '-01-01' && (day.length === 10 || day.endsWith('T00:00:00.000Z'))) return { text: year };
  return { reason: `a date cell (${day.slice(0, 10)}): type the period as text, e.g. ${year} or ${day.slice(0, 7)}` };
}
