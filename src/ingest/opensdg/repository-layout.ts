import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ImportError } from '../reject-report.ts';

/**
 * What an Open SDG data repository holds, found by listing its folders (nothing is read yet but `config_data.yml`).
 * Both layouts are recognised, and may be mixed:
 * - legacy (e.g. the UK): `data/indicator_1-2-1.csv` + `meta/1-2-1.md` whose YAML front matter holds configuration
 *   and metadata, and whose body is the page content;
 * - modern (e.g. Canada): `data/` + `indicator-config/1-2-1.yml` + `meta/1-2-1.yml` + `meta/<lang>/1-2-1.yml`
 *   + `translations/<lang>/<group>.yml`.
 * Archived indicators (`data/archived-1-a-1.csv` + `meta/archived-1-a-1.md`, dropped in a framework revision) are
 * indicators of their own, `archived-1.a.1`, so their old data never mixes with the current `1.a.1`.
 */
export interface RepositoryLayout {
  /** The folder as given. */
  folder: string;
  /** From `config_data.yml` `languages`; the first is the default language. `['en']` when not configured. */
  languages: string[];
  /** Columns `config_data.yml` declares as observation attributes or non-disaggregation columns (e.g. `Progress`). */
  attributeColumns: Set<string>;
  /** Indicator data files, sorted by path. */
  dataFiles: DataFile[];
  /** CSV files in `data/` that are not indicator files (e.g. Rwanda's `data/GDP1.csv`), relative paths. */
  otherDataFiles: string[];
  /** Metadata files by indicator id, sorted by id. */
  indicators: Map<string, MetadataFiles>;
}

/** One indicator CSV, e.g. `{ path: 'data/indicator_1-2-1.csv', indicatorId: '1.2.1' }`. */
export interface DataFile {
  /** Relative to the repository folder, with `/`. */
  path: string;
  indicatorId: string;
}

/** Metadata files of one indicator, relative paths; `translated` by language code (`fr` → `meta/fr/1-2-1.yml`). */
export interface MetadataFiles {
  config: string | null;
  meta: string | null;
  translated: Record<string, string>;
}

const DATA_FILE = /^(?:indicator_(.+)|(archived-.+))\.csv$/;
const METADATA_FILE = /^([A-Za-z0-9][A-Za-z0-9_.-]*)\.(md|ya?ml)$/;
const LANGUAGE_FOLDER = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/**
 * Lists the repository at `folder`.
 * @throws ImportError when the folder cannot be read, or has none of `data/`, `meta/`, `indicator-config/`, or when
 *   `config_data.yml` is not valid YAML.
 * @example (await readLayout('GBR')).dataFiles[0] // { path: 'data/archived-1-a-1.csv', indicatorId: 'archived-1.a.1' }
 */
export async function readLayout(folder: string): Promise<RepositoryLayout> {
  const info = await stat(folder).catch((e: Error) => { throw new ImportError(folder, `cannot read the folder (${e.message})`); });
  if (!info.isDirectory()) throw new ImportError(folder, 'is not a folder');
  const data = await listFiles(folder, 'data');
  const meta = await listFiles(folder, 'meta');
  const config = await listFiles(folder, 'indicator-config');
  if (!data && !meta && !config) {
    throw new ImportError(folder, 'is not an Open SDG data repository: it has no data/, meta/ or indicator-config/ folder');
  }
  const settings = await readConfigData(folder);
  const dataFiles: DataFile[] = [];
  const otherDataFiles: string[] = [];
  for (const name of data ?? []) {
    const m = DATA_FILE.exec(name);
    if (m) dataFiles.push({ path: `data/${name}`, indicatorId: indicatorId(m[1] ?? m[2]!) });
    else if (name.toLowerCase().endsWith('.csv')) otherDataFiles.push(`data/${name}`);
  }
  const indicators = new Map<string, MetadataFiles>();
  const entry = (id: string): MetadataFiles => {
    let files = indicators.get(id);
    if (!files) indicators.set(id, (files = { config: null, meta: null, translated: {} }));
    return files;
  };
  for (const name of config ?? []) {
    const m = METADATA_FILE.exec(name);
    if (m && m[2] !== 'md') entry(indicatorId(m[1]!)).config = `indicator-config/${name}`;
  }
  for (const name of meta ?? []) {
    const m = METADATA_FILE.exec(name);
    if (m && !/^readme$/i.test(m[1]!)) entry(indicatorId(m[1]!)).meta = `meta/${name}`;
  }
  for (const lang of settings.languages.slice(1)) {
    if (!LANGUAGE_FOLDER.test(lang)) continue;
    for (const name of (await listFiles(folder, `meta/${lang}`)) ?? []) {
      const m = METADATA_FILE.exec(name);
      if (m && !/^readme$/i.test(m[1]!)) entry(indicatorId(m[1]!)).translated[lang] = `meta/${lang}/${name}`;
    }
  }
  return {
    folder,
    languages: settings.languages,
    attributeColumns: settings.attributeColumns,
    dataFiles: dataFiles.sort((a, b) => compare(a.path, b.path)),
    otherDataFiles: otherDataFiles.sort(compare),
    indicators: new Map([...indicators].sort(([a], [b]) => compare(a, b))),
  };
}

/**
 * The indicator id a file name stands for: dashes become dots, an `archived-` prefix stays.
 * @example indicatorId('1-2-1') // '1.2.1'
 * @example indicatorId('archived-1-a-1') // 'archived-1.a.1'
 */
export function indicatorId(stem: string): string {
  const archived = stem.startsWith('archived-');
  const id = (archived ? stem.slice('archived-'.length) : stem).replace(/-/g, '.');
  return archived ? `archived-${id}` : id;
}

/** Sorted file names of a sub-folder, or null when it does not exist. */
async function listFiles(folder: string, sub: string): Promise<string[] | null> {
  try {
    const entries = await readdir(join(folder, sub), { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => e.name).sort(compare);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ImportError(join(folder, sub), `cannot read the folder (${(e as Error).message})`);
  }
}

async function readConfigData(folder: string): Promise<{ languages: string[]; attributeColumns: Set<string> }> {
  const attributeColumns = new Set(['Progress']);
  let text: string;
  try {
    text = await readFile(join(folder, 'config_data.yml'), 'utf8');
  } catch {
    return { languages: ['en'], attributeColumns };
  }
  let config: { languages?: unknown; indicator_options?: { observation_attributes?: unknown; non_disaggregation_columns?: unknown } };
  try {
    config = (parseYaml(text, { uniqueKeys: false }) ?? {}) as typeof config;
  } catch (e) {
    throw new ImportError(join(folder, 'config_data.yml'), `is not valid YAML (${(e as Error).message})`);
  }
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const languages = strings(config.languages);
  const options = config.indicator_options ?? {};
  for (const c of [...strings(options.observation_attributes), ...strings(options.non_disaggregation_columns)]) attributeColumns.add(c);
  return { languages: languages.length > 0 ? languages : ['en'], attributeColumns };
}

/** Code-point order, so every run and every machine lists files the same way. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
