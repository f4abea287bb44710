import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { BUNDLED_M49_FILE } from '../m49-codes/index.ts';

/**
 * Country names that the UNSD M49 table words otherwise, with the ISO alpha-3 code they mean. Each is the short or
 * former name a source uses for the M49 entry named in the comment.
 */
const ALIASES: Record<string, string> = {
  'congo (congo-brazzaville)': 'COG', // Congo
  "cote d'ivoire": 'CIV', // Ivory Coast (the shipped table's English name)
  "eswatini (fmr. 'swaziland')": 'SWZ', // Eswatini
  laos: 'LAO', // Lao People's Democratic Republic
  moldova: 'MDA', // Republic of Moldova
  'palestine state': 'PSE', // State of Palestine
  russia: 'RUS', // Russian Federation
  tanzania: 'TZA', // United Republic of Tanzania
  'united kingdom': 'GBR', // United Kingdom of Great Britain and Northern Ireland
  vietnam: 'VNM', // Viet Nam
};

/**
 * A function that reads an English country name as ISO 3166-1 alpha-3: the `Country or Area` of the UNSD M49 table
 * the product ships (ignoring case, accents and the kind of apostrophe), else one of the aliases above (keys written as normalised); null when
 * neither knows it.
 * @example countryNameReader()("Côte d'Ivoire") // 'CIV'; countryNameReader()('Vietnam') // 'VNM'
 */
export function countryNameReader(file = BUNDLED_M49_FILE): (name: string) => string | null {
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const byName = new Map<string, string>();
  for (const r of rows) {
    const iso3 = r['ISO-alpha3 Code'] ?? '';
    if (iso3) byName.set(normalise(r['Country or Area'] ?? ''), iso3);
  }
  return (name) => {
    const key = normalise(name);
    return byName.get(key) ?? ALIASES[key] ?? null;
  };
}

function normalise(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
