/**
 * Reading and writing values in the data-entry grid. People type numbers in the page's digits (Bengali `২৭.৩`,
 * Arabic-Indic `٢٧٫٣`) or in ASCII; the grid stores plain numbers.
 */

/** Zero of each decimal digit block the site's languages write in: ASCII, Arabic-Indic, extended Arabic-Indic, Devanagari, Bengali. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6];

/**
 * The number typed in `text`, null for an empty field, NaN for text that is not a number. Accepts local digits,
 * the Arabic decimal separator `٫`, a leading minus and an exponent.
 * @example parseValue('২৭.৩') // 27.3
 * parseValue('') // null
 * parseValue('n/a') // NaN
 */
export function parseValue(text: string): number | null {
  const ascii = [...text.trim()].map((ch) => {
    const code = ch.codePointAt(0)!;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) return String(code - zero);
    if (ch === '٫') return '.';
    if (ch === '−') return '-';
    return ch;
  }).join('');
  if (ascii === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(ascii)) return Number.NaN;
  return Number(ascii);
}

/**
 * A value as the grid's input shows it for editing: every decimal kept, ASCII digits (so what is typed is what is saved).
 * @example valueText(27.3) // '27.3'
 * valueText(null) // ''
 */
export function valueText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The observation key of a cell, as the server names issues: `series|area|period|dimensions|unit`, dimensions sorted
 * `ID=code` joined with `|` between pipes.
 * @example observationKey('SH_DYN_MORT', '050', '2021', { SEX: 'F', AGE: 'Y0T4' }, 'PER_1000_LIVE_BIRTHS')
 * // 'SH_DYN_MORT|050|2021||AGE=Y0T4|SEX=F||PER_1000_LIVE_BIRTHS'
 */
export function observationKey(series: string, area: string, period: string, dimensions: Record<string, string>, unit: string): string {
  const dims = Object.keys(dimensions).sort().map((id) => `${id}=${dimensions[id]}`);
  return `${series}|${area}|${period}|${dims.length ? `|${dims.join('|')}|` : ''}|${unit}`;
}
