import type { Series } from '../domain/index.ts';
import type { Db } from './database.ts';

/**
 * Creates or updates series and their indicator links. Links are added, never removed, so one series can be
 * declared by several sources (e.g. a UNSD series listed under 1.5.1 and 11.5.1).
 */
export async function upsertSeries(trx: Db, series: Series[]): Promise<void> {
  for (const s of series) {
    await trx.insertInto('series').values({ code: s.code, name: s.name, unit: s.unit })
      .onConflict((oc) => oc.column('code').doUpdateSet({ name: s.name, unit: s.unit }))
      .execute();
    for (const link of s.indicators) {
      await trx.insertInto('series_indicators')
        .values({ series_code: s.code, indicator_id: link.indicatorId, relation: link.relation })
        .onConflict((oc) => oc.columns(['series_code', 'indicator_id']).doUpdateSet({ relation: link.relation }))
        .execute();
    }
  }
}

/** Declares dimension IDs seen in data (`SEX`, or a national `Country of birth`), with `isSdmx` for SDMX ones. */
export async function upsertDimensions(trx: Db, dimensions: { id: string; name: string; isSdmx: boolean }[]): Promise<void> {
  for (const d of dimensions) {
    await trx.insertInto('dimensions').values({ id: d.id, name: d.name, is_sdmx: d.isSdmx ? 1 : 0 })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

/**
 * Stores names of codes per language, keyed `CONCEPT:code` (entity `code` in labels), keeping names already there:
 * `[{ concept: 'SEX', code: 'F', lang: 'en', name: 'Female' }]`.
 */
export async function saveCodeNames(trx: Db, names: { concept: string; code: string; lang: string; name: string }[]): Promise<void> {
  const rows = names.map((n) => ({ scope: '', entity: 'code', entity_id: `${n.concept}:${n.code}`, lang: n.lang, field: 'name', text: n.name }));
  for (let i = 0; i < rows.length; i += 500) {
    await trx.insertInto('labels').values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['scope', 'entity', 'entity_id', 'lang', 'field']).doNothing()).execute();
  }
}
