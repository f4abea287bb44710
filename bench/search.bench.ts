/**
 * `npm run bench:search`: what the search costs over the bundled Bangladesh data, per language, against a plain scan.
 *
 * 1. seeds a fresh SQLite store in a temporary folder as `init` does (the UN framework with its titles in every shipped
 *    language, the unofficial Bangla titles, the bundled Bangladesh data and metadata);
 * 2. per language: reads the documents (`readSearchDocuments`), builds the index (`buildSearchIndex`, median of
 *    {@link RUNS} builds after a warm-up), and measures the index's size as its JSON (MiniSearch's own serialisation)
 *    and the heap it holds (heap before and after building it once more and keeping it, with `--expose-gc`);
 * 3. times {@link QUERIES} (words in each language, codes) through `queryIndex` (the index alone), `searchCatalogue`
 *    (the whole answer: the version query, both languages' indexes, code matches, snippets) and `textVersion` alone,
 *    median and 95th percentile over {@link QUERY_RUNS} passes;
 * 4. times the baseline: `Array.filter` over the same documents with a case-folded substring test of every field, as
 *    a search without an index would do (it finds no diacritic-free, tashkeel-free, Bengali-digit or prefix matches:
 *    it is a floor for speed, not a rival in what it finds).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareStore } from '../src/cli/prepare-store.ts';
import { BUNDLED_COUNTRY_DIR, loadCountryBundle } from '../src/ingest/country-bundle/index.ts';
import {
  buildSearchIndex, queryIndex, readSearchDocuments, searchCatalogue, searchIndexFor, textVersion, type SearchDocument, type SearchIndex,
} from '../src/search/index.ts';
import { openStore } from '../src/store/index.ts';
import { timed as timedRuns } from './timing.ts';

const RUNS = 5;
/** {@link timedRuns} over {@link RUNS} runs. */
const timed = <T>(f: () => T | Promise<T>) => timedRuns(f, RUNS);
const QUERY_RUNS = 50;
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh-Hans', 'ne', 'bn'];
/** Typed queries: one or two words per language, a misspelt one, and codes in ASCII and Bengali digits. */
const QUERIES: [string, string][] = [
  ['en', 'poverty'], ['en', 'mortality rate'], ['en', 'bureau statistics'], ['en', 'edu'], ['fr', 'pauvrete'],
  ['fr', 'mortalité enfants'], ['es', 'pobreza'], ['ar', 'الفقر'], ['ar', 'وَفَيَات الأَطْفَال'], ['ru', 'нищеты'],
  ['zh-Hans', '贫困'], ['ne', 'गरिबी'], ['bn', 'দারিদ্র্য'], ['bn', 'mortality'], ['en', 'mortallity'], ['en', '3.2.1'],
  ['bn', '৩.২'], ['en', '11'],
];

const gc = (globalThis as { gc?: () => void }).gc;
console.log(`Search over the bundled Bangladesh data; Node ${process.version}, ICU ${process.versions.icu}, ${cpus().length} cores${gc ? '' : ' (run with --expose-gc for heap figures)'}\n`);
const work = mkdtempSync(join(tmpdir(), 'sdg-bench-search-'));
const store = openStore(`file:${join(work, 'bench.db')}`);
try {
  await prepareStore(store);
  await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);

  console.log('language  documents  words   read ms  build ms   JSON KB   heap MB');
  const indexes = new Map<string, SearchIndex>();
  const documents = new Map<string, SearchDocument[]>();
  let totalBuild = 0, totalHeap = 0, totalJson = 0;
  for (const lang of LANGUAGES) {
    const read = await timed(() => readSearchDocuments(store.db, lang));
    const build = await timed(() => buildSearchIndex(lang, read.value));
    const heap = heapHeld(() => buildSearchIndex(lang, read.value));
    const json = JSON.stringify(build.value.index).length / 1024;
    indexes.set(lang, build.value);
    documents.set(lang, read.value);
    totalBuild += build.ms; totalHeap += heap; totalJson += json;
    console.log(`${lang.padEnd(9)} ${String(build.value.index.documentCount).padStart(9)} ${String(build.value.termCount).padStart(6)} ` +
      `${read.ms.toFixed(1).padStart(9)} ${build.ms.toFixed(1).padStart(9)} ${json.toFixed(0).padStart(9)} ${heap.toFixed(2).padStart(9)}`);
  }
  console.log(`${'all'.padEnd(9)} ${' '.repeat(26)} ${totalBuild.toFixed(1).padStart(9)} ${totalJson.toFixed(0).padStart(9)} ${gc ? totalHeap.toFixed(2).padStart(9) : ''}\n`);

  for (const lang of LANGUAGES) await searchIndexFor(store.db, lang);
  const version = await spread(() => textVersion(store.db));
  console.log(`textVersion (checked on every search): median ${version.median.toFixed(2)} ms, p95 ${version.p95.toFixed(2)} ms\n`);

  console.log(`${'query'.padEnd(28)} hits  index ms (p95)   search ms (p95)   scan ms (p95)  scan hits`);
  for (const [lang, q] of QUERIES) {
    const own = indexes.get(lang)!;
    const index = await spread(() => queryIndex(own, q).length + (lang === 'en' ? 0 : queryIndex(indexes.get('en')!, q).length));
    const whole = await spread(async () => (await searchCatalogue(store.db, { q, lang, limit: 20 })).total);
    const scan = await spread(() => substringScan([...documents.get(lang)!, ...(lang === 'en' ? [] : documents.get('en')!)], q));
    const cell = (s: { median: number; p95: number }) => `${s.median.toFixed(2).padStart(7)} (${s.p95.toFixed(2).padStart(5)})`;
    console.log(`${`${lang}: ${q}`.padEnd(28)} ${String(whole.value).padStart(4)}  ${cell(index)}   ${cell(whole)}  ${cell(scan)}  ${String(scan.value).padStart(9)}`);
  }
  console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await store.close();
  rmSync(work, { recursive: true, force: true });
}

/** The baseline: documents any of whose fields holds `q`, case folded, as a substring. */
function substringScan(docs: SearchDocument[], q: string): number {
  const needle = q.toLowerCase();
  return docs.filter((d) => [d.codes, d.title, d.short, d.series, ...Object.values(d.metadata)].some((text) => text.toLowerCase().includes(needle))).length;
}

/** Megabytes of heap a value made by `make` holds while it is kept (0 without --expose-gc). */
function heapHeld(make: () => unknown): number {
  if (!gc) return 0;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (!kept) throw new Error('nothing built');
  return (after - before) / 1024 / 1024;
}

/** Runs `f` once to warm up, then {@link QUERY_RUNS} times; the median and 95th percentile times and the last value. */
async function spread<T>(f: () => T | Promise<T>): Promise<{ median: number; p95: number; value: T }> {
  let value = await f();
  const times: number[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) {
    const started = performance.now();
    value = await f();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(QUERY_RUNS / 2)]!, p95: times[Math.floor(QUERY_RUNS * 0.95)]!, value };
}
