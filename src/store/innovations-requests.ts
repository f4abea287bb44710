import type { CooperationAnswer, CooperationRequest } from '../domain/index.ts';
import type { Db } from './database.ts';
import { InnovationCaseError, unknownTargets } from './innovations-cases.ts';

/**
 * Stores a cooperation request (inserted, or replacing the one with its id, with its targets and tags).
 * @throws InnovationCaseError naming every target code the active framework lacks, before anything is written.
 */
export async function saveCooperationRequest(trx: Db, r: CooperationRequest, createdBy: number | null = null): Promise<void> {
  const missing = await unknownTargets(trx, r.targets);
  if (missing.length) throw new InnovationCaseError(r.id, 'targets', missing, `target ${missing.join(', ')} is not in the framework`);
  const row = {
    country_iso3: r.countryIso3, organisation_id: r.organisationId, title: r.title, problem: r.problem, context: r.context,
    status: r.status, created_at: r.createdAt, created_by: createdBy, origin_url: r.origin?.instanceUrl ?? null,
    origin_id: r.origin?.remoteId ?? null, origin_updated_at: r.origin?.remoteUpdatedAt ?? null,
  };
  const done = await trx.updateTable('innovation_requests').set(row).where('id', '=', r.id).executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) await trx.insertInto('innovation_requests').values({ id: r.id, ...row }).execute();
  await trx.deleteFrom('innovation_request_targets').where('request_id', '=', r.id).execute();
  await trx.deleteFrom('innovation_request_tags').where('request_id', '=', r.id).execute();
  const targets = [...new Set(r.targets)];
  if (targets.length) await trx.insertInto('innovation_request_targets').values(targets.map((t) => ({ request_id: r.id, target_code: t }))).execute();
  const tags = [...new Set(r.tags.map((t) => t.trim()).filter(Boolean))];
  if (tags.length) await trx.insertInto('innovation_request_tags').values(tags.map((tag) => ({ request_id: r.id, tag }))).execute();
}

/** Cooperation requests, newest first, optionally of one country or status. */
export async function listCooperationRequests(db: Db, filter: { country?: string; status?: 'open' | 'closed' } = {}): Promise<CooperationRequest[]> {
  const rows = await db.selectFrom('innovation_requests').selectAll()
    .$if(filter.country !== undefined, (q) => q.where('country_iso3', '=', (filter.country ?? '').toUpperCase()))
    .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status ?? 'open'))
    .orderBy('created_at', 'desc').orderBy('id').execute();
  const ids = rows.map((r) => r.id);
  const [targets, tags] = ids.length
    ? await Promise.all([
      db.selectFrom('innovation_request_targets').selectAll().where('request_id', 'in', ids).execute(),
      db.selectFrom('innovation_request_tags').selectAll().where('request_id', 'in', ids).orderBy('tag').execute(),
    ])
    : [[], []];
  return rows.map((r) => ({
    id: r.id, countryIso3: r.country_iso3, organisationId: r.organisation_id, title: r.title, problem: r.problem, context: r.context,
    targets: targets.filter((t) => t.request_id === r.id).map((t) => t.target_code).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    tags: tags.filter((t) => t.request_id === r.id).map((t) => t.tag),
    status: r.status as CooperationRequest['status'], createdAt: r.created_at,
    origin: r.origin_url && r.origin_id && r.origin_updated_at
      ? { instanceUrl: r.origin_url, remoteId: r.origin_id, remoteUpdatedAt: r.origin_updated_at } : null,
  }));
}

/** Adds a provider's answer to a request; returns it with its id. @throws Error for an unknown request. */
export async function answerCooperationRequest(trx: Db, answer: Omit<CooperationAnswer, 'id'>): Promise<CooperationAnswer> {
  const request = await trx.selectFrom('innovation_requests').select('id').where('id', '=', answer.requestId).executeTakeFirst();
  if (!request) throw new Error(`cooperation request ${answer.requestId} does not exist`);
  const row = await trx.insertInto('innovation_request_answers').values({
    request_id: answer.requestId, case_id: answer.caseId, organisation_id: answer.organisationId, text: answer.text,
    created_at: answer.createdAt, created_by: answer.createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  return { id: Number(row.id), ...answer };
}

/** The answers to a request, oldest first. */
export async function listCooperationAnswers(db: Db, requestId: string): Promise<CooperationAnswer[]> {
  const rows = await db.selectFrom('innovation_request_answers').selectAll().where('request_id', '=', requestId).orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id, requestId: r.request_id, caseId: r.case_id, organisationId: r.organisation_id, text: r.text, createdAt: r.created_at, createdBy: r.created_by,
  }));
}
