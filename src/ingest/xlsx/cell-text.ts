/**
 * The text of a worksheet cell as exceljs reads it, so every reader sees cells the way a CSV would give them:
 * numbers in their shortest exact form (`25.2`, `2021`), text as typed, rich text joined, a formula's cached result,
 * a hyperlink's text, `TRUE`/`FALSE`, an error as Excel shows it (`#N/A`), a date as its ISO day (`2020-05-01`) or
 * date-time; an empty cell is ''.
 * @example cellText({ formula: 'A1*2', result: 50.4 }) // '50.4'
 * @example cellText({ richText: [{ text: 'Fe' }, { text: 'male' }] }) // 'Female'
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; formula?: string; sharedFormula?: string; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.formula !== undefined || v.sharedFormula !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}
