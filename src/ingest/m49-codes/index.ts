import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { ReferenceArea } from '../../domain/index.ts';

/** The UNSD M49 overview table the product ships (`datasets/areas/unsd_m49_overview_en.csv`). */
export const BUNDLED_M49_FILE = fileURLToPath(new URL('../../../datasets/areas/unsd_m49_overview_en.csv', import.meta.url));

/**
 * The country area for an ISO 3166-1 alpha-3 or alpha-2 code or an M49 code, from the UNSD M49 overview table
 * (columns `Country or Area`, `M49 Code`, `ISO-alpha2 Code`, `ISO-alpha3 Code`). Source: UNSD, Standard country or
 * area codes for statistical use (M49). Returns null for an unknown code.
 * @example countryArea('GBR')?.code // '826'
 */
export function countryArea(code: string, file = BUNDLED_M49_FILE): ReferenceArea | null {
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const wanted = code.toUpperCase();
  const row = rows.find((r) => r['ISO-alpha3 Code'] === wanted || r['ISO-alpha2 Code'] === wanted
    || r['M49 Code'] === wanted.padStart(3, '0'));
  if (!row) return null;
  return {
    code: row['M49 Code'] ?? '',
    parent: null,
    level: 'country',
    names: { en: row['Country or Area'] ?? '' },
    m49: row['M49 Code'] ?? null,
    iso3: row['ISO-alpha3 Code'] ?? null,
    codes: { iso2: row['ISO-alpha2 Code'] ?? '' },
  };
}
