import type { Db } from './database.ts';
import { decodeDimensions } from './dimension-key.ts';

/**
 * Every indicator with at least one published observation (through the series linked to it), and the dimensions its
 * observations break down by: the IDs that carry a code other than the total `_T` in at least one observation.
 * @example (await dataBreakdowns(db)).get('1.2.1') // Set { 'URBANISATION' } for Bangladesh's national poverty rate
 */
export async function dataBreakdowns(db: Db): Promise<Map<string, Set<string>>> {
  const rows = await db.selectFrom('observations as o')
    .innerJoin('series_indicators as si', 'si.series_code', 'o.series_code')
    .select(['si.indicator_id as indicator', 'o.dimensions as dimensions'])
    .distinct()
    .execute();
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    let held = out.get(r.indicator);
    if (!held) out.set(r.indicator, (held = new Set()));
    for (const [id, code] of Object.entries(decodeDimensions(r.dimensions))) if (code !== '_T') held.add(id);
  }
  return out;
}
