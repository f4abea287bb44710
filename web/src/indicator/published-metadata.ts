/**
 * Which metadata fields an indicator page shows. The API sends only what is published for readers, but an Open SDG
 * repository can still carry configuration (how a chart is drawn, how pages are sorted) or an untranslated
 * key in place of a text; neither means anything to a citizen, so both are left out here too.
 */

/**
 * Open SDG configuration fields: they steer charts, pages and progress, and the indicator answer carries what matters
 * of them in typed fields (reportingStatus, graphType, computationUnits, …). Source: Open SDG documentation,
 * "Indicator configuration".
 */
const CONFIGURATION_FIELDS = new Set([
  'auto_progress_calculation', 'composite_breakdown_label', 'computation_units', 'copyright', 'csv_size', 'data_footnote_label',
  'data_keep_duplicates', 'data_keywords', 'data_non_statistical', 'data_start_values', 'expected_disaggregations', 'goal',
  'goal_meta_link_text', 'goal_name', 'indicator', 'indicator_available', 'indicator_name', 'indicator_number',
  'indicator_sort_order', 'indicator_tabs', 'language', 'layout', 'national_geographical_coverage',
  'national_indicator_available', 'permalink', 'placeholder', 'precision', 'published', 'reporting_status', 'sdg_goal',
  'sort', 'standalone', 'tags', 'target', 'target_id', 'target_name', 'x_axis_label', 'y_axis_label',
]);
/** Families of configuration fields: `graph_limits`, `embedded_feature_url`, `progress_status`, `data_show_map`, … */
const CONFIGURATION_PREFIX = /^(graph|embedded|progress|data_notice|data_show)_/;
/** Open SDG's `source_<field>_<n>` keys; they are shown with the sources, not as metadata. */
export const SOURCE_KEY = /^source_(.+)_(\d+)$/;

/**
 * The metadata fields to show, in the order received, each with its value cleaned by {@link publishedValue};
 * configuration fields, source fields and fields left empty are dropped.
 * @example publishedFields({ graph_type: 'line', indicator_name: 'global_indicators.3-2-1-title', STAT_CONC_DEF: 'The under-five …' })
 * // [['STAT_CONC_DEF', 'The under-five …']]
 */
export function publishedFields(metadata: Record<string, unknown>): [string, unknown][] {
  const fields: [string, unknown][] = [];
  for (const [key, raw] of Object.entries(metadata)) {
    if (CONFIGURATION_FIELDS.has(key) || CONFIGURATION_PREFIX.test(key) || SOURCE_KEY.test(key)) continue;
    const value = publishedValue(raw);
    if (value !== undefined) fields.push([key, value]);
  }
  return fields;
}

/**
 * A metadata value without what a reader cannot use: untranslated keys, bare true/false flags and empty texts, lists
 * and records (in nested lists and records too); undefined when nothing is left.
 * @example publishedValue(['global_indicators.3-2-1-title', 'WHO']) // ['WHO']
 */
export function publishedValue(value: unknown): unknown {
  if (value === null || value === undefined || typeof value === 'boolean') return undefined;
  if (typeof value === 'string') return value.trim() === '' || isUntranslatedKey(value) ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(publishedValue).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, publishedValue(v)] as const).filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/**
 * Whether a text is a translation key that was never resolved, such as `global_indicators.3-2-1-title` or
 * `global_goals.3-short`: a group of words joined by underscores, a dot, then a key without spaces (so `un.org` is
 * no key).
 * @example isUntranslatedKey('global_indicators.3-2-1-title') // true   isUntranslatedKey('who.int') // false
 */
export function isUntranslatedKey(text: string): boolean {
  return /^[a-z]+(_[a-z]+)+\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(text.trim());
}

/**
 * The units of Open SDG's `computation_units`: a list of unit codes is split on its commas
 * (`NUMBER, PER_1000_LIVE_BIRTHS`); a unit written out in words stays whole (`Rate per 1,000 live births`).
 * @example computationUnits('NUMBER, PER_1000_LIVE_BIRTHS') // ['NUMBER', 'PER_1000_LIVE_BIRTHS']
 * computationUnits('Rate per 1,000 live births') // ['Rate per 1,000 live births']
 */
export function computationUnits(text: string): string[] {
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 1 && parts.every((part) => /^[A-Za-z0-9_]+$/.test(part)) ? parts : [text.trim()];
}
