import type { Db } from './database.ts';

/**
 * Every series → indicator link, for naming the indicator a series belongs to when a file for another one holds it:
 * series code → indicator ids, sorted (`SI_POV_DAY1` → `['1.1.1']`; a repeated series lists each indicator).
 */
export async function seriesIndicatorLinks(db: Db): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('series_indicators').select(['series_code', 'indicator_id'])
    .orderBy('series_code').orderBy('indicator_id').execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.series_code, [...(out.get(r.series_code) ?? []), r.indicator_id]);
  return out;
}
