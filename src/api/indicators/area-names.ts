import type { Db } from '../../store/index.ts';

/** Names and levels of every reference area in `lang` (English fallback), by code. */
export async function areaNames(db: Db, lang: string): Promise<Map<string, { name: string; level: string }>> {
  const rows = await db.selectFrom('reference_areas').select(['code', 'name', 'level']).execute();
  const local = lang === 'en' ? [] : await db.selectFrom('labels').select(['entity_id', 'text'])
    .where('scope', '=', '').where('entity', '=', 'area').where('field', '=', 'name').where('lang', '=', lang).execute();
  const localNames = new Map(local.map((l) => [l.entity_id, l.text]));
  return new Map(rows.map((r) => [r.code, { name: localNames.get(r.code) ?? r.name, level: r.level }]));
}
