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
