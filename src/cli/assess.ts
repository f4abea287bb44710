import type { Command } from 'commander';
import {
  assessProgress, CLASS_ORDER, PROGRESS_METHODS, summarise, type DesiredDirection, type GroupSummary, type ProgressInput,
  type ProgressMethod, type YearValue,
} from '../analysis/progress/index.ts';
import { indicatorsInScope, progressBookFor, type IndicatorProgress, type ProgressScope } from '../assessment/index.ts';
import { areaResolver, listAreas, type Db } from '../store/index.ts';
import { openPreparedStore } from './open-store.ts';

interface AssessOptions {
  method?: string;
  direction?: string;
  series?: string;
  targetValue?: string;
  targetYear?: string;
  baseYear?: string;
  limit?: string;
  all?: boolean;
  area?: string;
  dimension?: string;
  json?: boolean;
}

/**
 * `sdg-tracker assess`: assesses one series with one progress method and prints one JSON object, for analysts and for
 * checking the methods by hand: `{ method, status, score?, cagr?, ratio?, reason? }`.
 * @example sdg-tracker assess --method unsd --direction decrease --series 2015=20,2022=15 --target-value 10 --target-year 2030
 * // {"method":"unsd","status":"fair_progress","cagr":…,"ratio":0.8915…}
 *
 * `sdg-tracker assess --all [--method M] [--area CODE] [--dimension ID:code] [--json]`: assesses every indicator of
 * the database (DATABASE_URL) in one scope with one method (default: the national one) and prints a table, one line
 * per indicator (status, the figure it rests on, number of series keys, target source) and a line of counts per
 * class; `--json` prints one object instead (see {@link assessAll}).
 */
export function registerAssess(program: Command): void {
  program.command('assess')
    .description('assess one series with one method (one JSON object), or with --all every indicator of the database')
    .option('--method <method>', `one of ${PROGRESS_METHODS.join(', ')} (with --all: default the national method)`)
    .option('--direction <direction>', 'desired direction: increase or decrease')
    .option('--series <points>', 'year=value pairs separated by commas, e.g. 2015=20,2022=15')
    .option('--target-value <number>', 'the target value (with --target-year)')
    .option('--target-year <year>', 'the target year, e.g. 2030 (with --target-value)')
    .option('--base-year <year>', "the assessment's first year (each method has a default)")
    .option('--limit <number>', 'the natural limit the value cannot pass, e.g. 100 for a percentage')
    .option('--all', 'assess every indicator in the database instead of one series')
    .option('--area <code>', 'with --all: the reference area (default the country)')
    .option('--dimension <ID:code>', 'with --all: one disaggregation, e.g. SEX:F')
    .option('--json', 'with --all: print one JSON object instead of a table')
    .action(async (options: AssessOptions) => {
      if (options.all) return runAll(options);
      for (const name of ['area', 'dimension', 'json'] as const) if (options[name] !== undefined) throw new Error(`--${name} goes with --all`);
      if (options.method === undefined) throw new Error('--method is required (or give --all)');
      const method = methodOf(options.method);
      const result = assessProgress(method, progressInput(options));
      process.stdout.write(`${JSON.stringify({ method, ...result })}\n`);
    });
}

/** What `assess --all --json` prints. */
export interface AllAssessed {
  method: ProgressMethod;
  scope: { area: string | null; dimension: { id: string; code: string } | null };
  summary: GroupSummary;
  indicators: {
    indicator: string;
    status: string;
    score?: number;
    index?: number;
    figure: { name: string; value: number } | null;
    targetSource: string;
    series: {
      series: string; unit: string; area: string; dimensions: Record<string, string>; base: YearValue | null; latest: YearValue | null;
      target: { source: string; direction: string; value?: number; year?: number; rule?: string } | null; gap?: string;
      status: string; score?: number; ratio?: number; cagr?: number; index?: number; reason?: string;
    }[];
  }[];
}

/**
 * Every indicator of the database assessed with `method` (default the national method) in a scope (`area` as any
 * code of a stored area, `dimension` as `ID:code`).
 * @throws Error naming the option and its value: unknown method, area or dimension, or a dimension not `ID:code`.
 */
export async function assessAll(db: Db, options: { method?: string; area?: string; dimension?: string } = {}): Promise<AllAssessed> {
  const book = await progressBookFor(db);
  const method = options.method === undefined ? book.method : methodOf(options.method);
  const scope: ProgressScope = {};
  if (options.area !== undefined) {
    const area = areaResolver(await listAreas(db))(options.area.trim());
    if (area === undefined) throw new Error(`--area: "${options.area}" is not a reference area of the database`);
    scope.area = area;
  }
  if (options.dimension !== undefined) {
    const m = /^([^:\s]+):(.+)$/.exec(options.dimension.trim());
    if (!m) throw new Error(`--dimension: "${options.dimension}" is not ID:code (e.g. SEX:F)`);
    const [id, code] = [m[1]!, m[2]!.trim()];
    if (!book.series.some((s) => s.dimensions[id] === code)) throw new Error(`--dimension: no data has ${id} = "${code}"`);
    scope.dimension = { id, code };
  }
  const indicators = indicatorsInScope(book, method, scope);
  return {
    method,
    scope: { area: scope.area ?? book.countryArea, dimension: scope.dimension ?? null },
    summary: summarise(method, indicators),
    indicators: indicators.map((i) => ({
      indicator: i.indicator, status: i.status,
      ...(i.score === undefined ? {} : { score: i.score }), ...(i.index === undefined ? {} : { index: i.index }),
      figure: figureOf(i, method), targetSource: targetSource(i),
      series: i.series.map((s) => {
        const r = s.results[method];
        return {
          series: s.series, unit: s.unit, area: s.area, dimensions: s.dimensions, base: s.base ?? null, latest: s.points.at(-1) ?? null,
          target: s.target ? {
            source: s.target.source, direction: s.target.direction, ...(s.target.target ? { value: s.target.target.value, year: s.target.target.year } : {}),
            ...(s.target.rule ? { rule: s.target.rule } : {}),
          } : null,
          ...(s.gap ? { gap: s.gap.reason } : {}),
          status: r.status,
          ...Object.fromEntries((['score', 'ratio', 'cagr', 'index', 'reason'] as const).flatMap((k) => (r[k] === undefined ? [] : [[k, r[k]]]))),
        };
      }),
    })),
  };
}

/**
 * The table `assess --all` prints: a header, one aligned line per indicator, and the summary line
 * (`N indicators: on_track 3, fair_progress 1, not_available 2`, classes best first).
 */
export function formatAllAssessed(all: AllAssessed): string {
  const rows = [['indicator', 'status', 'figure', 'series', 'target'], ...all.indicators.map((i) => [
    i.indicator, i.status, i.figure ? `${i.figure.name} ${round(i.figure.value)}` : '-', String(i.series.length), i.targetSource,
  ])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
  const where = `${all.scope.area ?? 'no country'}${all.scope.dimension ? `, ${all.scope.dimension.id}=${all.scope.dimension.code}` : ''}`;
  const counts = [...CLASS_ORDER[all.method], 'not_available'].filter((c) => all.summary.counts[c]).map((c) => `${c} ${all.summary.counts[c]}`);
  lines.push(`${all.method}, ${where}: ${all.summary.total} indicators${counts.length ? `: ${counts.join(', ')}` : ''}`);
  return `${lines.join('\n')}\n`;
}

async function runAll(options: AssessOptions): Promise<void> {
  for (const name of ['direction', 'series', 'targetValue', 'targetYear', 'baseYear', 'limit'] as const) {
    if (options[name] !== undefined) throw new Error(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} does not go with --all`);
  }
  if (options.method !== undefined) methodOf(options.method);
  const { store } = await openPreparedStore();
  try {
    const all = await assessAll(store.db, options);
    process.stdout.write(options.json ? `${JSON.stringify(all)}\n` : formatAllAssessed(all));
  } finally {
    await store.close();
  }
}

function methodOf(text: string): ProgressMethod {
  if (!PROGRESS_METHODS.includes(text as ProgressMethod)) throw new Error(`--method: "${text}" is not one of ${PROGRESS_METHODS.join(', ')}`);
  return text as ProgressMethod;
}

/** The figure an indicator's class rests on: its mean score or index, else the ratio or growth of its one key. */
function figureOf(i: IndicatorProgress, method: ProgressMethod): { name: string; value: number } | null {
  if (i.score !== undefined) return { name: 'score', value: i.score };
  if (i.index !== undefined) return { name: 'index', value: i.index };
  if (i.series.length !== 1 || i.status === 'not_available') return null;
  const r = i.series[0]!.results[method];
  if (r.ratio !== undefined) return { name: 'ratio', value: r.ratio };
  if (r.cagr !== undefined) return { name: 'cagr', value: r.cagr };
  return null;
}

/** Where the targets of an indicator's keys come from: `national`, `global`, both joined by `+`, or `none`. */
function targetSource(i: IndicatorProgress): string {
  const sources = [...new Set(i.series.map((s) => s.target?.source ?? 'none'))].sort();
  return sources.join('+');
}

function round(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}

/** The options as a method's input. @throws Error naming the option and the value it cannot read. */
export function progressInput(options: Omit<AssessOptions, 'method'>): ProgressInput {
  if (options.direction === undefined) throw new Error('--direction is required (increase or decrease)');
  if (options.series === undefined) throw new Error('--series is required (e.g. 2015=20,2022=15)');
  if (options.direction !== 'increase' && options.direction !== 'decrease') {
    throw new Error(`--direction: "${options.direction}" is neither increase nor decrease`);
  }
  const input: ProgressInput = { series: seriesPoints(options.series), direction: options.direction as DesiredDirection };
  if ((options.targetValue === undefined) !== (options.targetYear === undefined)) {
    throw new Error('--target-value and --target-year go together');
  }
  if (options.targetValue !== undefined && options.targetYear !== undefined) {
    input.target = { value: number('--target-value', options.targetValue), year: year('--target-year', options.targetYear) };
  }
  if (options.baseYear !== undefined) input.baseYear = year('--base-year', options.baseYear);
  if (options.limit !== undefined) input.limit = number('--limit', options.limit);
  targetChecks(input);
  return input;
}

/**
 * Refuses, as the target API does, a target year not after the base year (`--base-year`, else the first year of
 * `--series`) and a target beyond the natural limit (above `--limit` for an increase, below it for a decrease).
 * @throws Error naming the option and the values.
 */
function targetChecks(input: ProgressInput): void {
  if (!input.target) return;
  const base = input.baseYear ?? Math.min(...input.series.map((p) => p.year));
  const from = input.baseYear === undefined ? 'the first year of --series' : '--base-year';
  if (input.target.year <= base) throw new Error(`--target-year: ${input.target.year} is not after the base year ${base} (${from})`);
  const up = input.direction === 'increase';
  if (input.limit !== undefined && (up ? input.target.value > input.limit : input.target.value < input.limit)) {
    throw new Error(`--target-value: ${input.target.value} is ${up ? 'above' : 'below'} the natural limit ${input.limit} (--limit) of a value to ${input.direction}`);
  }
}

function seriesPoints(text: string): YearValue[] {
  const points = text.split(',').map((pair) => pair.trim()).filter((pair) => pair !== '').map((pair) => {
    const [y, v, ...rest] = pair.split('=');
    if (y === undefined || v === undefined || rest.length > 0) throw new Error(`--series: "${pair}" is not year=value`);
    return { year: year('--series', y), value: number('--series', v) };
  });
  if (points.length === 0) throw new Error('--series: no year=value pairs');
  const years = new Set<number>();
  for (const p of points) {
    if (years.has(p.year)) throw new Error(`--series: year ${p.year} is given twice`);
    years.add(p.year);
  }
  return points;
}

function year(option: string, text: string): number {
  if (!/^\d{4}$/.test(text.trim())) throw new Error(`${option}: "${text}" is not a year`);
  return Number(text);
}

function number(option: string, text: string): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) throw new Error(`${option}: "${text}" is not a number`);
  return value;
}
