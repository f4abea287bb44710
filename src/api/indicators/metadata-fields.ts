/**
 * Open SDG configuration fields: they steer the platform (charts, pages, progress) and are published through typed
 * fields of the indicator answer (reportingStatus, graphType, …), not as metadata for readers. Descriptive fields that
 * also configure (computation_units, national_geographical_coverage, page_content) stay with the metadata.
 * Source: Open SDG documentation, "Indicator configuration" (open-sdg.readthedocs.io, indicator-configuration.md).
 */
const CONFIGURATION_FIELDS = new Set([
  'auto_progress_calculation', 'composite_breakdown_label', 'copyright', 'csv_size', 'data_footnote_label',
  'data_keywords', 'data_non_statistical', 'data_notice_class', 'data_notice_heading', 'data_notice_text', 'data_show_map',
  'data_start_values', 'embedded_feature_footer', 'embedded_feature_html', 'embedded_feature_tab_title',
  'embedded_feature_title', 'embedded_feature_url', 'embedded_map_title', 'expected_disaggregations', 'graph_annotations',
  'graph_limits', 'graph_stacked_disaggregation', 'graph_target_lines', 'graph_target_points', 'graph_title', 'graph_titles',
  'graph_type', 'graph_series_breaks', 'indicator_name', 'indicator_number', 'indicator_sort_order',
  'language', 'layout', 'permalink', 'precision', 'progress_calculation_options',
  'progress_status', 'published', 'reporting_status', 'sdg_goal', 'standalone', 'tags', 'target_name', 'target_id',
  'x_axis_label', 'indicator', 'national_indicator_available',
]);

/**
 * The metadata fields published for readers: configuration fields dropped, and
 * values that are only untranslated keys (`global_indicators.3-2-1-title`) or empty dropped.
 * @example publishedMetadata({ graph_type: 'line', computation_calculations: 'Rate = …' }) // { computation_calculations: 'Rate = …' }
 */
export function publishedMetadata(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (CONFIGURATION_FIELDS.has(key)) continue;
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (typeof value === 'string' && /^(global|custom)_[a-z_]+\.[\w-]+$/.test(value)) continue;
    out[key] = value;
  }
  return out;
}

/** Attribute concepts whose code names the indicator answer carries. */
const ATTRIBUTE_CONCEPTS = ['OBS_STATUS', 'NATURE', 'UNIT_MULT'] as const;

/**
 * Names of the codes an indicator's observations may carry: every OBS_STATUS, NATURE and UNIT_MULT code, and the
 * UNIT_MEASURE codes among its units that have a name.
 * @param names code names keyed `CONCEPT:code` (see dimensionLabels)
 * @example codeNames(names, ['PERCENT']).UNIT_MEASURE // { PERCENT: 'Percent' }
 */
export function codeNames(names: Map<string, string>, units: string[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = { UNIT_MEASURE: {} };
  for (const concept of ATTRIBUTE_CONCEPTS) out[concept] = {};
  for (const [key, name] of names) {
    const [concept, code] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if ((ATTRIBUTE_CONCEPTS as readonly string[]).includes(concept)) out[concept]![code] = name;
  }
  for (const unit of new Set(units)) {
    const name = names.get(`UNIT_MEASURE:${unit}`);
    if (name) out.UNIT_MEASURE![unit] = name;
  }
  return out;
}
