import type { Generated } from 'kysely';

/**
 * Table row types. Rows are storage shapes, not domain objects: the aggregate modules
 * (framework.ts, observations.ts, …) map them to the types in `src/domain`.
 * JSON columns are TEXT in both dialects and hold serialised objects.
 */
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
  labels: { scope: string; entity: string; entity_id: string; lang: string; field: string; text: string };
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
  observations: {
    id: Generated<number>;
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
    source_id: number;
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
}
