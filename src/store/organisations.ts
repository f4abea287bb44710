import type { Organisation, OrganisationKind } from '../domain/index.ts';
import type { Db } from './database.ts';

/**
 * Organisations: the tree ministry → division → agency that answers for indicators. The name in the country's default
 * language sits in `organisations.name`; names in other languages are labels (scope '', entity `organisation`, field
 * `name`), as for areas.
 */

/** An organisation as stored: its default name, its names in other languages, and its place among its siblings. */
export interface StoredOrganisation extends Organisation {
  /** Names by language from the labels, e.g. `{ bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' }` (the default name is `name`). */
  names: Record<string, string>;
  sortOrder: number;
}

/** What a write gives for one organisation; `sortOrder` defaults to after every other organisation. */
export interface OrganisationInput extends Organisation {
  names?: Record<string, string>;
  sortOrder?: number;
}

/** How much hangs on an organisation: its users, child organisations, open and approved submissions. */
export interface OrganisationUsage {
  users: number;
  children: number;
  openSubmissions: number;
  approvedSubmissions: number;
}

/**
 * Every organisation in tree order as stored (`sort_order`, then id), with the names of every language.
 * @example (await listOrganisations(db)).find((o) => o.id === 'BBS')
 *   // { id: 'BBS', parent: 'SID', name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office', names: { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' }, sortOrder: 6 }
 */
export async function listOrganisations(db: Db): Promise<StoredOrganisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('sort_order').orderBy('id').execute();
  const labels = await db.selectFrom('labels').select(['entity_id', 'lang', 'text'])
    .where('scope', '=', '').where('entity', '=', 'organisation').where('field', '=', 'name').orderBy('lang').execute();
  const names = new Map<string, Record<string, string>>();
  for (const l of labels) names.set(l.entity_id, { ...names.get(l.entity_id), [l.lang]: l.text });
  return rows.map((r) => ({
    id: r.id, parent: r.parent_id, name: r.name, kind: r.kind as OrganisationKind, names: names.get(r.id) ?? {}, sortOrder: r.sort_order,
  }));
}

/** One organisation by its id (exact), or null. */
export async function getOrganisation(db: Db, id: string): Promise<StoredOrganisation | null> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const labels = await db.selectFrom('labels').select(['lang', 'text'])
    .where('scope', '=', '').where('entity', '=', 'organisation').where('entity_id', '=', id).where('field', '=', 'name')
    .orderBy('lang').execute();
  return {
    id: row.id, parent: row.parent_id, name: row.name, kind: row.kind as OrganisationKind,
    names: Object.fromEntries(labels.map((l) => [l.lang, l.text])), sortOrder: row.sort_order,
  };
}

/** The organisation's name in `lang`, its default name when it has none in that language. */
export function organisationName(org: Pick<StoredOrganisation, 'name' | 'names'>, lang?: string): string {
  return (lang !== undefined ? org.names[lang] : undefined) ?? org.name;
}

/**
 * Creates or updates organisations, parents before children (the caller orders them; the foreign key on `parent_id`
 * checks it). For each organisation, the labels of the languages in `languages` are replaced by its `names` in those
 * languages (a language missing from `names` removes that name); labels of other languages stay. Call inside a
 * transaction.
 * @example await saveOrganisations(trx, [{ id: 'SID', parent: null, name: 'Statistics and Informatics Division',
 *   kind: 'division', names: { bn: 'পরিসংখ্যান ও তথ্য ব্যবস্থাপনা বিভাগ' } }], ['bn'])
 */
export async function saveOrganisations(trx: Db, orgs: OrganisationInput[], languages: string[]): Promise<void> {
  let next = await nextSortOrder(trx);
  for (const o of orgs) {
    const sortOrder = o.sortOrder ?? next++;
    await trx.insertInto('organisations')
      .values({ id: o.id, parent_id: o.parent, name: o.name, kind: o.kind, sort_order: sortOrder })
      .onConflict((oc) => oc.column('id').doUpdateSet({
        parent_id: o.parent, name: o.name, kind: o.kind, ...(o.sortOrder === undefined ? {} : { sort_order: o.sortOrder }),
      }))
      .execute();
    if (languages.length === 0) continue;
    await trx.deleteFrom('labels').where('scope', '=', '').where('entity', '=', 'organisation').where('entity_id', '=', o.id)
      .where('field', '=', 'name').where('lang', 'in', languages).execute();
    const labels = languages.filter((lang) => (o.names?.[lang] ?? '') !== '')
      .map((lang) => ({ scope: '', entity: 'organisation', entity_id: o.id, lang, field: 'name', text: o.names![lang]! }));
    if (labels.length > 0) await trx.insertInto('labels').values(labels).execute();
  }
}

/**
 * Deletes an organisation, its names and (by the foreign key's cascade) its responsibilities. The caller checks
 * {@link organisationUsage} first: users, children and submissions block it. Call inside a transaction.
 */
export async function deleteOrganisation(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('labels').where('scope', '=', '').where('entity', '=', 'organisation').where('entity_id', '=', id).execute();
  await trx.deleteFrom('indicator_responsibilities').where('organisation_id', '=', id).execute();
  await trx.deleteFrom('organisations').where('id', '=', id).execute();
}

/**
 * What hangs on an organisation, for refusing a delete.
 * @example await organisationUsage(db, 'MOHFW') // { users: 0, children: 2, openSubmissions: 0, approvedSubmissions: 0 }
 */
export async function organisationUsage(db: Db, id: string): Promise<OrganisationUsage> {
  const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string }> }): Promise<number> =>
    Number((await q.executeTakeFirstOrThrow()).n);
  const [users, children, openSubmissions, approvedSubmissions] = await Promise.all([
    count(db.selectFrom('user_organisations').select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_id', '=', id)),
    count(db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', id)),
    count(db.selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', id).where('state', '<>', 'approved')),
    count(db.selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', id).where('state', '=', 'approved')),
  ]);
  return { users, children, openSubmissions, approvedSubmissions };
}

/** The sort order after every stored organisation. */
async function nextSortOrder(db: Db): Promise<number> {
  const row = await db.selectFrom('organisations').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
  return row?.m === null || row?.m === undefined ? 0 : Number(row.m) + 1;
}
