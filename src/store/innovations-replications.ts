import { REPLICATION_STAGES, type Replication, type ReplicationStage } from '../domain/index.ts';
import type { Db } from './database.ts';

/**
 * Stores a replication (inserted, or replacing the one with its id with its stage history), keeping `created_at`.
 * @throws Error naming a stage outside REPLICATION_STAGES or a country that is not three capital letters.
 */
export async function saveReplication(trx: Db, r: Replication, at: string): Promise<void> {
  const stages = [r.stage, ...r.stageHistory.map((s) => s.stage)].filter((s) => !REPLICATION_STAGES.includes(s));
  if (stages.length) throw new Error(`replication ${r.id}: stage ${stages.join(', ')} is not one of ${REPLICATION_STAGES.join(', ')}`);
  if (!/^[A-Z]{3}$/.test(r.adopterCountryIso3)) throw new Error(`replication ${r.id}: country "${r.adopterCountryIso3}" is not an ISO 3166-1 alpha-3 code`);
  const existing = await trx.selectFrom('innovation_replications').select('created_at').where('id', '=', r.id).executeTakeFirst();
  const row = {
    id: r.id, case_id: r.caseId, provider_organisation_id: r.providerOrganisationId, adopter_organisation_id: r.adopterOrganisationId,
    adopter_country_iso3: r.adopterCountryIso3, channel: r.channel, stage: r.stage, adaptations: r.adaptations, funding: r.funding,
    origin_url: r.origin?.instanceUrl ?? null, origin_id: r.origin?.remoteId ?? null, origin_updated_at: r.origin?.remoteUpdatedAt ?? null,
    created_at: existing?.created_at ?? at, updated_at: at,
  };
  if (existing) {
    await trx.updateTable('innovation_replications').set(row).where('id', '=', r.id).execute();
    await trx.deleteFrom('innovation_replication_stages').where('replication_id', '=', r.id).execute();
  } else {
    await trx.insertInto('innovation_replications').values(row).execute();
  }
  if (r.stageHistory.length) {
    await trx.insertInto('innovation_replication_stages')
      .values(r.stageHistory.map((s, position) => ({ replication_id: r.id, position, stage: s.stage, date: s.date, note: s.note }))).execute();
  }
}

/** Deletes the replications of a case whose ids are not in `keep`; returns how many went. */
export async function pruneReplications(trx: Db, caseId: string, keep: readonly string[]): Promise<number> {
  const done = await trx.deleteFrom('innovation_replications').where('case_id', '=', caseId)
    .$if(keep.length > 0, (q) => q.where('id', 'not in', keep)).executeTakeFirst();
  return Number(done.numDeletedRows);
}

/** Replications with their stage history, of one case and/or one adopter country, by case then country. */
export async function listReplications(db: Db, filter: { caseId?: string; adopterCountry?: string } = {}): Promise<Replication[]> {
  const rows = await db.selectFrom('innovation_replications').selectAll()
    .$if(filter.caseId !== undefined, (q) => q.where('case_id', '=', filter.caseId ?? ''))
    .$if(filter.adopterCountry !== undefined, (q) => q.where('adopter_country_iso3', '=', (filter.adopterCountry ?? '').toUpperCase()))
    .orderBy('case_id').orderBy('adopter_country_iso3').orderBy('id').execute();
  const ids = rows.map((r) => r.id);
  const stages = ids.length
    ? await db.selectFrom('innovation_replication_stages').selectAll().where('replication_id', 'in', ids).orderBy('position').execute()
    : [];
  return rows.map((r) => ({
    id: r.id, caseId: r.case_id, providerOrganisationId: r.provider_organisation_id, adopterOrganisationId: r.adopter_organisation_id,
    adopterCountryIso3: r.adopter_country_iso3, channel: r.channel, stage: r.stage as ReplicationStage,
    stageHistory: stages.filter((s) => s.replication_id === r.id).map((s) => ({ stage: s.stage as ReplicationStage, date: s.date, note: s.note })),
    adaptations: r.adaptations, funding: r.funding,
    origin: r.origin_url && r.origin_id && r.origin_updated_at
      ? { instanceUrl: r.origin_url, remoteId: r.origin_id, remoteUpdatedAt: r.origin_updated_at } : null,
  }));
}
