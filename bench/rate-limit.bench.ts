/**
 * `npm run bench:http`: what the per-client rate limit costs a request, and how many repeated requests the ETags turn
 * into 304s. In one process, through `app.inject` (no network), over the framework and the bundled Bangladesh data:
 *
 * For each store (SQLite in a temporary file always; PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is
 * `postgres://…`, in a throw-away database created on that server and dropped afterwards):
 * 1. builds two apps over the same store, one without limits and one with limits too high to refuse anything, so
 *    the second pays exactly one upsert into `rate_limits` a request (100 client addresses in turn, TRUST_PROXY on);
 * 2. after a warm-up, times 5 interleaved rounds of 1,000 requests to each app for `GET /api/v1/site` (the cheapest
 *    route) and `GET /api/v1/goals`, and prints the median per-request time of each, the difference and the ratio;
 * 3. replays 20 public reads with the ETags of their first answers and prints the share answered 304, and the median
 *    time of a 304 against a 200 for `/goals`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app.ts';
import { initBundledCountry } from '../src/cli/init.ts';
import { prepareStore } from '../src/cli/prepare-store.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { withDatabase } from '../test/support/stores.ts';

const ROUNDS = 5;
const PER_ROUND = 1000;
const WARM_UP = 300;
const CLIENTS = 100;
const REPLAYED = [
  '/api/v1/site', '/api/v1/goals', '/api/v1/goals/3', '/api/v1/goals/5', '/api/v1/indicators', '/api/v1/indicators?goal=3',
  '/api/v1/indicators/3.2.1', '/api/v1/indicators/3.2.1/observations?series=SH_DYN_MORT', '/api/v1/areas', '/api/v1/reporting-status',
  '/api/v1/availability', '/api/v1/progress/methods', '/api/v1/progress/snapshot', '/api/v1/progress/indicators', '/api/v1/progress/off-track',
  '/api/v1/gaps', '/api/v1/interlinkages?limit=50', '/api/v1/scorecard', '/api/v1/organisations', '/api/v1/indicators/5.b.1',
];

async function main(): Promise<void> {
  const stores: { name: string; open: () => Promise<{ store: Store; drop: () => Promise<void> }> }[] = [{ name: 'SQLite', open: sqliteStore }];
  const pgUrl = [process.env.DATABASE_URL, process.env.TEST_DATABASE_URL].find((u) => u && /^postgres(ql)?:\/\//.test(u));
  if (pgUrl) stores.push({ name: 'PostgreSQL', open: () => postgresStore(pgUrl) });
  else console.log('PostgreSQL: skipped (set DATABASE_URL=postgres://… to measure it)');
  for (const { name, open } of stores) {
    const { store, drop } = await open();
    try {
      await prepareStore(store);
      await initBundledCountry(store, 'none');
      await measure(name, store);
    } finally {
      await drop();
    }
  }
}

async function measure(name: string, store: Store): Promise<void> {
  const base = { logLevel: 'silent' as const, webRoot: '/nonexistent', trustProxy: true };
  const plain = await buildApp({ store, config: base });
  const limited = await buildApp({ store, config: { ...base, rateLimits: { reads: 1e9, expensive: 1e9, windowMs: 60_000 } } });
  console.log(`\n${name}`);
  for (const url of ['/api/v1/site', '/api/v1/goals']) {
    await timeRequests(plain, url, WARM_UP);
    await timeRequests(limited, url, WARM_UP);
    const without: number[] = [];
    const withLimit: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      without.push(await timeRequests(plain, url, PER_ROUND));
      withLimit.push(await timeRequests(limited, url, PER_ROUND));
    }
    const a = median(without);
    const b = median(withLimit);
    console.log(`  ${url.padEnd(16)} without limit ${us(a)}  with limit ${us(b)}  cost ${us(b - a)} a request  ratio ${(b / a).toFixed(2)}×`);
  }
  await replay(plain);
  await plain.close();
  await limited.close();
}

/** Median microseconds a request of `n` sequential requests to `url`, each from the next of CLIENTS addresses. */
async function timeRequests(app: FastifyInstance, url: string, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = process.hrtime.bigint();
    const r = await app.inject({ url, headers: { 'x-forwarded-for': `198.51.100.${i % CLIENTS}` } });
    times.push(Number(process.hrtime.bigint() - started) / 1000);
    if (r.statusCode !== 200) throw new Error(`${url} answered ${r.statusCode}: ${r.body.slice(0, 200)}`);
  }
  return median(times);
}

/** Replays the public reads with their ETags; prints the 304 share and a 304's time against a 200's. */
async function replay(app: FastifyInstance): Promise<void> {
  const tags = new Map<string, string>();
  for (const url of REPLAYED) {
    const r = await app.inject(url);
    if (r.statusCode === 200 && r.headers.etag) tags.set(url, String(r.headers.etag));
  }
  let notModified = 0;
  for (const url of REPLAYED) {
    const r = await app.inject({ url, headers: tags.has(url) ? { 'if-none-match': tags.get(url)! } : {} });
    if (r.statusCode === 304) notModified++;
  }
  const full: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < 200; i++) {
    let t = process.hrtime.bigint();
    await app.inject('/api/v1/goals');
    full.push(Number(process.hrtime.bigint() - t) / 1000);
    t = process.hrtime.bigint();
    await app.inject({ url: '/api/v1/goals', headers: { 'if-none-match': tags.get('/api/v1/goals')! } });
    cached.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  console.log(`  repeated reads answered 304: ${notModified} of ${REPLAYED.length} (${Math.round((100 * notModified) / REPLAYED.length)} %); `
    + `/goals 200 ${us(median(full))}, 304 ${us(median(cached))} (the body is still built to compare its hash)`);
}

async function sqliteStore(): Promise<{ store: Store; drop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sdg-bench-http-'));
  const store = openStore(`file:${join(dir, 'bench.db')}`);
  return { store, drop: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function postgresStore(url: string): Promise<{ store: Store; drop: () => Promise<void> }> {
  const name = `bench_http_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const store = openStore(withDatabase(url, name));
  return {
    store,
    drop: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function us(micro: number): string {
  return `${micro.toFixed(0).padStart(5)} µs`;
}

await main();
