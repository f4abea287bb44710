import type { Command } from 'commander';
import {
  assessProgress, PROGRESS_METHODS, type DesiredDirection, type ProgressInput, type ProgressMethod, type YearValue,
} from '../analysis/progress/index.ts';

interface AssessOptions {
  method: string;
  direction: string;
  series: string;
  targetValue?: string;
  targetYear?: string;
  baseYear?: string;
  limit?: string;
}

/**
 * `sdg-tracker assess`: assesses one series with one progress method and prints one JSON object, for analysts and for
 * checking the methods by hand: `{ method, status, score?, cagr?, ratio?, reason? }`.
 * @example sdg-tracker assess --method unsd --direction decrease --series 2015=20,2022=15 --target-value 10 --target-year 2030
 * // {"method":"unsd","status":"fair_progress","cagr":…,"ratio":0.8915…}
 */
export function registerAssess(program: Command): void {
  program.command('assess')
    .description('assess the progress of one series with one method; prints one JSON object')
    .requiredOption('--method <method>', `one of ${PROGRESS_METHODS.join(', ')}`)
    .requiredOption('--direction <direction>', 'desired direction: increase or decrease')
    .requiredOption('--series <points>', 'year=value pairs separated by commas, e.g. 2015=20,2022=15')
    .option('--target-value <number>', 'the target value (with --target-year)')
    .option('--target-year <year>', 'the target year, e.g. 2030 (with --target-value)')
    .option('--base-year <year>', "the assessment's first year (each method has a default)")
    .option('--limit <number>', 'the natural limit the value cannot pass, e.g. 100 for a percentage')
    .action((options: AssessOptions) => {
      const method = options.method as ProgressMethod;
      if (!PROGRESS_METHODS.includes(method)) throw new Error(`--method: "${options.method}" is not one of ${PROGRESS_METHODS.join(', ')}`);
      const result = assessProgress(method, progressInput(options));
      process.stdout.write(`${JSON.stringify({ method, ...result })}\n`);
    });
}

/** The options as a method's input. @throws Error naming the option and the value it cannot read. */
export function progressInput(options: Omit<AssessOptions, 'method'>): ProgressInput {
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
  return input;
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
