import type { Generated } from 'kysely';

/**
 * Row types of the innovation tables (migration 0010-innovations), listed in schema.ts. Rows are storage shapes: the
 * innovations-*.ts modules map them to src/domain/innovation.ts. Texts keep the source's wording; `origin_*` columns
 * are null for this installation's own rows.
 */
interface OriginColumns { origin_url: string | null; origin_id: string | null; origin_updated_at: string | null }

export interface InnovationOrganisationRow {
  id: string; name: string; country_iso3: string | null; website: string | null; local_organisation_id: string | null;
}

export interface InnovationCaseRow extends OriginColumns {
  id: string;
  title: string;
  summary: string | null;
  problem: string | null;
  solution: string | null;
  country_iso3: string | null;
  administrative_level: string | null;
  start_date: string | null;
  /** InnovationStage, or null when unknown. */
  stage: string | null;
  coverage_units_live: number | null;
  coverage_units_eligible: number | null;
  coverage_as_of: string | null;
  legal_basis: string | null;
  budget_line: string | null;
  mandatory_from: string | null;
  prerequisites: string | null;
  open_source_licence: string | null;
  content_licence: string | null;
  website: string | null;
  /** `published` | `draft` | `withdrawn`. */
  status: string;
  /** The loader that wrote it (`seed:tcv`, `seed:dpg`), null for cases entered by hand. */
  seed_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface InnovationStageRow { id: Generated<number>; position: number; stage: string; date: string | null; note: string | null }

export interface InnovationEvidenceRow {
  id: string;
  case_id: string;
  position: number;
  /** The source's own words for the kind of evidence, e.g. `official claim (press release)`. */
  kind: string;
  metric: string | null;
  before_text: string | null;
  after_text: string | null;
  unit: string | null;
  period: string | null;
  sample_size: number | null;
  /** EvidenceStrength. */
  strength: string;
  source_title: string | null;
  source_url: string | null;
  source_licence: string | null;
  notes: string | null;
}

/**
 * One TCV figure: `value_text`/`unit_text` as the source words them; `value_low`..`value_high` the normalised range
 * in `value_unit` (hours, an ISO 4217 currency, visits), null where no simple rule reads the wording.
 */
export interface InnovationTcvRow {
  id: Generated<number>;
  case_id: string;
  measure_key: string;
  service: string;
  dimension: string;
  component: string | null;
  phase: string;
  metric_text: string;
  value_text: string;
  unit_text: string | null;
  value_low: number | null;
  value_high: number | null;
  value_unit: string | null;
  currency: string | null;
  scope: string | null;
  reference_year: number | null;
  published_reduction_text: string | null;
  evidence_id: string | null;
}

export interface InnovationReplicationRow extends OriginColumns {
  id: string;
  case_id: string;
  provider_organisation_id: string | null;
  adopter_organisation_id: string | null;
  adopter_country_iso3: string;
  channel: string;
  stage: string;
  adaptations: string | null;
  funding: string | null;
  created_at: string;
  updated_at: string;
}

export interface InnovationRequestRow extends OriginColumns {
  id: string;
  country_iso3: string;
  organisation_id: string | null;
  title: string;
  problem: string;
  context: string | null;
  status: string;
  created_at: string;
  created_by: number | null;
}

export interface InnovationAnswerRow {
  id: Generated<number>; request_id: string; case_id: string | null; organisation_id: string | null; text: string; created_at: string; created_by: number | null;
}
