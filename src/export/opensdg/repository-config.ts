import { UNIT_MULT_HEADER } from './file-columns.ts';
import { yamlText } from './metadata-files.ts';

/**
 * The `config_data.yml` of an exported repository, in sdg-build's terms: the languages (default first), the inputs
 * of the modern layout (`data/*-*.csv`, `indicator-config/*-*.yml`, `meta/*-*.yml`), and `indicator_options`: the
 * columns that are not breakdowns (Year, Series, Units, GeoCode, Unit multiplier, Value and the national attribute columns
 * such as `Progress`, which the importer then reads as attributes) and the observation attributes (the SDMX
 * attribute columns written).
 * @example configDataText(['en', 'fr'], ['Progress'], ['COMMENT_OBS']) // 'languages:\n  - en\n  - fr\n…'
 */
export function configDataText(languages: string[], nationalAttributes: string[], sdmxAttributes: string[]): string {
  const config = {
    languages,
    src_dir: '',
    inputs: [
      { class: 'InputCsvData', path_pattern: 'data/*-*.csv', dtype: { GeoCode: 'str' } },
      { class: 'InputYamlMeta', path_pattern: 'indicator-config/*-*.yml', git: false },
      { class: 'InputYamlMeta', path_pattern: 'meta/*-*.yml', git: false },
    ],
    translations: [{ class: 'TranslationInputSdgTranslations', source: 'https://github.com/open-sdg/sdg-translations.git', tag: '2.4.0' }],
    indicator_options: {
      non_disaggregation_columns: ['Year', 'Series', 'SERIES', 'Units', 'GeoCode', UNIT_MULT_HEADER, 'Value', ...nationalAttributes],
      observation_attributes: sdmxAttributes,
    },
  };
  return `# Open SDG data configuration (sdg-build) of a repository exported by SDG Tracker.\n${yamlText(config)}`;
}
