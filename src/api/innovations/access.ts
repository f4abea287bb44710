import type { InnovationCase } from '../../domain/index.ts';
import { getInnovationCase, InnovationCaseError, type Db, type User } from '../../store/index.ts';
import { ApiError, notFound } from '../errors.ts';

/**
 * Who may change an innovation case: admins every case; a provider the cases whose lead organisation
 * (innovation_case_organisations role `lead`) is linked (innovation_organisations.local_organisation_id) to one of the
 * provider's organisations. Cases read from another installation (origin set) are read-only for everyone.
 */

/** The national organisations the lead organisations of `organisations` stand for. */
export async function leadLocalOrganisations(db: Db, organisations: InnovationCase['organisations']): Promise<string[]> {
  const leads = organisations.filter((o) => o.role === 'lead').map((o) => o.organisationId);
  if (!leads.length) return [];
  const rows = await db.selectFrom('innovation_organisations').select('local_organisation_id').where('id', 'in', leads).execute();
  return rows.map((r) => r.local_organisation_id).filter((id): id is string => id !== null);
}

/** Whether the user may write a case with these organisations (admins always). */
export async function mayEdit(db: Db, user: User | null | undefined, organisations: InnovationCase['organisations']): Promise<boolean> {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role !== 'provider') return false;
  const locals = await leadLocalOrganisations(db, organisations);
  return locals.some((id) => user.organisations.includes(id));
}

/**
 * The case to change, whole (all contacts), after the checks.
 * @throws ApiError NOT_FOUND, INVALID_STATE (409) naming the origin of an imported case, FORBIDDEN naming the lead organisation.
 */
export async function editableCase(db: Db, user: User, id: string): Promise<InnovationCase> {
  const c = await getInnovationCase(db, id, { contacts: 'all' });
  if (!c) throw notFound('innovation case', id);
  if (c.origin) {
    throw new ApiError('INVALID_STATE', `innovation case ${id} is read-only here: it is published by ${c.origin.instanceUrl} (its id there: ${c.origin.remoteId})`,
      { origin: c.origin });
  }
  if (!(await mayEdit(db, user, c.organisations))) throw forbiddenFor(user, c.organisations);
  return c;
}

/** FORBIDDEN naming the lead organisation(s) a provider does not work for. */
export function forbiddenFor(user: User, organisations: InnovationCase['organisations']): ApiError {
  const leads = organisations.filter((o) => o.role === 'lead').map((o) => o.organisationId);
  return new ApiError('FORBIDDEN', leads.length
    ? `${user.username} does not work for the lead organisation (${leads.join(', ')}) of this case`
    : 'a case needs a lead organisation linked to one of your organisations');
}

/** Turns the store's refusal of a case into 422 VALIDATION_FAILED naming the field; other errors pass. */
export function asValidation(e: unknown): never {
  if (e instanceof InnovationCaseError) {
    throw new ApiError('VALIDATION_FAILED', e.message, [{ record: e.caseId, field: e.field, reason: e.message, values: e.values }]);
  }
  throw e;
}

/** An audit event of the innovation network, old → new, at now. */
export function innovationEvent(userId: number | null, action: string, entity: string, entityId: string, oldValue: unknown, newValue: unknown, comment: string | null = null) {
  return { at: new Date().toISOString(), userId, action, entity, entityId, oldValue, newValue, comment };
}
