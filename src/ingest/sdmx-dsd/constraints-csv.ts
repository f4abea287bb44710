import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { SeriesConstraint } from './dsd-model.ts';

/** Columns of the constraints file that are not components. */
const NOT_COMPONENTS = new Set(['SERIES', 'Name']);

/**
 * Reads the global series content constraints (`SERIES,Name,UNIT_MEASURE,UNIT_MULT,SEX,AGE,…`: one row per series,
 * each cell `ALL`, one code, or codes joined by `;`) into a constraint per series. `ALL` (or a blank cell) leaves the
 * component unconstrained. Source: open-sdg/sdg-build `sdmx_global_content_constraints.csv` (see
 * datasets/framework/sdmx/SOURCE.md).
 * @example readConstraintsCsv(path).get('SI_POV_DAY1')?.allowed.get('PRODUCT') // Set { '_T' }
 */
export function readConstraintsCsv(path: string): Map<string, SeriesConstraint> {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const out = new Map<string, SeriesConstraint>();
  for (const row of rows) {
    const series = row.SERIES?.trim();
    if (!series) continue;
    const allowed = new Map<string, Set<string>>();
    for (const [id, cell] of Object.entries(row)) {
      const text = cell.trim();
      if (NOT_COMPONENTS.has(id) || text === '' || text === 'ALL') continue;
      allowed.set(id, new Set(text.split(';').map((c) => c.trim()).filter(Boolean)));
    }
    out.set(series, { series, allowed });
  }
  return out;
}
