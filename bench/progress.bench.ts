/**
 * `npm run bench:progress`: how long progress assessment of the whole bundled Bangladesh data takes, step by step,
 * against a plain loop over the same keys. See bench/README.md for what the figures mean.
 *
 * 1. seeds a fresh SQLite store in a temporary folder as `init` does (the UN framework, the global target rules and the
 *    bundled Bangladesh data);
 * 2. times, each the median of {@link RUNS} runs after one warm-up: `readProgressData` (the one pass over the store),
 *    `buildProgressBook` (every series key × every method against its applied target), every scope a dashboard can
 *    ask for (the country, each area with data, each disaggregation code of the country's keys) × every method through
 *    `indicatorsInScope`, and a cached `progressBookFor` (the version query alone);
 * 3. times the baseline: a plain loop computing only the CAGR from the first to the last point of every key;
 * 4. prints the counts (series keys, assessments = keys × methods, scopes), the times, the ratio of the book to the
 *    baseline, and the peak resident memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cagr, PROGRESS_METHODS } from '../src/analysis/progress/index.ts';
import {
  buildProgressBook, indicatorsInScope, progressBookFor, readProgressData, type ProgressBook, type ProgressScope,
} from '../src/assessment/index.ts';
import { prepareStore } from '../src/cli/prepare-store.ts';
import { BUNDLED_COUNTRY_DIR, loadCountryBundle } from '../src/ingest/country-bundle/index.ts';
import { openStore } from '../src/store/index.ts';
import { timed as timedRuns } from './timing.ts';

const RUNS = 5;
/** {@link timedRuns} over {@link RUNS} runs. */
const timed = <T>(f: () => T | Promise<T>) => timedRuns(f, RUNS);
const BASELINE_LOOPS = 200;

console.log(`Progress assessment of the bundled Bangladesh data, median of ${RUNS} runs; Node ${process.version}, ${cpus().length} cores\n`);
const work = mkdtempSync(join(tmpdir(), 'sdg-bench-progress-'));
const store = openStore(`file:${join(work, 'bench.db')}`);
try {
  let started = performance.now();
  await prepareStore(store);
  await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);
  const seedMs = performance.now() - started;

  const read = await timed(() => readProgressData(store.db));
  const data = read.value;
  const build = await timed(() => buildProgressBook(data));
  const book = build.value;
  const scopes = scopesOf(book);
  const views = await timed(() => {
    let indicators = 0;
    for (const scope of scopes) for (const method of PROGRESS_METHODS) indicators += indicatorsInScope(book, method, scope).length;
    return indicators;
  });
  await progressBookFor(store.db);
  const cached = await timed(() => progressBookFor(store.db));
  // The loop is short (well under a millisecond): it is timed over BASELINE_LOOPS passes and divided.
  const baseline = await timed(() => {
    let sum = 0;
    for (let loop = 0; loop < BASELINE_LOOPS; loop++) {
      for (const s of data.series) {
        const first = s.points[0], last = s.points.at(-1);
        if (first && last && last.year > first.year && first.value > 0 && last.value > 0) sum += cagr(first.value, first.year, last.value, last.year);
      }
    }
    return sum;
  });
  baseline.ms /= BASELINE_LOOPS;

  const keys = book.series.length;
  const areas = scopes.filter((s) => s.area !== undefined).length;
  started = performance.now();
  console.log(`seeded in ${(seedMs / 1000).toFixed(1)} s: ${data.series.reduce((n, s) => n + s.points.length, 0)} yearly points`);
  console.log(`series keys ${keys}; assessments (keys × ${PROGRESS_METHODS.length} methods) ${keys * PROGRESS_METHODS.length}; ` +
    `scopes ${scopes.length} (country, ${areas} other areas, ${scopes.length - 1 - areas} disaggregation codes) × ${PROGRESS_METHODS.length} methods ` +
    `= ${scopes.length * PROGRESS_METHODS.length} views, ${views.value} indicator results\n`);
  const rows: [string, number][] = [
    ['readProgressData (one pass over the store)', read.ms],
    ['buildProgressBook (every key × every method)', build.ms],
    ['every scope × every method (indicatorsInScope)', views.ms],
    ['progressBookFor, cached (version query)', cached.ms],
    ['baseline: CAGR of every key, plain loop', baseline.ms],
  ];
  for (const [label, ms] of rows) console.log(`${label.padEnd(50)} ${ms.toFixed(2).padStart(9)} ms`);
  console.log(`\nratio buildProgressBook / baseline: ${(build.ms / baseline.ms).toFixed(0)}`);
  console.log(`per assessment: ${((build.ms * 1000) / (keys * PROGRESS_METHODS.length)).toFixed(2)} µs; per view: ${(views.ms / (scopes.length * PROGRESS_METHODS.length)).toFixed(2)} ms`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await store.close();
  rmSync(work, { recursive: true, force: true });
}

/** The scopes a dashboard can ask for: the country, every other area with data, every disaggregation code of the country. */
function scopesOf(book: ProgressBook): ProgressScope[] {
  const areas = new Set<string>();
  const codes = new Set<string>();
  for (const s of book.series) {
    if (s.area !== book.countryArea) areas.add(s.area);
    else for (const [id, code] of Object.entries(s.dimensions)) if (code !== '_T') codes.add(`${id}\u0000${code}`);
  }
  return [
    {},
    ...[...areas].sort().map((area) => ({ area })),
    ...[...codes].sort().map((c) => { const [id, code] = c.split('\u0000') as [string, string]; return { dimension: { id, code } }; }),
  ];
}

