import type { Observation, ObservationKeyParts } from './observation.ts';

/**
 * The words of data governance: who may do what, who answers for an indicator, and the states a submission goes
 * through. Modelled on DHIS2's data approval (approval levels, data locked once approved) and audit trail, in SDG terms.
 */

/**
 * A user's role:
 * - `admin`: the national SDG office; configures organisations, users, responsibility and validation rules, re-opens
 *   approved data;
 * - `reviewer`: the statistics office; approves or returns submissions;
 * - `provider`: a ministry or agency statistician, bound to one or more organisations; enters and submits data for the
 *   indicators those organisations answer for;
 * - `viewer`: reads the work areas (queues, drafts, history) without changing anything.
 */
export type UserRole = 'admin' | 'reviewer' | 'provider' | 'viewer';
export const USER_ROLES: readonly UserRole[] = ['admin', 'reviewer', 'provider', 'viewer'];

/**
 * What an organisation is: `ministry`, `division` (of a ministry), `agency` (a department, directorate or
 * authority), `statistics_office` (the national statistics bureau), `sdg_office` (the national SDG coordination
 * office), `other` (development partners, NGOs, academia).
 */
export type OrganisationKind = 'ministry' | 'division' | 'agency' | 'statistics_office' | 'sdg_office' | 'other';
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'ministry', 'division', 'agency', 'statistics_office', 'sdg_office', 'other',
];

/** An organisation: a node of the tree ministry → division → agency. Example: `{ id: 'BBS', parent: 'SID', … }`. */
export interface Organisation {
  /** Short stable code, e.g. `BBS`, `MOHFW`. */
  id: string;
  parent: string | null;
  name: string;
  kind: OrganisationKind;
}

/**
 * How an organisation answers for an indicator: one `lead` per indicator (submits and answers for the data),
 * any number of `co_lead` (share the work, may submit) and `associate` (contribute, may submit for the indicator too).
 * Bangladesh's SDG mapping of ministries (2016) uses these three roles.
 */
export type ResponsibilityRole = 'lead' | 'co_lead' | 'associate';
export const RESPONSIBILITY_ROLES: readonly ResponsibilityRole[] = ['lead', 'co_lead', 'associate'];

/**
 * A submission's state (DHIS2 data approval, in SDG terms):
 * - `draft`: a provider is entering or uploading values; nothing is public;
 * - `submitted`: sent for review; the provider can no longer change it;
 * - `returned`: the reviewer sent it back with comments; the provider corrects it and submits again;
 * - `approved`: accepted; its values are published at that moment and their time periods are locked until an admin
 *   re-opens them.
 */
export type SubmissionState = 'draft' | 'submitted' | 'returned' | 'approved';
export const SUBMISSION_STATES: readonly SubmissionState[] = ['draft', 'submitted', 'returned', 'approved'];

/**
 * A validation rule's kind (checked on every draft value and on every upload):
 * - `numeric`: the value is a finite number (optionally an integer);
 * - `range`: the value lies within `min`…`max` (e.g. 0–100 for a percentage);
 * - `required_dimensions`: each value carries the named dimensions (e.g. SEX), the total `_T` included;
 * - `parts_sum`: the categories of a dimension add up to its total within a tolerance;
 * - `yoy_change`: the change from the previous period is at most a threshold (percent of the previous value).
 */
export type ValidationRuleKind = 'numeric' | 'range' | 'required_dimensions' | 'parts_sum' | 'yoy_change';
export const VALIDATION_RULE_KINDS: readonly ValidationRuleKind[] = [
  'numeric', 'range', 'required_dimensions', 'parts_sum', 'yoy_change',
];

/**
 * What raised a validation issue: a rule kind, or one of the checks every draft gets whatever its rules:
 * `codes` (an error: a breakdown, code, unit or attribute the indicator's data does not use) and `period_kind`
 * (a warning: a kind of period, e.g. a fiscal year, the series has not had before).
 */
export type IssueKind = ValidationRuleKind | 'codes' | 'period_kind';
export const ISSUE_KINDS: readonly IssueKind[] = [...VALIDATION_RULE_KINDS, 'codes', 'period_kind'];

/** `error` blocks a submission; `warning` lets it through once the provider has explained it in a comment. */
export type Severity = 'error' | 'warning';

/**
 * A validation rule of an indicator, optionally narrowed to one series and unit. Params by kind:
 * `numeric` `{ integer?: boolean }`; `range` `{ min?: number, max?: number }`; `required_dimensions`
 * `{ dimensions: string[] }`; `parts_sum` `{ dimension: string, tolerance: number }` (absolute, in the value's unit);
 * `yoy_change` `{ maxPercent: number }`. Example: `{ kind: 'range', severity: 'error', params: { min: 0, max: 100 } }`.
 */
export interface ValidationRule {
  id: number | null;
  indicatorId: string;
  kind: ValidationRuleKind;
  severity: Severity;
  /** Only values of this series (and unit), when set. */
  series?: string | null;
  unit?: string | null;
  params: Record<string, unknown>;
}

/** One problem a rule found with one value (or a group of values, for `parts_sum`). */
export interface ValidationIssue extends Omit<ObservationKeyParts, 'unit'> {
  severity: Severity;
  kind: IssueKind;
  ruleId: number | null;
  /** The observation key the issue is about (see store's observationKey), e.g. `SH_DYN_MORT|050|2021||PER_1000`. */
  key: string;
  /** A sentence naming the value and the limit, e.g. `value 104.2 is above the maximum 100`. */
  message: string;
}

/**
 * A proposed change to one observation key within a draft: `upsert` sets the value and attributes of
 * `observation`; `delete` removes the published observation with that key (its value is the one being removed).
 */
export interface DraftChange {
  op: 'upsert' | 'delete';
  observation: Observation;
  /** The provider's explanation of the warnings this value raises, when there are any. */
  warningComment?: string | null;
}
