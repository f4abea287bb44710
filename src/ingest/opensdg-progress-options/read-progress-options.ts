import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { encodeDimensions } from '../../store/index.ts';
import { readLayout, seriesCode, type MetadataFiles } from '../opensdg/index.ts';
import { ImportError, type Reject } from '../reject-report.ts';
import { columnRole, dimensionCode } from '../sdmx-dimensions.ts';
import type { TargetRow } from '../targets-csv/index.ts';

/** The configuration key read, and the switch that tells whether Open SDG assesses the indicator at all. */
export const OPTIONS_KEY = 'progress_calculation_options';
export const AUTO_KEY = 'auto_progress_calculation';

/** Keys of one options entry (Open SDG 2.4); any other key is refused, so a typo never passes unseen. */
const ENTRY_KEYS = new Set(['series', 'unit', 'disaggregation', 'base_year', 'target', 'target_year', 'direction', 'limit', 'group']);

/** A target read from one entry, with the file and key it came from. */
export interface OptionTarget extends TargetRow {
  file: string;
  key: string;
}

/** What a repository's options give, and what was wrong with them. */
export interface ProgressOptions {
  items: OptionTarget[];
  rejects: Reject[];
  /** Entries read (each member of a `group` counts once), and those with a reject. */
  entries: number;
  entriesRejected: number;
  /** Indicators whose options were read. */
  indicators: number;
  /** Indicators with options that Open SDG does not assess (`auto_progress_calculation` not true): not read. */
  skipped: Reject[];
  /** Keys read but not stored, and why (a `base_year` without its value; an entry repeating an earlier one). */
  ignored: Reject[];
}

/**
 * Reads `progress_calculation_options` from every indicator's `indicator-config/*.yml` and `meta/*.yml` (or the front
 * matter of `meta/*.md`; the metadata file's keys win, as when the repository is imported) in an Open SDG data
 * repository, for the indicators with `auto_progress_calculation: true`. Each entry, and each member of a `group`,
 * becomes a national target of the indicator as the Open SDG import stores it (the file's code, e.g. `13.1.1`):
 * `direction` `positive` → increase, `negative` → decrease (required: never defaulted); `target` (+ `target_year`,
 * default 2030) the 2030 target; `limit` the natural limit; `series` and `unit` (the names in the data file; a series
 * is stored under its code, see series-codes.ts) and `disaggregation` fields (column names and cell texts, mapped to
 * SDMX dimensions and codes as the data are) the scope. A reject names the file, line, key path
 * (`progress_calculation_options[2].group[0].target`) and reason: a file that is not YAML, an indicator not in the
 * framework, an unknown key, a value of the wrong kind, or two entries for one scope that disagree.
 * @throws ImportError when the folder is not an Open SDG repository.
 * @example (await readProgressOptions('CAN', (c) => c)).items[0]
 *   // { indicatorId: '1.2.1', dimensions: {}, source: 'national', direction: 'decrease', milestones: {},
 *   //   target: { value: 7.25, year: 2030 }, file: 'indicator-config/1-2-1.yml', key: 'progress_calculation_options[0]' }
 */
export async function readProgressOptions(folder: string, indicatorOf: (code: string) => string | undefined): Promise<ProgressOptions> {
  const layout = await readLayout(folder);
  const out: ProgressOptions = { items: [], rejects: [], entries: 0, entriesRejected: 0, indicators: 0, skipped: [], ignored: [] };
  for (const [indicatorId, files] of layout.indicators) {
    if (indicatorId.startsWith('archived-')) continue;
    readIndicator(folder, indicatorId, files, indicatorOf, out);
  }
  return out;
}

interface YamlFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  fields: Record<string, unknown>;
}

function readIndicator(
  folder: string, indicatorId: string, files: MetadataFiles, indicatorOf: (code: string) => string | undefined, out: ProgressOptions,
): void {
  const parsed = [files.config, files.meta].flatMap((f) => (f ? [readYaml(folder, f, out.rejects)] : [])).flatMap((f) => (f ? [f] : []));
  const holder = parsed.findLast((f) => OPTIONS_KEY in f.fields);
  const auto = parsed.findLast((f) => AUTO_KEY in f.fields)?.fields[AUTO_KEY];
  const options = holder?.fields[OPTIONS_KEY];
  if (!holder || options === null || options === undefined || (Array.isArray(options) && options.length === 0)) return;
  if (auto !== true && auto !== 'true') {
    out.skipped.push({ file: holder.file, line: lineOf(holder, [AUTO_KEY]) || lineOf(holder, [OPTIONS_KEY]), column: AUTO_KEY,
      reason: `${AUTO_KEY} is ${auto === undefined ? 'not set' : JSON.stringify(auto)}: Open SDG does not assess ${indicatorId}, so its options are not read` });
    return;
  }
  const reject = (path: (string | number)[], reason: string): void => {
    out.rejects.push({ file: holder.file, line: lineOf(holder, path), column: keyName(path), reason });
  };
  if (indicatorOf(indicatorId) === undefined) {
    reject([OPTIONS_KEY], `${indicatorId} is not an indicator of the framework`);
    return;
  }
  if (!Array.isArray(options)) {
    reject([OPTIONS_KEY], 'is not a list of entries');
    return;
  }
  out.indicators++;
  const seen = new Map<string, OptionTarget>();
  const readEntry = (entry: unknown, path: (string | number)[]): void => {
    if (!isPlainObject(entry)) { reject(path, 'an entry is a mapping of keys such as direction, target, series'); return; }
    if ('group' in entry) {
      if (!Array.isArray(entry.group)) reject([...path, 'group'], 'is not a list of entries');
      else entry.group.forEach((member, j) => readEntry(member, [...path, 'group', j]));
      return;
    }
    out.entries++;
    const item = readTarget(indicatorId, entry, (key, reason) => reject([...path, ...key], reason));
    if (!item) {
      out.entriesRejected++;
      return;
    }
    if (entry.base_year !== undefined && entry.base_year !== null) {
      out.ignored.push({ file: holder.file, line: lineOf(holder, [...path, 'base_year']), column: keyName([...path, 'base_year']),
        reason: `base year ${String(entry.base_year)} is not stored: a national baseline needs its value; the national base year applies` });
    }
    const target: OptionTarget = { ...item, file: holder.file, key: keyName(path) };
    const scope = [item.series ?? '', item.unit ?? '', encodeDimensions(item.dimensions)].join('\u0000');
    const earlier = seen.get(scope);
    if (!earlier) {
      seen.set(scope, target);
      out.items.push(target);
    } else if (sameTarget(earlier, target)) {
      out.ignored.push({ file: holder.file, line: lineOf(holder, path), column: keyName(path), reason: `repeats ${earlier.key}` });
    } else {
      out.entriesRejected++;
      reject(path, `the same series, unit and disaggregation as ${earlier.key}, with another direction, target or limit`);
    }
  };
  options.forEach((entry, i) => readEntry(entry, [OPTIONS_KEY, i]));
}

/** One entry as a target, or undefined after reporting each problem through `problem` (with the key path in the entry). */
function readTarget(
  indicatorId: string, entry: Record<string, unknown>, problem: (key: (string | number)[], reason: string) => void,
): TargetRow | undefined {
  let ok = true;
  const fail = (key: string | (string | number)[], reason: string): void => { ok = false; problem(Array.isArray(key) ? key : [key], reason); };
  for (const key of Object.keys(entry)) if (!ENTRY_KEYS.has(key)) fail(key, `unknown key (expected ${[...ENTRY_KEYS].join(', ')})`);
  const direction = entry.direction === 'positive' ? 'increase' : entry.direction === 'negative' ? 'decrease' : undefined;
  if (!direction) fail('direction', entry.direction === undefined ? 'direction is missing (positive or negative)' : `${JSON.stringify(entry.direction)} is neither positive nor negative`);
  const number = (key: string): number | undefined => {
    const v = entry[key];
    if (v === undefined || v === null || v === '') return undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : Number.NaN;
    if (!Number.isFinite(n)) fail(key, `${JSON.stringify(v)} is not a number`);
    return n;
  };
  const value = number('target');
  const year = number('target_year');
  const limit = number('limit');
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) fail('target_year', `${year} is not a year`);
  if (year !== undefined && value === undefined) fail('target_year', `target year ${year} has no target`);
  const baseYear = number('base_year');
  if (baseYear !== undefined && !(Number.isInteger(baseYear) && baseYear >= 1900 && baseYear <= 2100)) fail('base_year', `${baseYear} is not a year`);
  const text = (key: string): string | undefined => {
    const v = entry[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') { fail(key, `${JSON.stringify(v)} is not a text`); return undefined; }
    return String(v).trim().normalize('NFC') || undefined;
  };
  const series = text('series');
  const unit = text('unit');
  const dimensions: Record<string, string> = {};
  const disaggregation = entry.disaggregation ?? [];
  if (!Array.isArray(disaggregation)) fail('disaggregation', 'is not a list of field and value pairs');
  else {
    disaggregation.forEach((d, k) => {
      const key = ['disaggregation', k];
      if (!isPlainObject(d) || typeof d.field !== 'string' || (typeof d.value !== 'string' && typeof d.value !== 'number')) {
        fail(key, 'needs a field and a value'); return;
      }
      const role = columnRole(d.field);
      if (role.kind !== 'dimension') { fail(key, `field "${d.field}" is not a breakdown column`); return; }
      if (dimensions[role.id] !== undefined) { fail(key, `field "${d.field}" is named twice`); return; }
      dimensions[role.id] = dimensionCode(role.id, String(d.value));
    });
  }
  if (!ok || !direction) return undefined;
  const item: TargetRow = { indicatorId, dimensions, source: 'national', direction, milestones: {} };
  if (series) item.series = seriesCode(indicatorId, series);
  if (unit) item.unit = unit;
  if (value !== undefined) item.target = { value, year: year ?? 2030 };
  if (limit !== undefined) item.limit = limit;
  return item;
}

function readYaml(folder: string, file: string, rejects: Reject[]): YamlFile | null {
  let source: string;
  try {
    source = readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ImportError(file, `cannot read the file (${(e as Error).message})`);
  }
  const front = file.endsWith('.md') ? /^(\s*---[ \t]*\r?\n)([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source) : null;
  if (file.endsWith('.md') && !front) return null;
  // Front matter is parsed after as many blank lines as precede it, so lines count as in the file.
  const yamlText = front ? '\n'.repeat(front[1]!.split('\n').length - 1) + front[2]! : source;
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { uniqueKeys: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    rejects.push({ file, line: e.linePos?.[0]?.line ?? 0, column: '', reason: `invalid YAML: ${e.message.split('\n')[0]}` });
    return null;
  }
  const fields = doc.toJS() as unknown;
  if (!isPlainObject(fields)) {
    if (fields !== null && fields !== undefined) rejects.push({ file, line: 0, column: '', reason: 'the file is not a YAML mapping of keys to values' });
    return null;
  }
  return { file, doc, lines, fields };
}

/** The 1-based line of the node at `path` (of the key, for a top-level key), or of its nearest parent that exists; 0 when none does. */
function lineOf(f: YamlFile, path: (string | number)[]): number {
  if (path.length === 1 && isMap(f.doc.contents)) {
    const pair = f.doc.contents.items.find((p) => isScalar(p.key) && p.key.value === path[0]);
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    if (offset !== undefined) return f.lines.linePos(offset).line;
  }
  for (let n = path.length; n > 0; n--) {
    const node = f.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] | null } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return f.lines.linePos(offset).line;
  }
  return 0;
}

/** `['progress_calculation_options', 2, 'group', 0, 'target']` → `progress_calculation_options[2].group[0].target`. */
function keyName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function sameTarget(a: TargetRow, b: TargetRow): boolean {
  return a.direction === b.direction && a.target?.value === b.target?.value && a.target?.year === b.target?.year && a.limit === b.limit;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
