import type {
  OrganisationKind, ResponsibilityRole, Severity, UserRole, ValidationRuleKind,
} from '../../../src/domain/index.ts';
import type { z } from 'zod';
import type { OrganisationNode, organisationSchema } from '../../../src/api/organisations/schema.ts';
import type { responsibilityItemSchema, responsibilityListResponse } from '../../../src/api/responsibilities/schema.ts';
import type { createUserBody, updateUserBody, userSchema } from '../../../src/api/users/schema.ts';
import type { ruleSchema } from '../../../src/api/validation-rules/schema.ts';
import { API_BASE, ApiError, apiGet, apiSend, currentCsrfToken, type CallOptions } from './client.ts';

/**
 * Typed calls of the administration pages under `/api/v1` (decision record 0004): accounts, the organisation tree,
 * who answers for each indicator, and validation rules. Reads go through {@link apiGet}; changes through
 * {@link apiSend} with the session's CSRF token. Every call throws {@link ApiError}.
 */

export type { OrganisationKind, ResponsibilityRole, Severity, UserRole, ValidationRuleKind };

/** An account as `GET /users` lists it (never a password hash). */
export type AdminUser = z.infer<typeof userSchema>;

/** `POST /users`: a new account with its first password (temporary when `mustChangePassword`). */
export type NewUserInput = z.input<typeof createUserBody>;

/** `PATCH /users/{id}`: the fields to change; absent fields stay. */
export type UserChange = z.input<typeof updateUserBody>;

/** `GET /users`: every account, by user name. @throws ApiError FORBIDDEN for non-admins. */
export function listUsers(options: CallOptions = {}): Promise<AdminUser[]> {
  return apiGet<AdminUser[]>('/users', {}, options);
}

/** @throws ApiError BAD_PARAMETER naming the field, CONFLICT when the user name is taken. */
export function createUser(input: NewUserInput): Promise<AdminUser> {
  return apiSend<AdminUser>('POST', '/users', input);
}

/** @throws ApiError BAD_PARAMETER, INVALID_STATE for the last enabled admin, NOT_FOUND. */
export function updateUser(id: number, change: UserChange): Promise<AdminUser> {
  return apiSend<AdminUser>('PATCH', `/users/${id}`, change);
}

/** Sets a new password for someone else, lifts a lock-out and ends their sessions; they must change it at next sign-in. */
export function resetUserPassword(id: number, newPassword: string): Promise<AdminUser> {
  return apiSend<AdminUser>('POST', `/users/${id}/password`, { newPassword });
}

/** Lifts a lock-out after too many failed sign-ins. */
export function unlockUser(id: number): Promise<AdminUser> {
  return apiSend<AdminUser>('POST', `/users/${id}/unlock`);
}

/**
 * One organisation: `{ id: 'BBS', parent: 'SID', name: 'Bangladesh Bureau of Statistics', names: { bn: '…' },
 * kind: 'statistics_office' }` (`name` in the language asked for), with how many indicators it answers for.
 */
export type AdminOrganisation = z.infer<typeof organisationSchema> & { responsibilities?: OrganisationNode['responsibilities'] };

/** `GET /organisations`: every organisation, from the tree the route answers, parents before children. */
export async function listOrganisations(options: CallOptions = {}): Promise<AdminOrganisation[]> {
  type Node = AdminOrganisation & { children?: Node[] };
  // the route answers the tree; pages that list or pick organisations want them flat
  const flat: AdminOrganisation[] = [];
  const walk = (nodes: Node[]) => {
    for (const { children, ...organisation } of nodes) {
      flat.push(organisation);
      walk(children ?? []);
    }
  };
  walk(await apiGet<Node[]>('/organisations', {}, options));
  return flat;
}

/** `POST /organisations`: a new organisation. @throws ApiError BAD_PARAMETER (code, name, kind), CONFLICT for a taken code, VALIDATION_FAILED for an unknown parent. */
export function createOrganisation(input: Pick<AdminOrganisation, 'id' | 'parent' | 'name' | 'kind'> & { names?: Record<string, string> }): Promise<AdminOrganisation> {
  return apiSend<AdminOrganisation>('POST', '/organisations', input);
}

/** `PATCH /organisations/{id}`: new name, kind or parent. @throws ApiError VALIDATION_FAILED when the parent is unknown or would make a cycle. */
export function updateOrganisation(id: string, change: Partial<Pick<AdminOrganisation, 'parent' | 'name' | 'kind' | 'names'>>): Promise<AdminOrganisation> {
  return apiSend<AdminOrganisation>('PATCH', `/organisations/${encodeURIComponent(id)}`, change);
}

/** @throws ApiError INVALID_STATE / CONFLICT when users, children or submissions still refer to it. */
export function deleteOrganisation(id: string): Promise<void> {
  return apiSend<void>('DELETE', `/organisations/${encodeURIComponent(id)}`);
}

/** One problem of an imported CSV file, located by line (1 = header, 0 = the whole file) and column. */
export interface ImportProblem {
  file?: string;
  line: number | null;
  column: string | null;
  value?: string | null;
  reason: string;
}

/**
 * What an import did (or, on a dry run, would do) and every problem it met: rows read and stored, the ids created
 * and updated, how many were unchanged, whether anything was `written`.
 */
export interface ImportReport {
  file?: string;
  rowsRead?: number;
  rowsStored?: number;
  rowsRejected?: number;
  created?: number | string[];
  updated?: number | string[];
  unchanged?: number;
  added?: number;
  changed?: number;
  removed?: number;
  /** Responsibility imports: indicators with at least one organisation afterwards. */
  indicators?: number;
  written?: boolean;
  errors: ImportProblem[];
  [key: string]: unknown;
}

/**
 * `POST /organisations/import`: a CSV file of the tree (`id,parent_id,name,kind[,name_<lang>…]`); creates and updates,
 * all or nothing. @throws ApiError VALIDATION_FAILED whose details list the file's problems.
 */
export function importOrganisations(csv: string, dryRun = false): Promise<ImportReport> {
  return postCsv('/organisations/import', csv, dryRun);
}

/** One responsibility: `{ indicator: '3.2.1', organisation: 'HSD', organisationName: 'Health Services Division', role: 'lead' }`. */
export type Responsibility = z.infer<typeof responsibilityItemSchema>;

/**
 * `GET /responsibilities`: every indicator's organisations, and whether the mapping is `official` (set by the SDG
 * office), `illustrative` (the example shipped with the country, to be replaced) or `none` (no mapping yet).
 */
export type ResponsibilityMap = z.infer<typeof responsibilityListResponse>['data'];

/** `GET /responsibilities`: the whole mapping with its status. @throws ApiError. */
export function getResponsibilities(options: CallOptions = {}): Promise<ResponsibilityMap> {
  return apiGet<ResponsibilityMap>('/responsibilities', {}, options);
}

/**
 * `PUT /indicators/{code}/responsibilities`: replaces every organisation answering for one indicator (at most one lead).
 * @throws ApiError VALIDATION_FAILED naming the problem (two leads, an unknown organisation).
 */
export function setResponsibilities(code: string, items: { organisation: string; role: ResponsibilityRole }[]): Promise<ResponsibilityMap> {
  return apiSend<ResponsibilityMap>('PUT', `/indicators/${encodeURIComponent(code)}/responsibilities`, { items });
}

/**
 * `POST /responsibilities/import`: replaces the whole mapping with a CSV of indicator, organisation and role (and
 * makes it official). @throws ApiError VALIDATION_FAILED whose details list the file's problems.
 */
export function importResponsibilities(csv: string, dryRun = false): Promise<ImportReport> {
  return postCsv('/responsibilities/import', csv, dryRun);
}

/** A validation rule as `GET /indicators/{code}/validation-rules` lists it; built-in rules have `id` null. */
export type AdminRule = z.infer<typeof ruleSchema>;

/** `POST /validation-rules` and `PUT /validation-rules/{id}`: what an admin sets (params as the kind takes them). */
export interface RuleInput {
  indicatorId: string;
  kind: ValidationRuleKind;
  severity: Severity;
  series: string | null;
  unit: string | null;
  params: Record<string, unknown>;
}

/** `GET /indicators/{code}/validation-rules`: the configured rules, then the built-in ones (id null). @throws ApiError NOT_FOUND. */
export function listRules(code: string, options: CallOptions = {}): Promise<AdminRule[]> {
  return apiGet<AdminRule[]>(`/indicators/${encodeURIComponent(code)}/validation-rules`, {}, options);
}

/** @throws ApiError BAD_PARAMETER naming the parameter the kind refuses. */
export function createRule(rule: RuleInput): Promise<AdminRule> {
  return apiSend<AdminRule>('POST', '/validation-rules', rule);
}

/** `PUT /validation-rules/{id}`: replaces a rule's kind, severity, scope and params. @throws ApiError BAD_PARAMETER, NOT_FOUND. */
export function updateRule(id: number, rule: RuleInput): Promise<AdminRule> {
  return apiSend<AdminRule>('PUT', `/validation-rules/${id}`, rule);
}

/** `DELETE /validation-rules/{id}` (answers 204). @throws ApiError NOT_FOUND. */
export function deleteRule(id: number): Promise<void> {
  return apiSend<void>('DELETE', `/validation-rules/${id}`);
}

/** An indicator as the pickers list it. */
export interface IndicatorChoice {
  id: string;
  code: string;
  title: string;
}

/** `GET /indicators`: every unique indicator (code and title in `lang`), for the pickers. */
export function listIndicatorChoices(options: CallOptions = {}): Promise<IndicatorChoice[]> {
  return apiGet<IndicatorChoice[]>('/indicators', { limit: '1000' }, options);
}

/** Sends a CSV file as `text/csv`, with the session's CSRF token; a refused file answers its report in `details`. */
async function postCsv(path: string, csv: string, dryRun: boolean): Promise<ImportReport> {
  const url = `${API_BASE}${path}${dryRun ? '?dryRun=true' : ''}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'text/csv', 'x-csrf-token': currentCsrfToken() ?? 'none' },
      body: csv,
    });
  } catch (e) {
    throw new ApiError('NETWORK', `the server could not be reached (${(e as Error).message})`, 0, url);
  }
  const body = await response.json().catch(() => undefined) as { data?: ImportReport; error?: { code: string; message: string; details?: unknown } } | undefined;
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(error?.code ?? 'INTERNAL', error?.message ?? `${url} answered HTTP ${response.status}`, response.status, url, error?.details);
  }
  return body?.data ?? { errors: [] };
}
