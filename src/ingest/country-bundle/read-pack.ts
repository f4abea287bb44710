import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ImportError } from '../reject-report.ts';
import { type CountryPack, PACK_FILE, packFiles, packSchema } from './pack-schema.ts';

/** One problem of a pack: the file it is in, the key path (`areas.boundaries.province`) or CSV column, the line, why. */
export interface PackProblem {
  /** Path inside the pack folder, e.g. `pack.yaml` or `areas/rw-areas.csv`. */
  file: string;
  /** Key path in `pack.yaml` (`sources.0.kind`), or the column of a CSV file; '' for the whole file. */
  path: string;
  /** 1-based line, 0 when unknown or the whole file. */
  line: number;
  reason: string;
}

/** Thrown when a pack cannot be used: every problem found, each named by file, key path, line and reason. */
export class PackError extends ImportError {
  constructor(folder: string, readonly problems: PackProblem[]) {
    super(join(folder, PACK_FILE), `invalid country pack:\n${problems.map(formatProblem).join('\n')}`);
  }
}

/** Largest logo a pack may carry: it is kept in the database and served with every page's banner. */
export const MAX_LOGO_BYTES = 256 * 1024;

/**
 * Reads `<folder>/pack.yaml` and checks it whole before anything is loaded: the keys and values against the pack
 * schema (unknown keys are refused), every named file exists, every boundary level and every `level` of the area
 * file is one of `areas.levels`, the logo is an SVG without scripts or a PNG of at most 256 KB, and the primary colour
 * can carry white text (contrast ≥ 4.5, WCAG 2.2 §1.4.3).
 * @throws PackError listing every problem (file, key path, line, reason) when any is found.
 * @example readCountryPack('datasets/countries/bgd').country // { m49: '050', iso3: 'BGD', iso2: 'BD', names: { en: 'Bangladesh', bn: 'বাংলাদেশ' } }
 * @example readCountryPack('bad') // PackError: pack.yaml:9 areas.boundaries.province: "province" is not one of areas.levels (country, district)
 */
export function readCountryPack(folder: string): CountryPack {
  const file = join(folder, PACK_FILE);
  if (!existsSync(file)) {
    throw new PackError(folder, [{ file: PACK_FILE, path: '', line: 0, reason: 'file does not exist (a country pack needs its settings file)' }]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
  if (doc.errors.length > 0) {
    throw new PackError(folder, doc.errors.map((e) => ({
      file: PACK_FILE, path: '', line: e.linePos?.[0]?.line ?? 0, reason: `not valid YAML: ${e.message.split('\n')[0]}`,
    })));
  }
  const lineOf = (path: (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n).map((k) => (typeof k === 'string' && /^\d+$/.test(k) ? Number(k) : k)), true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return 0;
  };
  const parsed = packSchema.safeParse(doc.toJS(), { reportInput: true });
  if (!parsed.success) throw new PackError(folder, parsed.error.issues.flatMap((i) => schemaProblems(i, lineOf)));
  const pack = parsed.data;
  const problems = [...fileProblems(folder, pack, lineOf), ...levelProblems(folder, pack, lineOf), ...brandingProblems(folder, pack, lineOf)];
  if (problems.length > 0) throw new PackError(folder, problems);
  return pack;
}

/** `pack.yaml:12 areas.levels: reason`, or `areas/x.csv:7 level: reason`. */
export function formatProblem(p: PackProblem): string {
  return `${p.file}${p.line > 0 ? `:${p.line}` : ''}${p.path ? ` ${p.path}` : ''}: ${p.reason}`;
}

/** Zod's type names in a pack author's words. */
const KIND: Record<string, string> = { record: 'a mapping (key: value)', object: 'a mapping (key: value)', array: 'a list', string: 'text' };

function schemaProblems(issue: z.core.$ZodIssue, lineOf: (path: (string | number)[]) => number): PackProblem[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file: PACK_FILE, path: [...path, key].join('.'), line: lineOf([...path, key]), reason: 'unknown key (misspelt, or not a pack setting)',
    }));
  }
  const reason = issue.code !== 'invalid_type' ? issue.message
    : issue.input === undefined ? 'required'
      : issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')
        ? `text expected, found ${String(issue.input)}: write it in quotes ("${String(issue.input)}")`
        : `${KIND[issue.expected] ?? issue.expected} expected, found ${Array.isArray(issue.input) ? 'a list' : issue.input === null ? 'nothing' : typeof issue.input}`;
  return [{ file: PACK_FILE, path: path.join('.') || '(top)', line: lineOf(path), reason }];
}

function fileProblems(folder: string, pack: CountryPack, lineOf: (path: string[]) => number): PackProblem[] {
  return packFiles(pack).filter((f) => !existsSync(join(folder, f.file))).map((f) => ({
    file: PACK_FILE, path: f.path.join('.'), line: lineOf(f.path), reason: `names "${f.file}", which is not in the pack folder`,
  }));
}

/** Boundary levels and the area file's `level` column against `areas.levels`. */
function levelProblems(folder: string, pack: CountryPack, lineOf: (path: string[]) => number): PackProblem[] {
  const levels = new Set(pack.areas.levels);
  const list = pack.areas.levels.join(', ');
  const problems: PackProblem[] = Object.keys(pack.areas.boundaries ?? {}).filter((l) => !levels.has(l)).map((l) => ({
    file: PACK_FILE, path: `areas.boundaries.${l}`, line: lineOf(['areas', 'boundaries', l]), reason: `"${l}" is not one of areas.levels (${list})`,
  }));
  const codes = join(folder, pack.areas.codes);
  if (!existsSync(codes)) return problems;
  const rows = parseCsv(readFileSync(codes), { columns: true, bom: true, skip_empty_lines: true, info: true, relax_column_count: true }) as
    { record: Record<string, string>; info: { lines: number } }[];
  for (const { record, info } of rows) {
    const level = (record.level ?? '').trim();
    if (level !== '' && !levels.has(level)) {
      problems.push({ file: pack.areas.codes, path: 'level', line: info.lines, reason: `unknown level "${level}": areas.levels in ${PACK_FILE} are ${list}` });
    }
  }
  return problems;
}

function brandingProblems(folder: string, pack: CountryPack, lineOf: (path: string[]) => number): PackProblem[] {
  const problems: PackProblem[] = [];
  const branding = pack.branding;
  if (!branding) return problems;
  const contrast = contrastWithWhite(branding.colours.primary);
  if (contrast < 4.5) {
    problems.push({
      file: PACK_FILE, path: 'branding.colours.primary', line: lineOf(['branding', 'colours', 'primary']),
      reason: `${branding.colours.primary} under white text has a contrast of ${contrast.toFixed(2)}, below 4.5: choose a darker colour`,
    });
  }
  const logo = branding.logo;
  if (!logo || !existsSync(join(folder, logo))) return problems;
  const at = { file: PACK_FILE, path: 'branding.logo', line: lineOf(['branding', 'logo']) };
  const path = join(folder, logo);
  if (statSync(path).size > MAX_LOGO_BYTES) problems.push({ ...at, reason: `${logo} is larger than ${MAX_LOGO_BYTES / 1024} KB` });
  const bytes = readFileSync(path);
  if (/\.svg$/i.test(logo)) {
    const svg = bytes.toString('utf8');
    if (!/<svg[\s>]/.test(svg)) problems.push({ ...at, reason: `${logo} has no <svg> element` });
    if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(svg)) problems.push({ ...at, reason: `${logo} holds scripts or event handlers; a logo is a drawing only` });
  } else if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    problems.push({ ...at, reason: `${logo} is not a PNG image` });
  }
  return problems;
}

/** WCAG 2.2 contrast ratio of `#RRGGBB` against white: (1.05) / (L + 0.05), L the relative luminance. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}
