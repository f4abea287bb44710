import type { ReferenceArea } from '../domain/index.ts';
import type { Db } from './database.ts';

/**
 * Reference areas: the national tree (country → division → district …).
 *
 * Area codes: a country is stored under its M49 code, zero-padded to three digits as UNSD publishes it (`050`
 * Bangladesh), with its ISO alpha-3 in `iso3` and its ISO alpha-2 in `codes.iso2`; subnational areas under their
 * ISO 3166-2 code (`BD-C` Dhaka division, `BD-13` Dhaka district) with national codes such as the P-code in `codes`.
 * Every other spelling of an area (`50`, `BGD`, `BD`, `BD30`) resolves to its code through {@link resolveAreaCode}.
 * The name in the default language sits in `reference_areas.name`; every language's name is a label
 * (scope '', entity `area`, field `name`).
 */

/** An area with its name in the asked language (the stored default name when that language has none). */
export interface LocalisedArea extends ReferenceArea {
  name: string;
  sortOrder: number;
}

/** Rows per multi-row INSERT (8 parameters each). */
const BATCH = 500;

/**
 * Creates or updates areas and their names in every language; `sort_order` follows the array. Call it inside a
 * transaction, parents before children (no foreign key checks that, but listings rely on it).
 * `defaultLanguage` picks the name stored in `reference_areas.name` (falling back to the first name given).
 * @throws Error naming the area when it has no name at all.
 * @example await upsertAreas(trx, [{ code: '050', parent: null, level: 'country', names: { en: 'Bangladesh', bn: 'বাংলাদেশ' },
 *   m49: '050', iso3: 'BGD', codes: { iso2: 'BD' } }]) // one reference_areas row, two labels
 */
export async function upsertAreas(trx: Db, areas: ReferenceArea[], defaultLanguage = 'en'): Promise<void> {
  const rows = areas.map((a, i) => ({
    code: a.code,
    parent_code: a.parent,
    level: a.level,
    name: defaultName(a, defaultLanguage),
    m49: a.m49,
    iso3: a.iso3,
    codes: JSON.stringify(sortedObject(a.codes)),
    sort_order: i,
  }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx.insertInto('reference_areas').values(rows.slice(i, i + BATCH))
      .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({
        parent_code: eb.ref('excluded.parent_code'),
        level: eb.ref('excluded.level'),
        name: eb.ref('excluded.name'),
        m49: eb.ref('excluded.m49'),
        iso3: eb.ref('excluded.iso3'),
        codes: eb.ref('excluded.codes'),
        sort_order: eb.ref('excluded.sort_order'),
      })))
      .execute();
  }
  const codes = areas.map((a) => a.code);
  for (let i = 0; i < codes.length; i += BATCH) {
    await trx.deleteFrom('labels').where('scope', '=', '').where('entity', '=', 'area')
      .where('entity_id', 'in', codes.slice(i, i + BATCH)).execute();
  }
  const labels = areas.flatMap((a) => Object.entries(a.names).filter(([, text]) => text !== '').map(([lang, text]) => ({
    scope: '', entity: 'area', entity_id: a.code, lang, field: 'name', text,
  })));
  for (let i = 0; i < labels.length; i += BATCH) await trx.insertInto('labels').values(labels.slice(i, i + BATCH)).execute();
}

/**
 * Adds the areas whose code is not stored yet; areas that exist (from the national area list or an earlier import)
 * are left exactly as they are. Call inside a transaction.
 * @example await insertMissingAreas(trx, [{ code: 'E12000001', parent: '826', level: 'region', names: { en: 'North East' }, … }])
 */
export async function insertMissingAreas(trx: Db, areas: ReferenceArea[], defaultLanguage = 'en'): Promise<void> {
  const rows = areas.map((a) => ({
    code: a.code, parent_code: a.parent, level: a.level, name: defaultName(a, defaultLanguage), m49: a.m49, iso3: a.iso3,
    codes: JSON.stringify(sortedObject(a.codes)), sort_order: 0,
  }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx.insertInto('reference_areas').values(rows.slice(i, i + BATCH))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

/**
 * Every area in tree order (the order they were stored in), with `name` in `lang` when given.
 * @example (await listAreas(db, 'bn')).find((a) => a.code === 'BD-C')?.name // 'ঢাকা'
 */
export async function listAreas(db: Db, lang?: string): Promise<LocalisedArea[]> {
  const rows = await db.selectFrom('reference_areas').selectAll().orderBy('sort_order').orderBy('code').execute();
  const labels = await db.selectFrom('labels').select(['entity_id', 'lang', 'text'])
    .where('scope', '=', '').where('entity', '=', 'area').where('field', '=', 'name').execute();
  const names = new Map<string, Record<string, string>>();
  for (const l of labels) names.set(l.entity_id, { ...names.get(l.entity_id), [l.lang]: l.text });
  return rows.map((r) => toArea(r, names.get(r.code) ?? {}, lang));
}

/**
 * One area by its code or any alias {@link resolveAreaCode} accepts, or null.
 * @example (await getArea(db, 'BGD'))?.code // '050'
 */
export async function getArea(db: Db, codeOrAlias: string, lang?: string): Promise<LocalisedArea | null> {
  const code = await resolveAreaCode(db, codeOrAlias);
  if (code === null) return null;
  const row = await db.selectFrom('reference_areas').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) return null;
  const labels = await db.selectFrom('labels').select(['lang', 'text'])
    .where('scope', '=', '').where('entity', '=', 'area').where('entity_id', '=', code).where('field', '=', 'name').execute();
  return toArea(row, Object.fromEntries(labels.map((l) => [l.lang, l.text])), lang);
}

/**
 * The stored code of an area written any way people write it: its code (`BD-C`, case-insensitive), M49 with or
 * without zero padding (`50`, `050`), ISO alpha-3 (`BGD`), or any value in `codes` (ISO alpha-2 `BD`, P-code `BD30`).
 * Returns null when nothing matches.
 * @example await resolveAreaCode(db, 'bgd') // '050'
 */
export async function resolveAreaCode(db: Db, alias: string): Promise<string | null> {
  const exact = await db.selectFrom('reference_areas').select('code').where('code', '=', alias).executeTakeFirst();
  if (exact) return exact.code;
  const rows = await db.selectFrom('reference_areas').select(['code', 'm49', 'iso3', 'codes']).orderBy('sort_order').execute();
  const areas = rows.map((r) => ({ code: r.code, m49: r.m49, iso3: r.iso3, codes: JSON.parse(r.codes) as Record<string, string> }));
  return areaIndex(areas).get(aliasKey(alias)) ?? null;
}

/**
 * Every alias of the given areas → area code, keyed by {@link aliasKey}. Earlier areas win a shared alias (so a
 * country's ISO alpha-2 `BD` beats a P-code `BD`). Importers use it to map the area column of a file.
 * @example areaIndex([{ code: '050', m49: '050', iso3: 'BGD', codes: { iso2: 'BD' } }]).get('50') // '050'
 */
export function areaIndex(areas: Pick<ReferenceArea, 'code' | 'm49' | 'iso3' | 'codes'>[]): Map<string, string> {
  const index = new Map<string, string>();
  const add = (alias: string | null | undefined, code: string): void => {
    if (alias && !index.has(aliasKey(alias))) index.set(aliasKey(alias), code);
  };
  for (const a of areas) add(a.code, a.code);
  for (const a of areas) {
    add(a.m49, a.code);
    add(a.iso3, a.code);
    for (const value of Object.values(a.codes)) add(value, a.code);
  }
  return index;
}

/**
 * A lookup of area codes written any way people write them: a stored code as given first (national codes such as
 * `1` and `001` stay apart), then any alias through {@link areaIndex}. Returns undefined for an unknown code.
 * @example areaResolver(areas)('BD30') // 'BD-C'
 */
export function areaResolver(areas: Pick<ReferenceArea, 'code' | 'm49' | 'iso3' | 'codes'>[]): (alias: string) => string | undefined {
  const codes = new Set(areas.map((a) => a.code));
  const index = areaIndex(areas);
  return (alias) => (codes.has(alias) ? alias : index.get(aliasKey(alias)));
}

/** The lookup form of an area alias: trimmed, upper case, M49 digits without leading zeros (`050` → `50`). */
export function aliasKey(alias: string): string {
  const text = alias.trim().toUpperCase();
  return /^\d+$/.test(text) ? String(Number.parseInt(text, 10)) : text;
}

function toArea(
  row: { code: string; parent_code: string | null; level: string; name: string; m49: string | null; iso3: string | null; codes: string; sort_order: number },
  names: Record<string, string>,
  lang: string | undefined,
): LocalisedArea {
  return {
    code: row.code,
    parent: row.parent_code,
    level: row.level,
    names,
    m49: row.m49,
    iso3: row.iso3,
    codes: JSON.parse(row.codes) as Record<string, string>,
    name: (lang !== undefined ? names[lang] : undefined) ?? row.name,
    sortOrder: row.sort_order,
  };
}

function defaultName(area: ReferenceArea, lang: string): string {
  const name = area.names[lang] ?? Object.values(area.names).find((n) => n !== '');
  if (!name) throw new Error(`area ${area.code} has no name`);
  return name;
}

function sortedObject(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
