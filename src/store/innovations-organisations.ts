import type { InnovationOrganisation } from '../domain/index.ts';
import type { Db } from './database.ts';

/**
 * Inserts or updates organisations of the network by id (name, country, website, link to a national organisation).
 * @example await upsertInnovationOrganisations(trx, [{ id: 'a2i', name: 'Aspire to Innovate (a2i)', countryIso3: 'BGD', website: null, localOrganisationId: null }])
 */
export async function upsertInnovationOrganisations(trx: Db, orgs: readonly InnovationOrganisation[]): Promise<void> {
  for (const o of orgs) {
    const row = { name: o.name, country_iso3: o.countryIso3, website: o.website, local_organisation_id: o.localOrganisationId };
    const done = await trx.updateTable('innovation_organisations').set(row).where('id', '=', o.id).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) await trx.insertInto('innovation_organisations').values({ id: o.id, ...row }).execute();
  }
}

/** Every organisation of the network, by name. */
export async function listInnovationOrganisations(db: Db): Promise<InnovationOrganisation[]> {
  const rows = await db.selectFrom('innovation_organisations').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, countryIso3: r.country_iso3, website: r.website, localOrganisationId: r.local_organisation_id }));
}
