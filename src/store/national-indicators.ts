import type { Db } from './database.ts';

/** A national indicator as a framework row: listed under one target, titled per language. */
export interface NationalIndicatorRow {
  /** The national code, e.g. `3.2.1.RW1`: the indicator id and its one listing code. */
  code: string;
  /** `national` (added by the country) or `proxy` (a national measure standing in for a global indicator). */
  kind: 'national' | 'proxy';
  /** The target it is listed under, e.g. `3.2`. */
  targetCode: string;
  /** Language → title. */
  titles: Record<string, string>;
}

/**
 * Replaces the national and proxy indicators of a framework version (the global ones stay): their rows, listings and
 * titles are removed, then `rows` are added after the framework's own indicators and listings, in the given order.
 * Call inside a transaction.
 * @example await replaceNationalIndicators(trx, 'un-gif-2025', [{ code: '3.2.1.RW1', kind: 'proxy', targetCode: '3.2',
 *   titles: { en: 'Under-five deaths in health facilities', fr: 'Décès d’enfants de moins de cinq ans en établissement' } }])
 */
export async function replaceNationalIndicators(trx: Db, frameworkId: string, rows: NationalIndicatorRow[]): Promise<void> {
  const old = (await trx.selectFrom('indicators').select('id').where('framework_id', '=', frameworkId).where('kind', '!=', 'global').execute())
    .map((r) => r.id);
  if (old.length > 0) {
    await trx.deleteFrom('indicator_listings').where('framework_id', '=', frameworkId).where('indicator_id', 'in', old).execute();
    await trx.deleteFrom('labels').where('scope', '=', frameworkId).where('entity', '=', 'indicator').where('entity_id', 'in', old).execute();
    await trx.deleteFrom('indicators').where('framework_id', '=', frameworkId).where('id', 'in', old).execute();
  }
  if (rows.length === 0) return;
  const last = async (table: 'indicators' | 'indicator_listings'): Promise<number> => {
    const row = await trx.selectFrom(table).select((eb) => eb.fn.max('sort_order').as('n')).where('framework_id', '=', frameworkId).executeTakeFirst();
    return Number(row?.n ?? -1);
  };
  const [indicatorOrder, listingOrder] = [await last('indicators'), await last('indicator_listings')];
  await trx.insertInto('indicators').values(rows.map((r, i) => ({
    framework_id: frameworkId, id: r.code, unsd_code: null, kind: r.kind, sort_order: indicatorOrder + 1 + i,
  }))).execute();
  await trx.insertInto('indicator_listings').values(rows.map((r, i) => ({
    framework_id: frameworkId, code: r.code, target_code: r.targetCode, indicator_id: r.code, sort_order: listingOrder + 1 + i,
  }))).execute();
  const labels = rows.flatMap((r) => Object.entries(r.titles).map(([lang, text]) => ({
    scope: frameworkId, entity: 'indicator', entity_id: r.code, lang, field: 'title', text,
  })));
  for (let i = 0; i < labels.length; i += 500) await trx.insertInto('labels').values(labels.slice(i, i + 500)).execute();
}
