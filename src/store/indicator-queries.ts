import type { Db } from './database.ts';

/** Series linked to an indicator: `[{ code: 'SH_DYN_MORT', name: 'Under-five mortality rate…', unit, relation }]`. */
export async function seriesOfIndicator(db: Db, indicatorId: string): Promise<{ code: string; name: string; unit: string | null; relation: string }[]> {
  return db.selectFrom('series_indicators as si').innerJoin('series as s', 's.code', 'si.series_code')
    .select(['s.code', 's.name', 's.unit', 'si.relation']).where('si.indicator_id', '=', indicatorId)
    .orderBy('si.relation').orderBy('s.code').execute();
}

/** Data sources of an indicator's observations: `[{ title, licence, url }]`. */
export async function sourcesOfIndicator(db: Db, indicatorId: string): Promise<{ title: string; licence: string | null; url: string | null }[]> {
  return db.selectFrom('data_sources as d').select(['d.title', 'd.licence', 'd.url']).distinct()
    .where('d.id', 'in', db.selectFrom('observations as o').innerJoin('series_indicators as si', 'si.series_code', 'o.series_code')
      .select('o.source_id').where('si.indicator_id', '=', indicatorId))
    .orderBy('d.title').execute();
}

/** Names of dimensions and of codes, in `lang` with English fallback: `{ dimensions: {SEX:'Sex'}, codes: {'SEX:F':'Female'} }`. */
export async function dimensionLabels(db: Db, lang: string): Promise<{ dimensions: Map<string, string>; codes: Map<string, string> }> {
  const dims = await db.selectFrom('dimensions').select(['id', 'name']).execute();
  const dimensions = new Map(dims.map((d) => [d.id, d.name]));
  const labels = await db.selectFrom('labels').select(['entity', 'entity_id', 'lang', 'text'])
    .where('scope', '=', '').where('entity', 'in', ['dimension', 'code']).where('field', '=', 'name')
    .where('lang', 'in', [...new Set(['en', lang])]).execute();
  labels.sort((a, b) => (a.lang === lang ? 1 : 0) - (b.lang === lang ? 1 : 0));
  const codes = new Map<string, string>();
  for (const l of labels) (l.entity === 'dimension' ? dimensions : codes).set(l.entity_id, l.text);
  return { dimensions, codes };
}
