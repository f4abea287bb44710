import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { asReportingStatus, type IndicatorSettings } from '../../domain/index.ts';
import { ImportError, type Reject } from '../reject-report.ts';
import type { MetadataFiles } from './repository-layout.ts';
import { type Translations, YAML_OPTIONS, yamlLine } from './translations.ts';

/**
 * Configuration and metadata of one indicator, per language. `fields` holds every field of the source files for
 * that language: configuration first (`indicator-config/…yml`), then metadata (`meta/…yml` or the front matter of
 * `meta/…md`, whose body becomes `page_content` when the front matter has none), then the language's own metadata
 * file (`meta/fr/…yml`) over both. Translation keys are resolved where the repository translates them (see
 * Translations). `settings` is read from the default language.
 */
export interface IndicatorMetadata {
  settings: ImportedSettings;
  /** Language code → fields, default language first, e.g. `{ en: { graph_title: 'Proportion …', … }, fr: { … } }`. */
  fields: Record<string, Record<string, unknown>>;
}

/** The configuration fields the platform reads directly (Open SDG names), plus a readable name for default series. */
export interface ImportedSettings extends IndicatorSettings {
  /** A readable indicator name for default series: `indicator_name`, else `graph_title`, else null (when only keys). */
  name: string | null;
}

/**
 * Reads the metadata files of one indicator. A file that cannot be parsed adds a reject (its line when the YAML
 * parser names one) and contributes no fields; the indicator is still stored with what the other files give.
 * @throws ImportError when a file cannot be read at all.
 */
export function readIndicatorMetadata(
  folder: string, files: MetadataFiles, languages: string[], translations: Translations, rejects: Reject[],
): IndicatorMetadata {
  const base = { ...readFields(folder, files.config, rejects), ...readFields(folder, files.meta, rejects) };
  const fields: Record<string, Record<string, unknown>> = {};
  for (const [i, lang] of languages.entries()) {
    const own = i === 0 ? {} : readFields(folder, files.translated[lang] ?? null, rejects);
    fields[lang] = translations.resolve({ ...base, ...own }, lang) as Record<string, unknown>;
  }
  return { settings: settingsOf(fields[languages[0]!] ?? {}), fields };
}

function settingsOf(f: Record<string, unknown>): ImportedSettings {
  return {
    reportingStatus: asReportingStatus(f.reporting_status) ?? 'notstarted',
    graphType: text(f.graph_type),
    dataNonStatistical: f.data_non_statistical === true || f.data_non_statistical === 'true',
    nationalGeographicalCoverage: text(f.national_geographical_coverage),
    computationUnits: text(f.computation_units),
    name: readable(f.indicator_name) ?? readable(f.graph_title),
  };
}

function text(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** A text that is not an unresolved translation key such as `global_indicators.1-2-1-title`. */
function readable(v: unknown): string | null {
  const t = text(v);
  return t && !/^[A-Za-z0-9_]+\.\S+$/.test(t) ? t : null;
}

/** Fields of a YAML file, or of a Markdown file's front matter plus its body as `page_content`. */
function readFields(folder: string, file: string | null, rejects: Reject[]): Record<string, unknown> {
  if (!file) return {};
  let source: string;
  try {
    source = readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ImportError(file, `cannot read the file (${(e as Error).message})`);
  }
  const { yaml, body, offset } = file.endsWith('.md') ? frontMatter(source) : { yaml: source, body: '', offset: 0 };
  let parsed: unknown;
  try {
    parsed = parseYaml(yaml, YAML_OPTIONS) ?? {};
  } catch (e) {
    const line = yamlLine(e);
    rejects.push({ file, line: line > 0 ? line + offset : 0, column: '', reason: `invalid YAML: ${(e as Error).message.split('\n')[0]}` });
    return {};
  }
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    rejects.push({ file, line: 0, column: '', reason: 'invalid metadata: the file is not a YAML mapping of field names to values' });
    return {};
  }
  const fields = parsed as Record<string, unknown>;
  if (body.trim() !== '' && fields.page_content === undefined) fields.page_content = body.trim();
  return fields;
}

/** Splits `---\n<yaml>\n---\n<body>` (leading blank lines allowed); `offset` is the line before the YAML starts. */
function frontMatter(source: string): { yaml: string; body: string; offset: number } {
  const m = /^(\s*)---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return { yaml: '', body: source, offset: 0 };
  const offset = (m[1]!.match(/\n/g)?.length ?? 0) + 1;
  return { yaml: m[2]!, body: source.slice(m[0].length), offset };
}
