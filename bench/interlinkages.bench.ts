/**
 * `npm run bench:links`: how long the interlinkage analysis of the bundled Bangladesh data takes and how its memory
 * grows with the number of indicators. See bench/README.md for what the figures mean.
 *
 * 1. seeds a fresh SQLite store in a temporary folder as `init` does;
 * 2. for 1/4, 1/2 and all of the indicators with a directed national series, runs a child process that reads the
 *    progress book, then times (median of {@link RUNS} runs of 10 calls, 50 for the baseline, after a warm-up) every pair through `linksOf` (aligned
 *    series, Spearman ρ with ties, the t-test p-value, the class, the goals × goals counters) with and without
 *    first-differencing, and a same-run baseline: Pearson's r of every pair's shared years in a bare loop (no ranks,
 *    no p-value, nothing kept);
 * 3. prints per size the pairs tried and classified, the times, the ratio to the baseline, the resident memory before
 *    the pairs and at its peak, and the heap the result keeps.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinkSeries } from '../src/analysis/interlinkages/index.ts';
import { linksOf, nationalChoice } from '../src/assessment/index.ts';
import { progressBookFor } from '../src/assessment/index.ts';
import { prepareStore } from '../src/cli/prepare-store.ts';
import { BUNDLED_COUNTRY_DIR, loadCountryBundle } from '../src/ingest/country-bundle/index.ts';
import { openStore } from '../src/store/index.ts';

const RUNS = 5;
const FRACTIONS = [0.25, 0.5, 1];
const MB = 1024 * 1024;

interface ChildFigures {
  indicators: number;
  tried: number;
  classified: number;
  synergy: number;
  trade_off: number;
  levelsMs: number;
  differencedMs: number;
  baselineMs: number;
  rssBeforeMb: number;
  peakRssMb: number;
  resultHeapMb: number;
}

if (process.argv[2] === '--child') await child(process.argv[3]!, Number(process.argv[4]));
else await main();

async function main(): Promise<void> {
  console.log(`Interlinkages of the bundled Bangladesh data, median of ${RUNS} runs; Node ${process.version}, ${cpus().length} cores\n`);
  const work = mkdtempSync(join(tmpdir(), 'sdg-bench-links-'));
  try {
    const db = join(work, 'bench.db');
    const store = openStore(`file:${db}`);
    await prepareStore(store);
    await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);
    await store.close();
    const rows: ChildFigures[] = [];
    for (const fraction of FRACTIONS) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', fileURLToPath(import.meta.url), '--child', db, String(fraction)], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`child for ${fraction} failed: ${r.stderr}`);
      rows.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildFigures);
    }
    const all = rows.at(-1)!;
    console.log(`all indicators: ${all.indicators} with a directed national series, ${all.tried} pairs tried, ${all.classified} with 5+ shared years`
      + ` (${all.synergy} synergies, ${all.trade_off} trade-offs)\n`);
    console.log('| indicators | pairs tried | classified | levels | differenced | Pearson loop (baseline) | ratio | RSS before | peak RSS | result heap |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(`| ${r.indicators} | ${r.tried} | ${r.classified} | ${r.levelsMs.toFixed(1)} ms | ${r.differencedMs.toFixed(1)} ms | ${r.baselineMs.toFixed(1)} ms`
        + ` | ${(r.levelsMs / r.baselineMs).toFixed(1)}× | ${r.rssBeforeMb.toFixed(0)} MB | ${r.peakRssMb.toFixed(0)} MB | ${r.resultHeapMb.toFixed(2)} MB |`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One size: reads the book, keeps the first `fraction` of the indicators, prints its figures as one JSON line. */
async function child(db: string, fraction: number): Promise<void> {
  const store = openStore(`file:${db}`);
  const book = await progressBookFor(store.db);
  await store.close();
  const choice = nationalChoice(book);
  const series = choice.series.slice(0, Math.round(choice.series.length * fraction));
  const picked = { series, withoutDirection: choice.withoutDirection };
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const kept = linksOf(picked, { minShared: 5, difference: false });
  gc();
  const resultHeap = process.memoryUsage().heapUsed - heapBefore;
  const levels = timed(() => linksOf(picked, { minShared: 5, difference: false }).pairs.length, 10);
  const differenced = timed(() => linksOf(picked, { minShared: 5, difference: true }).pairs.length, 10);
  const baseline = timed(() => pearsonLoop(series), 50);
  const n = series.length;
  const figures: ChildFigures = {
    indicators: n, tried: (n * (n - 1)) / 2, classified: kept.pairs.length,
    synergy: kept.pairs.filter((p) => p.class === 'synergy').length, trade_off: kept.pairs.filter((p) => p.class === 'trade_off').length,
    levelsMs: levels, differencedMs: differenced, baselineMs: baseline,
    rssBeforeMb: rssBefore / MB, peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB, resultHeapMb: resultHeap / MB,
  };
  console.log(JSON.stringify(figures));
}

/** The baseline: Pearson's r over the shared years of every pair (5 or more), summed so the work is not skipped. */
function pearsonLoop(series: readonly LinkSeries[]): number {
  let total = 0;
  for (let i = 0; i < series.length; i++) {
    for (let j = i + 1; j < series.length; j++) {
      const b = series[j]!.values;
      let n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
      for (const [year, x] of series[i]!.values) {
        const y = b.get(year);
        if (y === undefined) continue;
        n++; sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y;
      }
      if (n < 5) continue;
      const d = Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
      if (d > 0) total += (n * sxy - sx * sy) / d;
    }
  }
  return total;
}

/** Median milliseconds of one call over {@link RUNS} runs of `reps` calls each, after one warm-up run. */
function timed(f: () => unknown, reps: number): number {
  for (let r = 0; r < reps; r++) f();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    for (let r = 0; r < reps; r++) f();
    times.push((performance.now() - started) / reps);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}
