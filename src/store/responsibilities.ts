import type { ResponsibilityRole } from '../domain/index.ts';
import type { Db } from './database.ts';

/** An organisation's responsibility for an indicator: `{ indicatorId: '3.2.1', organisationId: 'MOHFW', role: 'lead' }`. */
export interface Responsibility {
  indicatorId: string;
  organisationId: string;
  role: ResponsibilityRole;
}

/** Responsibilities filtered by indicator and/or organisation, lead first, then co-lead, then associate. */
export async function listResponsibilities(db: Db, filter: { indicatorId?: string; organisationIds?: string[] } = {}): Promise<Responsibility[]> {
  let q = db.selectFrom('indicator_responsibilities').selectAll();
  if (filter.indicatorId) q = q.where('indicator_id', '=', filter.indicatorId);
  if (filter.organisationIds) {
    if (filter.organisationIds.length === 0) return [];
    q = q.where('organisation_id', 'in', filter.organisationIds);
  }
  const rows = await q.execute();
  const order: Record<string, number> = { lead: 0, co_lead: 1, associate: 2 };
  return rows
    .map((r) => ({ indicatorId: r.indicator_id, organisationId: r.organisation_id, role: r.role as ResponsibilityRole }))
    .sort((a, b) => a.indicatorId.localeCompare(b.indicatorId, 'en', { numeric: true })
      || (order[a.role] ?? 9) - (order[b.role] ?? 9) || a.organisationId.localeCompare(b.organisationId));
}

/** Whether any of the organisations answers for the indicator (as lead, co-lead or associate). */
export async function answersFor(db: Db, indicatorId: string, organisationIds: string[]): Promise<boolean> {
  if (organisationIds.length === 0) return false;
  const row = await db.selectFrom('indicator_responsibilities').select('organisation_id')
    .where('indicator_id', '=', indicatorId).where('organisation_id', 'in', organisationIds).executeTakeFirst();
  return row !== undefined;
}

/**
 * Where the stored mapping comes from, as the site shows it: `official` (imported or edited by the national SDG office),
 * `illustrative` (the example mapping shipped with a country bundle, to be replaced), `none` (no mapping yet).
 */
export type ResponsibilityStatus = 'official' | 'illustrative' | 'none';
export const RESPONSIBILITY_STATUSES: readonly ResponsibilityStatus[] = ['official', 'illustrative', 'none'];

/** The setting that holds the {@link ResponsibilityStatus} of the stored mapping. */
export const RESPONSIBILITY_STATUS_SETTING = 'responsibility_status';

/** How a replacement changed the mapping: pairs added, removed, whose role changed, and left as they were. */
export interface ResponsibilityChanges {
  added: Responsibility[];
  removed: Responsibility[];
  changed: { indicatorId: string; organisationId: string; from: ResponsibilityRole; to: ResponsibilityRole }[];
  unchanged: number;
}

/** Per organisation, how many indicators it leads, co-leads and is associated with. */
export interface ResponsibilityCounts {
  lead: number;
  coLead: number;
  associate: number;
}

/** The status of the stored mapping (setting `responsibility_status`); `none` when it was never set. */
export async function responsibilityStatus(db: Db): Promise<ResponsibilityStatus> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', RESPONSIBILITY_STATUS_SETTING).executeTakeFirst();
  return row?.value === 'official' || row?.value === 'illustrative' ? row.value : 'none';
}

/**
 * Replaces the whole mapping (or, with `indicatorId`, the responsibilities of that one indicator) by `items`, writing
 * only what differs, and returns the differences. At most one lead per indicator: the caller checks it, the unique
 * index `indicator_responsibilities_one_lead` enforces it. Call inside a transaction.
 * @example await replaceResponsibilities(trx, [{ indicatorId: '3.2.1', organisationId: 'HSD', role: 'lead' }], '3.2.1')
 *   // { added: [], removed: [{ indicatorId: '3.2.1', organisationId: 'DGHS', role: 'associate' }], changed: [], unchanged: 1 }
 */
export async function replaceResponsibilities(trx: Db, items: Responsibility[], indicatorId?: string): Promise<ResponsibilityChanges> {
  const before = await listResponsibilities(trx, indicatorId === undefined ? {} : { indicatorId });
  const key = (r: Responsibility): string => `${r.indicatorId}\u0000${r.organisationId}`;
  const old = new Map(before.map((r) => [key(r), r]));
  const changes: ResponsibilityChanges = { added: [], removed: [], changed: [], unchanged: 0 };
  const wanted = new Set<string>();
  for (const r of items) {
    wanted.add(key(r));
    const was = old.get(key(r));
    if (!was) changes.added.push(r);
    else if (was.role !== r.role) changes.changed.push({ indicatorId: r.indicatorId, organisationId: r.organisationId, from: was.role, to: r.role });
    else changes.unchanged++;
  }
  changes.removed = before.filter((r) => !wanted.has(key(r)));
  // Deletes first, so a lead moving from one organisation to another never meets the one-lead index twice.
  const gone = [...changes.removed, ...changes.changed];
  for (const r of gone) {
    await trx.deleteFrom('indicator_responsibilities')
      .where('indicator_id', '=', r.indicatorId).where('organisation_id', '=', r.organisationId).execute();
  }
  const rows = [...changes.added, ...changes.changed.map((c) => ({ ...c, role: c.to }))]
    .map((r) => ({ indicator_id: r.indicatorId, organisation_id: r.organisationId, role: r.role }));
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('indicator_responsibilities').values(rows.slice(i, i + 500)).execute();
  return changes;
}

/**
 * How many indicators each organisation answers for, by role; organisations answering for none are absent.
 * @example (await responsibilityCounts(db)).get('BBS') // { lead: 0, coLead: 54, associate: 28 }
 */
export async function responsibilityCounts(db: Db): Promise<Map<string, ResponsibilityCounts>> {
  const rows = await db.selectFrom('indicator_responsibilities')
    .select((eb) => ['organisation_id', 'role', eb.fn.countAll<number>().as('n')])
    .groupBy(['organisation_id', 'role']).execute();
  const counts = new Map<string, ResponsibilityCounts>();
  for (const r of rows) {
    const c = counts.get(r.organisation_id) ?? { lead: 0, coLead: 0, associate: 0 };
    if (r.role === 'lead') c.lead = Number(r.n);
    else if (r.role === 'co_lead') c.coLead = Number(r.n);
    else if (r.role === 'associate') c.associate = Number(r.n);
    counts.set(r.organisation_id, c);
  }
  return counts;
}
