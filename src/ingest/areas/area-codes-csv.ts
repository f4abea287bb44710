import type { ReferenceArea } from '../../domain/index.ts';
import { emptyReport, type ImportReport, type Reject } from '../reject-report.ts';
import { csvRecords } from '../tidy-csv/index.ts';

/** How the country itself is identified; its row in the area file becomes the root of the tree under `m49`. */
export interface CountryCodes {
  /** Three-digit M49 code, zero-padded, e.g. `050`. It is the country's area code. */
  m49: string;
  /** ISO 3166-1 alpha-3, e.g. `BGD`. */
  iso3: string;
  /** ISO 3166-1 alpha-2, e.g. `BD`: the code the area file uses for the country and as its children's parent. */
  iso2: string;
}

/** The area tree read from a file, parents before children, and what could not be taken. */
export interface AreaCodesResult {
  areas: ReferenceArea[];
  report: ImportReport;
}

/** Columns every area file has; names come from every `name_<lang>` column (`name_en`, `name_bn`). */
const REQUIRED = ['level', 'iso_3166_2', 'parent_iso'] as const;
/** Other national codes copied into `ReferenceArea.codes` when the file has them. */
const CODE_COLUMNS = ['pcode'] as const;

/**
 * Reads an area code list such as `geo/bd-admin-codes.csv` (columns `level`, `iso_3166_2`, `parent_iso`,
 * `name_<lang>`…, optional `pcode`) into a reference-area tree. The row whose `iso_3166_2` is the country's alpha-2
 * becomes the country under its M49 code; rows naming it as parent hang under that code. Each row needs a level, a
 * unique code, a parent read earlier in the file (the country needs none) and a name in `defaultLanguage`;
 * a row that fails is rejected with its line and column, and so are its descendants.
 * @throws ImportError when the file is missing or lacks a required column.
 * @example (await readAreaCodesCsv('geo/bd-admin-codes.csv', { m49: '050', iso3: 'BGD', iso2: 'BD' })).areas.length // 73
 * @example areas.find((a) => a.code === 'BD-C') // { code: 'BD-C', parent: '050', level: 'division',
 *   names: { en: 'Dhaka', bn: 'ঢাকা' }, m49: null, iso3: null, codes: { pcode: 'BD30' } }
 */
export async function readAreaCodesCsv(file: string, country: CountryCodes, defaultLanguage = 'en'): Promise<AreaCodesResult> {
  const report = emptyReport();
  const areas: ReferenceArea[] = [];
  const known = new Set<string>();
  const reject = (line: number, column: string, reason: string): void => {
    report.rowsRejected++;
    report.rejects.push({ file, line, column, reason } satisfies Reject);
  };

  for await (const { line, record } of csvRecords(file, [...REQUIRED, `name_${defaultLanguage}`])) {
    report.rowsRead++;
    const iso = (record.iso_3166_2 ?? '').trim();
    const level = (record.level ?? '').trim();
    const isCountry = iso === country.iso2;
    const code = isCountry ? country.m49 : iso;
    const parentText = (record.parent_iso ?? '').trim();
    const parent = parentText === country.iso2 ? country.m49 : parentText;
    const names = namesOf(record);

    if (iso === '') { reject(line, 'iso_3166_2', 'area code is empty'); continue; }
    if (level === '') { reject(line, 'level', `area ${iso} has no level`); continue; }
    if (known.has(code)) { reject(line, 'iso_3166_2', `area code "${iso}" appears twice`); continue; }
    if (!names[defaultLanguage]) { reject(line, `name_${defaultLanguage}`, `area ${iso} has no name in "${defaultLanguage}"`); continue; }
    if (!isCountry && parent === '') { reject(line, 'parent_iso', `area ${iso} has no parent`); continue; }
    if (!isCountry && !known.has(parent)) {
      reject(line, 'parent_iso', `parent "${parentText}" of area ${iso} is not an area read before it`);
      continue;
    }

    const codes: Record<string, string> = isCountry ? { iso2: country.iso2 } : {};
    for (const column of CODE_COLUMNS) {
      const value = (record[column] ?? '').trim();
      if (value !== '') codes[column] = value;
    }
    known.add(code);
    areas.push({
      code,
      parent: isCountry ? null : parent,
      level,
      names,
      m49: isCountry ? country.m49 : null,
      iso3: isCountry ? country.iso3 : null,
      codes,
    });
    report.rowsStored++;
  }
  return { areas, report };
}

/** `{ en: …, bn: … }` from the `name_<lang>` columns that are not blank. */
function namesOf(record: Record<string, string>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [column, value] of Object.entries(record)) {
    const lang = /^name_(.+)$/.exec(column)?.[1];
    if (lang && value.trim() !== '') names[lang] = value.trim();
  }
  return names;
}
