import { sql } from 'kysely';
import type { SubmissionState } from '../domain/index.ts';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

/**
 * A submission as stored: one indicator's batch of proposed changes and where it stands in review. Example:
 * `{ id: 7, indicatorId: '3.2.1', organisationId: 'MOHFW', state: 'submitted', revision: 4, submittedBy: 12, … }`.
 */
export interface Submission {
  id: number;
  indicatorId: string;
  organisationId: string;
  state: SubmissionState;
  createdBy: number;
  createdAt: string;
  updatedAt: string;
  submittedBy: number | null;
  submittedAt: string | null;
  decidedBy: number | null;
  decidedAt: string | null;
  /** The reviewer's comment on the latest return or approval. */
  comment: string | null;
  revision: number;
}

/** What may change on a submission (the revision is bumped by every update). */
export type SubmissionPatch = Partial<Pick<Submission, 'state' | 'submittedBy' | 'submittedAt' | 'decidedBy' | 'decidedAt' | 'comment'>>;

/** Which submissions a list shows: by state, indicator, or those a provider's organisations may see. */
export interface SubmissionFilter {
  states?: SubmissionState[];
  indicatorId?: string;
  /** Keep submissions of these organisations or of indicators they answer for (a provider's view). */
  visibleTo?: string[];
  limit?: number;
  offset?: number;
}

/** A submission by id, or undefined. */
export async function findSubmission(db: Db, id: number): Promise<Submission | undefined> {
  const row = await db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSubmission(row) : undefined;
}

/** The indicator's open (not approved) submission, or undefined. */
export async function findOpenSubmission(db: Db, indicatorId: string): Promise<Submission | undefined> {
  const row = await db.selectFrom('submissions').selectAll().where('indicator_id', '=', indicatorId)
    .where('state', '<>', 'approved').executeTakeFirst();
  return row ? toSubmission(row) : undefined;
}

/**
 * The indicator's open submission, created as a draft of `organisationId` when there is none. Safe when two servers
 * open the same indicator at once: the partial unique index keeps one, the other gets it back (`created: false`).
 */
export async function openDraft(trx: Db, input: { indicatorId: string; organisationId: string; userId: number; now: string }): Promise<{ submission: Submission; created: boolean }> {
  const inserted = await trx.insertInto('submissions').values({
    indicator_id: input.indicatorId, organisation_id: input.organisationId, state: 'draft', created_by: input.userId,
    created_at: input.now, updated_at: input.now, revision: 1,
  }).onConflict((oc) => oc.column('indicator_id').where('state', '<>', sql.lit('approved')).doNothing())
    .returning('id').executeTakeFirst();
  const submission = await findOpenSubmission(trx, input.indicatorId);
  if (!submission) throw new Error(`no open submission for indicator ${input.indicatorId} after opening one`);
  return { submission, created: inserted !== undefined };
}

/**
 * Takes the submission's row lock for the rest of the transaction (PostgreSQL: concurrent changes to the same
 * submission wait; SQLite: one writer at a time anyway) and returns it as it is now, or undefined.
 */
export async function lockSubmission(trx: Db, id: number): Promise<Submission | undefined> {
  await trx.updateTable('submissions').set({ revision: sql`revision` }).where('id', '=', id).execute();
  return findSubmission(trx, id);
}

/** Updates a submission, bumps its revision and `updated_at`; returns it as updated. */
export async function updateSubmission(trx: Db, id: number, patch: SubmissionPatch, now: string): Promise<Submission> {
  const set: { updated_at: string; state?: string; submitted_by?: number | null; submitted_at?: string | null; decided_by?: number | null; decided_at?: string | null; comment?: string | null } = { updated_at: now };
  if (patch.state !== undefined) set.state = patch.state;
  if (patch.submittedBy !== undefined) set.submitted_by = patch.submittedBy;
  if (patch.submittedAt !== undefined) set.submitted_at = patch.submittedAt;
  if (patch.decidedBy !== undefined) set.decided_by = patch.decidedBy;
  if (patch.decidedAt !== undefined) set.decided_at = patch.decidedAt;
  if (patch.comment !== undefined) set.comment = patch.comment;
  await trx.updateTable('submissions').set({ ...set, revision: sql`revision + 1` }).where('id', '=', id).execute();
  const updated = await findSubmission(trx, id);
  if (!updated) throw new Error(`submission ${id} vanished during an update`);
  return updated;
}

/** Bumps the revision (every saved change does), so a reviewer approves exactly what they saw. */
export async function touchSubmission(trx: Db, id: number, now: string): Promise<number> {
  await trx.updateTable('submissions').set({ updated_at: now, revision: sql`revision + 1` }).where('id', '=', id).execute();
  const row = await trx.selectFrom('submissions').select('revision').where('id', '=', id).executeTakeFirstOrThrow();
  return row.revision;
}

/** Deletes a submission with its draft changes. */
export async function deleteSubmission(trx: Db, id: number): Promise<void> {
  await trx.deleteFrom('submission_changes').where('submission_id', '=', id).execute();
  await trx.deleteFrom('submissions').where('id', '=', id).execute();
}

/** Submissions matching a filter with their number of changes, most recently updated first, and how many match. */
export async function listSubmissions(db: Db, filter: SubmissionFilter = {}): Promise<{ items: (Submission & { changeCount: number })[]; total: number }> {
  let q = db.selectFrom('submissions');
  if (filter.states) q = q.where('state', 'in', filter.states.length > 0 ? filter.states : ['']);
  if (filter.indicatorId) q = q.where('indicator_id', '=', filter.indicatorId);
  if (filter.visibleTo) {
    const orgs = filter.visibleTo.length > 0 ? filter.visibleTo : [''];
    q = q.where((eb) => eb.or([
      eb('organisation_id', 'in', orgs),
      eb('indicator_id', 'in', eb.selectFrom('indicator_responsibilities').select('indicator_id').where('organisation_id', 'in', orgs)),
    ]));
  }
  const total = Number((await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q.selectAll('submissions')
    .select((eb) => eb.selectFrom('submission_changes').select(sql<number>`count(*)`.as('c'))
      .whereRef('submission_changes.submission_id', '=', 'submissions.id').as('change_count'))
    .orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(filter.limit ?? 100).offset(filter.offset ?? 0).execute();
  return { items: rows.map((r) => ({ ...toSubmission(r), changeCount: Number(r.change_count ?? 0) })), total };
}

/** Number of submissions in each state, e.g. `{ draft: 2, submitted: 1, returned: 0, approved: 9 }`. */
export async function countSubmissionsByState(db: Db, visibleTo?: string[]): Promise<Record<SubmissionState, number>> {
  let q = db.selectFrom('submissions').select(['state', sql<number>`count(*)`.as('n')]).groupBy('state');
  if (visibleTo) {
    const orgs = visibleTo.length > 0 ? visibleTo : [''];
    q = q.where((eb) => eb.or([
      eb('organisation_id', 'in', orgs),
      eb('indicator_id', 'in', eb.selectFrom('indicator_responsibilities').select('indicator_id').where('organisation_id', 'in', orgs)),
    ]));
  }
  const counts: Record<SubmissionState, number> = { draft: 0, submitted: 0, returned: 0, approved: 0 };
  for (const r of await q.execute()) counts[r.state as SubmissionState] = Number(r.n);
  return counts;
}

/** The open submission of each of the given indicators, by indicator id. */
export async function openSubmissionsOf(db: Db, indicatorIds: string[]): Promise<Map<string, Submission>> {
  if (indicatorIds.length === 0) return new Map();
  const rows = await db.selectFrom('submissions').selectAll().where('indicator_id', 'in', indicatorIds)
    .where('state', '<>', 'approved').execute();
  return new Map(rows.map((r) => [r.indicator_id, toSubmission(r)]));
}

/** Display names of users by id (for who did what). */
export async function userNames(db: Db, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Active users with one of the roles (who to notify), by id. */
export async function activeUsersWithRole(db: Db, roles: string[]): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('role', 'in', roles).where('disabled', '=', 0).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** When and by whom approved submissions were re-opened (their `submission.reopen` audit event), by submission id. */
export async function reopenedSubmissions(db: Db, ids: number[]): Promise<Map<number, { at: string; by: number | null; comment: string | null }>> {
  const out = new Map<number, { at: string; by: number | null; comment: string | null }>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('audit_events').select(['submission_id', 'at', 'user_id', 'comment'])
    .where('action', '=', 'submission.reopen').where('submission_id', 'in', [...new Set(ids)]).orderBy('id').execute();
  for (const r of rows) if (r.submission_id !== null) out.set(r.submission_id, { at: r.at, by: r.user_id, comment: r.comment });
  return out;
}

/** Names of organisations by id. */
export async function organisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

type SubmissionRow = Omit<Database['submissions'], 'id' | 'revision'> & { id: number; revision: number };

function toSubmission(r: SubmissionRow): Submission {
  return {
    id: r.id, indicatorId: r.indicator_id, organisationId: r.organisation_id, state: r.state as SubmissionState,
    createdBy: r.created_by, createdAt: r.created_at, updatedAt: r.updated_at, submittedBy: r.submitted_by,
    submittedAt: r.submitted_at, decidedBy: r.decided_by, decidedAt: r.decided_at, comment: r.comment, revision: r.revision,
  };
}
