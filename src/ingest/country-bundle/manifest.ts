import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ImportError } from '../reject-report.ts';

/** The manifest's file name inside a country folder. */
export const MANIFEST_FILE = 'country.json';

/**
 * The formats a bundle source can have:
 * - `unsd-sdg-database`: a UN Global SDG Indicators Database extract (see readUnsdSdgDatabase);
 * - `tidy-csv`: a long-format CSV whose columns the source names in `columns` (see readTidyCsv).
 */
export type BundleSourceKind = 'unsd-sdg-database' | 'tidy-csv';
export const BUNDLE_SOURCE_KINDS = ['unsd-sdg-database', 'tidy-csv'] as const satisfies readonly BundleSourceKind[];

const relation = z.enum(['measures', 'proxy']);
const text = z.string().trim().min(1);

const source = z.object({
  /** Stable within the country: the data source key is `bundle:<iso3 lower case>:<id>`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  kind: z.enum(BUNDLE_SOURCE_KINDS),
  /** Path inside the folder. */
  file: text,
  title: text,
  /** Who publishes the data, e.g. `United Nations Statistics Division`. */
  organisation: text,
  licence: text,
  url: z.url(),
  citation: text.optional(),
  /** NATURE every observation of the source gets when its rows say none, e.g. `C` (country data). */
  nature: text.optional(),
  /** `tidy-csv` only: which column holds what (see TidyCsvColumns). */
  columns: z.object({
    series: text, seriesName: text.optional(), unit: text.optional(), area: text, period: text, value: text,
    indicator: text.optional(), dimensions: z.array(text).optional(), attributes: z.record(z.string(), text).optional(),
  }).optional(),
  /** Relation of the links read from the indicator column (default `measures`). */
  relation: relation.optional(),
  /** Indicator links of every series of the source. */
  indicators: z.array(z.object({ id: text, relation })).optional(),
  /** Per breakdown column, source value → code, before the SDMX mapping (e.g. `{ "sex": { "hijra": "_O" } }`). */
  codes: z.record(z.string(), z.record(z.string(), text)).optional(),
}).refine((s) => s.kind !== 'tidy-csv' || s.columns !== undefined, { message: 'a tidy-csv source needs "columns"', path: ['columns'] });

const manifest = z.object({
  country: z.object({
    m49: z.string().regex(/^\d{3}$/, 'three digits, zero-padded (e.g. 050)'),
    iso3: z.string().regex(/^[A-Z]{3}$/, 'three capital letters'),
    iso2: z.string().regex(/^[A-Z]{2}$/, 'two capital letters'),
    names: z.record(z.string(), text),
  }),
  defaultLanguage: text,
  languages: z.array(text).min(1),
  areas: z.object({
    /** Area code list (see readAreaCodesCsv). */
    codes: text,
    levels: z.array(text).min(1),
    /** Level → GeoJSON FeatureCollection whose features carry `featureKey` = area code. */
    boundaries: z.record(z.string(), text).optional(),
    /** TopoJSON of every level, for maps with shared borders. */
    topology: text.optional(),
    featureKey: text.optional(),
    attribution: text.optional(),
  }),
  sources: z.array(source),
  /** The organisation tree (`id,parent_id,name,kind[,name_<lang>…]`, see readOrganisations). */
  organisations: z.object({ file: text }).optional(),
  /** Who answers for each indicator (`indicator,organisation,role`); `illustrative` marks an example to be replaced. */
  responsibilities: z.object({ file: text, illustrative: z.boolean().default(false) }).optional(),
  /** Files shipped for reference but not loaded. */
  otherFiles: z.array(z.object({ file: text, about: text })).optional(),
}).refine((m) => m.languages.includes(m.defaultLanguage), { message: 'defaultLanguage must be one of languages', path: ['defaultLanguage'] })
  .refine((m) => new Set(m.sources.map((s) => s.id)).size === m.sources.length, { message: 'source ids must be unique', path: ['sources'] });

/** A country folder's manifest (`country.json`), checked. Paths are relative to the folder. */
export type CountryManifest = z.infer<typeof manifest>;
/** One data source of a manifest. */
export type BundleSource = CountryManifest['sources'][number];

/**
 * Reads and checks `<folder>/country.json`, and that every file it names exists.
 * @throws ImportError naming the manifest and every problem (field path and message, or the missing file).
 * @example readCountryManifest('datasets/countries/bgd').country // { m49: '050', iso3: 'BGD', iso2: 'BD', names: { en: 'Bangladesh', bn: 'বাংলাদেশ' } }
 */
export function readCountryManifest(folder: string): CountryManifest {
  const path = join(folder, MANIFEST_FILE);
  if (!existsSync(path)) throw new ImportError(path, 'file does not exist (a country folder needs a manifest)');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ImportError(path, `not valid JSON: ${(e as Error).message}`);
  }
  const parsed = manifest.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new ImportError(path, `invalid manifest: ${problems.join('; ')}`);
  }
  const m = parsed.data;
  const files = [m.areas.codes, ...Object.values(m.areas.boundaries ?? {}), ...(m.areas.topology ? [m.areas.topology] : []),
    ...m.sources.map((s) => s.file), ...(m.otherFiles ?? []).map((f) => f.file),
    ...(m.organisations ? [m.organisations.file] : []), ...(m.responsibilities ? [m.responsibilities.file] : [])];
  const missing = files.filter((f) => !existsSync(join(folder, f)));
  if (missing.length > 0) throw new ImportError(path, `names files that do not exist: ${missing.join(', ')}`);
  return m;
}

/** The data source key of a bundle source, e.g. `bundle:bgd:unsd-sdg-database`. */
export function bundleSourceKey(m: CountryManifest, s: BundleSource): string {
  return `bundle:${m.country.iso3.toLowerCase()}:${s.id}`;
}
