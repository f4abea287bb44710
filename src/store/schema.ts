import type { Generated } from 'kysely';
import type * as I from './innovations-rows.ts';

/**
 * Table row types. Rows are storage shapes, not domain objects: the aggregate modules
 * (framework.ts, observations.ts, …) map them to the types in `src/domain`.
 * JSON columns are TEXT in both dialects and hold serialised objects.
 */
/** The columns of one observation as the observation tables store it (current, past and draft): key, value, attributes. */
interface ObservationColumns {
  series_code: string;
  area_code: string;
  time_period: string;
  period_kind: string;
  period_start: string;
  period_end: string;
  /** Canonical disaggregation key `|AGE=Y0T4|SEX=F|`, or '' for none (see dimension-key.ts). */
  dimensions: string;
  unit: string;
  unit_mult: number | null;
  value: number;
  obs_status: string | null;
  nature: string | null;
  comment: string | null;
  /** JSON object of any other attributes, or null. */
  attributes: string | null;
}

export interface Database {
  settings: { key: string; value: string };
  framework_versions: { id: string; title: string; adopted: string | null; is_active: number };
  goals: { framework_id: string; code: string; sort_order: number; colour: string };
  targets: { framework_id: string; code: string; goal_code: string; sort_order: number };
  indicators: {
    framework_id: string;
    /** Code of the first listing, e.g. `1.5.1`. */
    id: string;
    unsd_code: string | null;
    kind: string;
    sort_order: number;
  };
  indicator_listings: {
    framework_id: string;
    code: string;
    target_code: string;
    indicator_id: string;
    sort_order: number;
  };
  /** Translated texts: entity `goal` | `target` | `indicator` | `area` | `series` | `dimension` | `code`. */
  labels: { scope: string; entity: string; entity_id: string; lang: string; field: string; text: string; status: Generated<string> };
  reference_areas: {
    code: string;
    parent_code: string | null;
    level: string;
    name: string;
    m49: string | null;
    iso3: string | null;
    /** JSON object of other codes, e.g. `{"pcode":"BD30"}`. */
    codes: string;
    sort_order: number;
  };
  series: { code: string; name: string; unit: string | null };
  series_indicators: { series_code: string; indicator_id: string; relation: string };
  dimensions: { id: string; name: string; is_sdmx: number };
  data_sources: {
    id: Generated<number>;
    key: string;
    kind: string;
    title: string;
    licence: string | null;
    url: string | null;
    imported_at: string;
    observation_count: number;
  };
  observations: ObservationColumns & {
    id: Generated<number>;
    source_id: number;
    /** When this version became public (ISO 8601 UTC); '' for rows loaded before the published history began. */
    valid_from: Generated<string>;
  };
  /** Per-indicator configuration and metadata as published (Open SDG indicator config + metadata). */
  indicator_settings: {
    indicator_id: string;
    reporting_status: string;
    graph_type: string | null;
    data_non_statistical: number;
    national_geographical_coverage: string | null;
    computation_units: string | null;
    source_id: number | null;
  };
  /** Metadata fields per language as a JSON object (`{"graph_title": …, "source_organisation_1": …}`). */
  indicator_metadata: { indicator_id: string; lang: string; content: string };

  organisations: { id: string; parent_id: string | null; name: string; kind: string; sort_order: Generated<number> };
  /** role: `lead` (at most one per indicator) | `co_lead` | `associate`. */
  indicator_responsibilities: { indicator_id: string; organisation_id: string; role: string };
  users: {
    id: Generated<number>;
    username: string;
    display_name: string;
    email: string | null;
    role: string;
    /** argon2id PHC string. */
    password_hash: string;
    must_change_password: Generated<number>;
    failed_logins: Generated<number>;
    locked_until: string | null;
    disabled: Generated<number>;
    created_at: string;
    updated_at: string;
  };
  user_organisations: { user_id: number; organisation_id: string };
  /** id is the SHA-256 (hex) of the session cookie's token; the token itself is never stored. */
  sessions: {
    id: string;
    user_id: number;
    csrf_token: string;
    created_at: string;
    expires_at: string;
    last_seen_at: string;
    ip: string | null;
    user_agent: string | null;
  };
  /** Failed log-in attempts per key (`ip:<address>` or `user:<name>`) in the current window. */
  login_throttle: { key: string; window_start: string; attempts: number };
  submissions: {
    id: Generated<number>;
    indicator_id: string;
    organisation_id: string;
    /** `draft` | `submitted` | `returned` | `approved` (see SubmissionState). */
    state: string;
    created_by: number;
    created_at: string;
    updated_at: string;
    submitted_by: number | null;
    submitted_at: string | null;
    decided_by: number | null;
    decided_at: string | null;
    /** The reviewer's comment on return or approval. */
    comment: string | null;
    /** Bumped on every change; a client sending an older revision gets a conflict. */
    revision: Generated<number>;
  };
  /** A draft's proposed change to one observation key: op `upsert` (value set) or `delete` (value null). */
  submission_changes: Omit<ObservationColumns, 'value'> & {
    id: Generated<number>;
    submission_id: number;
    op: string;
    /** The published observation it changes, null for a new one. */
    observation_id: number | null;
    /** Null for a delete. */
    value: number | null;
    /** The provider's explanation of the warnings this value raises. */
    warning_comment: string | null;
    revision: Generated<number>;
    updated_by: number;
    updated_at: string;
  };
  /** Time periods of an indicator locked by an approval until an admin re-opens them. */
  period_locks: { indicator_id: string; time_period: string; submission_id: number; locked_at: string; locked_by: number | null };
  /** Progress targets per indicator and scope; '' in series_code, unit, area_code or dimensions means "every". */
  progress_targets: {
    id: Generated<number>;
    indicator_id: string;
    series_code: Generated<string>;
    unit: Generated<string>;
    area_code: Generated<string>;
    /** Disaggregation key as encodeDimensions gives it, e.g. `|SEX=F|`. */
    dimensions: Generated<string>;
    /** `national` or `global`. */
    source: string;
    /** `increase` or `decrease`. */
    direction: string;
    baseline_year: number | null;
    baseline_value: number | null;
    /** JSON object year → value, e.g. `{"2020":40,"2025":30}`. */
    milestones: Generated<string>;
    target_year: number | null;
    target_value: number | null;
    natural_limit: number | null;
    updated_at: string;
    updated_by: number | null;
  };
  /**
   * The global 2030 target or direction per indicator as published rule text, e.g. `Reduce by 1/2`; a row naming a
   * series (`series_code` not '') overrides the indicator's rule for that series, `reason` saying why.
   */
  global_target_rules: { indicator_id: string; series_code: Generated<string>; rule: string; source: string; reason: Generated<string> };
  /** Outline of an area: GeoJSON geometry as JSON text (see migration 0006). */
  area_boundaries: { area_code: string; level: string; geometry: string };
  validation_rules: {
    id: Generated<number>;
    indicator_id: string;
    kind: string;
    severity: string;
    /** JSON object of the rule's parameters, e.g. `{"min":0,"max":100}`. */
    params: Generated<string>;
    created_by: number | null;
    created_at: string;
    updated_at: string;
  };
  notifications: {
    id: Generated<number>;
    user_id: number;
    kind: string;
    /** JSON object the site turns into a sentence in the reader's language. */
    payload: Generated<string>;
    link: string | null;
    created_at: string;
    read_at: string | null;
  };
  /** One row per change: who, when, what (entity + id), old and new value as JSON, within which submission, why. */
  audit_events: {
    id: Generated<number>;
    at: string;
    user_id: number | null;
    action: string;
    entity: string;
    entity_id: string;
    submission_id: number | null;
    old_value: string | null;
    new_value: string | null;
    comment: string | null;
  };
  /** Versions of observations that are no longer public, each with the moments it became and stopped being public. */
  observation_history: ObservationColumns & {
    id: Generated<number>;
    observation_id: number;
    source_id: number;
    valid_from: string;
    valid_to: string;
    submission_id: number | null;
  };
  /** Requests per client key (`<bucket>:<address>`) in fixed windows (`window_start` in epoch milliseconds). */
  rate_limits: { key: string; window_start: number; hits: number };
  /** The bulk download zip of each published-data version (see src/store/bulk-downloads.ts). */
  bulk_downloads: { version: string; name: string; content: Uint8Array; bytes: number; files: string; built_at: string; build_ms: number };
  /** A UI string's text in a language as the national office set it (`key` dotted, as in the site's strings files). */
  ui_translations: { lang: string; key: string; text: string; updated_at: string; updated_by: number | null };
  /** Languages added in the administration: BCP 47 code, the language's own name, `ltr` or `rtl`. */
  languages: { code: string; name: string; dir: string; created_at: string; created_by: number | null };
  /** The innovation network (migration 0010-innovations; row types in innovations-rows.ts). */
  innovation_organisations: I.InnovationOrganisationRow;
  innovation_cases: I.InnovationCaseRow;
  innovation_case_countries: { case_id: string; iso3: string };
  innovation_case_organisations: { case_id: string; organisation_id: string; role: string };
  innovation_case_types: { case_id: string; type: string };
  innovation_case_tags: { case_id: string; tag: string };
  innovation_case_goals: { case_id: string; goal_code: string };
  innovation_case_targets: { case_id: string; target_code: string; goal_code: string };
  innovation_case_stages: I.InnovationStageRow & { case_id: string };
  innovation_evidence: I.InnovationEvidenceRow;
  innovation_contacts: { id: Generated<number>; case_id: string; name: string; role_title: string | null; email: string | null; consent_public: number };
  innovation_tcv_measurements: I.InnovationTcvRow;
  innovation_replications: I.InnovationReplicationRow;
  innovation_replication_stages: I.InnovationStageRow & { replication_id: string };
  innovation_requests: I.InnovationRequestRow;
  innovation_request_targets: { request_id: string; target_code: string };
  innovation_request_tags: { request_id: string; tag: string };
  innovation_request_answers: I.InnovationAnswerRow;
  /** Feeds of other installations subscribed to (migration 0011-federation; see src/store/federation.ts). */
  federation_subscriptions: {
    id: Generated<number>; feed_url: string; title: string; added_by: number | null; added_at: string; last_fetched_at: string | null;
    last_status: string | null; last_error: string | null; last_counts: string | null; etag: string | null;
  };
}
