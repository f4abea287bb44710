import { z } from 'zod';

/** The settings file of a country pack, inside the pack's folder. */
export const PACK_FILE = 'pack.yaml';

/**
 * The formats a pack's data source can have:
 * - `unsd-sdg-database`: a UN Global SDG Indicators Database extract (see readUnsdSdgDatabase);
 * - `tidy-csv`: a long-format CSV whose columns the source names in `columns` (see readTidyCsv);
 * - `opensdg`: an Open SDG data repository, `file` being its folder (see importOpenSdg);
 * - `sdmx`: an SDMX-ML data message, read against the data structure definition `dsd` (see loadSdmx).
 */
export type PackSourceKind = 'unsd-sdg-database' | 'tidy-csv' | 'opensdg' | 'sdmx';
export const PACK_SOURCE_KINDS = ['unsd-sdg-database', 'tidy-csv', 'opensdg', 'sdmx'] as const satisfies readonly PackSourceKind[];

const relation = z.enum(['measures', 'proxy']);
const text = z.string().trim().min(1);
/** A path inside the pack folder: relative, no `..`. */
const path = text.refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), 'a path inside the pack folder (relative, without "..")');
const colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour written #RRGGBB, e.g. #006A4E');

/** What every source says about itself, whatever its kind. */
const sourceBase = {
  /** Stable within the country: the data source key is `bundle:<iso3 lower case>:<id>`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  /** Path inside the folder (the repository folder for `opensdg`). */
  file: path,
  title: text,
  /** Who publishes the data, e.g. `United Nations Statistics Division`. */
  organisation: text,
  licence: text,
  url: z.url(),
  citation: text.optional(),
  /** NATURE every observation of the source gets when its rows say none, e.g. `C` (country data). */
  nature: text.optional(),
};

const source = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unsd-sdg-database'), ...sourceBase }),
  z.strictObject({
    kind: z.literal('tidy-csv'),
    ...sourceBase,
    /** Which column holds what (see TidyCsvColumns). */
    columns: z.strictObject({
      series: text, seriesName: text.optional(), unit: text.optional(), area: text, period: text, value: text,
      indicator: text.optional(), dimensions: z.array(text).optional(), attributes: z.record(z.string(), text).optional(),
    }),
    /** Relation of the links read from the indicator column (default `measures`). */
    relation: relation.optional(),
    /** Indicator links of every series of the source. */
    indicators: z.array(z.strictObject({ id: text, relation })).optional(),
    /** Per breakdown column, source value → code, before the SDMX mapping (e.g. `{ sex: { hijra: _O } }`). */
    codes: z.record(z.string(), z.record(z.string(), text)).optional(),
  }),
  z.strictObject({ kind: z.literal('opensdg'), ...sourceBase }),
  z.strictObject({
    kind: z.literal('sdmx'),
    ...sourceBase,
    /** The data structure definition (SDMX-ML structure message) the data file follows. */
    dsd: path,
  }),
]);

/** The schema of `pack.yaml`; unknown keys are refused so a misspelt key is named, not ignored. */
export const packSchema = z.strictObject({
  country: z.strictObject({
    m49: z.string().regex(/^\d{3}$/, 'three digits, zero-padded and quoted (e.g. "050")'),
    iso3: z.string().regex(/^[A-Z]{3}$/, 'three capital letters'),
    iso2: z.string().regex(/^[A-Z]{2}$/, 'two capital letters'),
    /** Language → the country's name in it. */
    names: z.record(z.string(), text),
  }),
  languages: z.array(text).min(1),
  defaultLanguage: text,
  /** The installation's look: a logo file (SVG or PNG) and two colours. */
  branding: z.strictObject({
    logo: path.refine((p) => /\.(svg|png)$/i.test(p), 'an .svg or .png file').optional(),
    colours: z.strictObject({
      /** Banner and buttons, under white text: needs a contrast of at least 4.5 with white. */
      primary: colour,
      /** The line under the banner. */
      accent: colour,
    }),
  }).optional(),
  areas: z.strictObject({
    /** Area code list (see readAreaCodesCsv): `level`, `iso_3166_2`, `parent_iso`, `name_<lang>`…. */
    codes: path,
    /** The levels from the top, e.g. `[country, division, district]`; every row's `level` is one of them. */
    levels: z.array(text).min(1),
    /** Level → GeoJSON FeatureCollection whose features carry `featureKey` = an area code. */
    boundaries: z.record(z.string(), path).optional(),
    /** TopoJSON of every level, shipped for maps with shared borders. */
    topology: path.optional(),
    featureKey: text.optional(),
    attribution: text.optional(),
  }),
  sources: z.array(source).default([]),
  /** The organisation tree (`id,parent_id,name,kind[,name_<lang>…]`, see readOrganisations). */
  organisations: z.strictObject({ file: path }).optional(),
  /** Who answers for each indicator (`indicator,organisation,role`); `illustrative` marks an example to be replaced. */
  responsibilities: z.strictObject({ file: path, illustrative: z.boolean().default(false) }).optional(),
  /** National indicators (`code,relation,global_indicator,unit,title_<lang>…`, see loadNationalIndicators). */
  nationalIndicators: z.strictObject({ file: path }).optional(),
  /** National progress targets in the targets CSV format (see importTargets). */
  targets: z.strictObject({ file: path }).optional(),
  /** Files shipped for reference but not loaded. */
  otherFiles: z.array(z.strictObject({ file: path, about: text })).optional(),
}).refine((m) => m.languages.includes(m.defaultLanguage), { message: 'must be one of languages', path: ['defaultLanguage'] })
  .refine((m) => m.country.names[m.defaultLanguage] !== undefined, { message: 'needs a name in the default language', path: ['country', 'names'] })
  .refine((m) => new Set(m.sources.map((s) => s.id)).size === m.sources.length, { message: 'source ids must be unique', path: ['sources'] });

/** A country pack's settings (`pack.yaml`), checked. Paths are relative to the pack folder. */
export type CountryPack = z.infer<typeof packSchema>;
/** One data source of a pack. */
export type PackSource = CountryPack['sources'][number];

/** Every file a pack names, each with the key path that names it (e.g. `areas.boundaries.district`). */
export function packFiles(p: CountryPack): { path: string[]; file: string }[] {
  const out: { path: string[]; file: string }[] = [{ path: ['areas', 'codes'], file: p.areas.codes }];
  for (const [level, file] of Object.entries(p.areas.boundaries ?? {})) out.push({ path: ['areas', 'boundaries', level], file });
  if (p.areas.topology) out.push({ path: ['areas', 'topology'], file: p.areas.topology });
  if (p.branding?.logo) out.push({ path: ['branding', 'logo'], file: p.branding.logo });
  p.sources.forEach((s, i) => {
    out.push({ path: ['sources', String(i), 'file'], file: s.file });
    if (s.kind === 'sdmx') out.push({ path: ['sources', String(i), 'dsd'], file: s.dsd });
  });
  for (const key of ['organisations', 'responsibilities', 'nationalIndicators', 'targets'] as const) {
    const entry = p[key];
    if (entry) out.push({ path: [key, 'file'], file: entry.file });
  }
  (p.otherFiles ?? []).forEach((f, i) => out.push({ path: ['otherFiles', String(i), 'file'], file: f.file }));
  return out;
}
