import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { ExportError } from './cell-texts.ts';

/** One file of the repository: its path relative to the folder (with `/`) and its text. */
export interface RepositoryFile {
  path: string;
  text: string;
}

/**
 * Open SDG's indicator configuration fields (open-sdg-data-starter `indicator-config/`, Open SDG "Indicator
 * configuration" documentation); the rest of an indicator's fields are metadata.
 */
const CONFIG_FIELDS = new Set([
  'auto_progress_calculation', 'composite_breakdown_label', 'computation_units', 'copyright', 'data_footnote', 'data_non_statistical',
  'data_notice_class', 'data_notice_heading', 'data_notice_text', 'data_show_map', 'data_start_values', 'embedded_feature_footer',
  'embedded_feature_html', 'embedded_feature_tab_title', 'embedded_feature_title', 'embedded_feature_url', 'expected_disaggregations',
  'graph_annotations', 'graph_limits', 'graph_stacked_disaggregation', 'graph_target_lines', 'graph_title', 'graph_titles', 'graph_type',
  'graph_types', 'indicator_available', 'indicator_name', 'indicator_number', 'national_geographical_coverage', 'page_content', 'permalink',
  'precision', 'progress_calculation_options', 'progress_status', 'proxy', 'proxy_series', 'reporting_status', 'series_toggle', 'sort',
  'standalone', 'tags',
]);

/**
 * The metadata files of one indicator in the modern Open SDG layout, so the importer (readIndicatorMetadata) gives
 * back exactly `byLanguage` (fields and their order):
 * - `indicator-config/<stem>.yml`: the leading fields of the default language that are configuration fields;
 * - `meta/<stem>.yml`: the default language's other fields (`{}` when it has none at all);
 * - `meta/<lang>/<stem>.yml` per other language: the fields whose value differs from the default language's.
 * Texts are already translated per language, so no `translations/` folder is needed.
 * @throws ExportError when a value does not survive YAML (never for JSON data).
 * @example metadataFiles('1.2.1', new Map([['en', { reporting_status: 'complete', source_1: 'ONS' }]]), ['en'])
 *   // [{ path: 'indicator-config/1-2-1.yml', text: 'reporting_status: complete\n' }, { path: 'meta/1-2-1.yml', text: 'source_1: ONS\n' }]
 */
export function metadataFiles(indicatorId: string, byLanguage: Map<string, Record<string, unknown>>, languages: string[]): RepositoryFile[] {
  const stem = fileStem(indicatorId);
  const base = byLanguage.get(languages[0]!) ?? {};
  const entries = Object.entries(base);
  let split = 0;
  while (split < entries.length && CONFIG_FIELDS.has(entries[split]![0])) split++;
  const files: RepositoryFile[] = [];
  if (split > 0) files.push({ path: `indicator-config/${stem}.yml`, text: yamlText(Object.fromEntries(entries.slice(0, split))) });
  if (split < entries.length || split === 0) files.push({ path: `meta/${stem}.yml`, text: yamlText(Object.fromEntries(entries.slice(split))) });
  for (const lang of languages.slice(1)) {
    const fields = byLanguage.get(lang);
    if (!fields) continue;
    const own = Object.entries(fields).filter(([k, v]) => !(k in base) || !isDeepStrictEqual(base[k], v));
    if (own.length > 0) files.push({ path: `meta/${lang}/${stem}.yml`, text: yamlText(Object.fromEntries(own)) });
  }
  return files;
}

/**
 * The file name stem of an indicator: dots become dashes, an `archived-` prefix stays (inverse of the importer's
 * indicatorId). @example fileStem('archived-1.a.1') // 'archived-1-a-1'
 */
export function fileStem(indicatorId: string): string {
  return indicatorId.replace(/\./g, '-');
}

/** YAML of a JSON value, checked by reading it back; JSON itself (valid YAML) when the YAML form would differ. */
export function yamlText(value: unknown): string {
  const text = stringifyYaml(value, { lineWidth: 0, aliasDuplicateObjects: false });
  if (readsBack(text, value)) return text;
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (readsBack(json, value)) return json;
  throw new ExportError(`a metadata value does not read back from YAML: ${JSON.stringify(value).slice(0, 120)}`);
}

function readsBack(text: string, value: unknown): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(parseYaml(text, { uniqueKeys: false }) ?? {})), value);
  } catch {
    return false;
  }
}
