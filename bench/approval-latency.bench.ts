/**
 * `npm run bench:approval`: how long after a reviewer sends the approval a value is public, through real HTTP on a
 * real listening server (`sdg-tracker serve` in its own process). See bench/README.md for what the figures mean.
 *
 * For each store (SQLite in a temporary file always; PostgreSQL too when DATABASE_URL is `postgres://…`, in a
 * throw-away database created on that server and dropped afterwards):
 * 1. seeds the store as the workflow tests do (framework, Bangladesh's under-five mortality 3.2.1, the Health Services
 *    Division leading it, a provider and a reviewer) and starts a server process over it;
 * 2. runs 2 unmeasured warm-up rounds, then 20 measured ones: the provider opens 3.2.1's submission, saves a value for
 *    a year of its own and submits; then the clock starts as the reviewer's approve request is sent, while one client
 *    polls the public `GET /api/v1/indicators/3.2.1/observations` for that year back to back, and stops when an answer
 *    first carries the value;
 * 3. times 200 bare GETs of the same route as the baseline;
 * 4. prints median, p90 and max of the latency, the median approve round trip, the baseline median and the ratio.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../src/store/index.ts';
import { signIn, TEST_PASSWORD } from '../test/support/auth.ts';
import { call, logIn, type HttpSession } from '../test/support/http-client.ts';
import { startServer } from '../test/support/server-process.ts';
import { withDatabase } from '../test/support/stores.ts';
import { INDICATOR, RESPONSIBLE_ORG, seedWorkflowData, valueEntry } from '../test/support/workflow-seed.ts';

const RUNS = 20;
const WARM_UP = 2;
const BASELINE_REQUESTS = 200;

console.log(`Approval to public value, ${RUNS} runs per store (after ${WARM_UP} warm-up runs); Node ${process.version}, ${cpus().length} cores\n`);
const work = mkdtempSync(join(tmpdir(), 'sdg-bench-approval-'));
try {
  await benchStore('SQLite (default store, WAL file)', `file:${join(work, 'bench.db')}`);
  const url = process.env.DATABASE_URL;
  if (url?.startsWith('postgres://') || url?.startsWith('postgresql://')) {
    const name = `sdg_bench_${process.pid}`;
    await adminQuery(url, `CREATE DATABASE ${name}`);
    try {
      await benchStore(`PostgreSQL (${new URL(url).host || 'local socket'}, throw-away database ${name})`, withDatabase(url, name));
    } finally {
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } else {
    console.log('PostgreSQL: skipped (set DATABASE_URL=postgres://… to measure it too)');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Seeds a store at `databaseUrl`, serves it from a child process and prints its figures. */
async function benchStore(label: string, databaseUrl: string): Promise<void> {
  const store = openStore(databaseUrl);
  await seedWorkflowData(store);
  await signIn(store.db, 'provider', [RESPONSIBLE_ORG], 'bench-provider');
  await signIn(store.db, 'reviewer', [], 'bench-reviewer');
  await store.close();
  const server = await startServer(databaseUrl);
  try {
    const provider = await session(server.base, 'bench-provider');
    const reviewer = await session(server.base, 'bench-reviewer');
    const latencies: number[] = [];
    const approvals: number[] = [];
    const polls: number[] = [];
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const result = await approveAndWatch(server.base, provider, reviewer, String(1990 + run), 20 + run / 10);
      if (run < WARM_UP) continue;
      latencies.push(result.publicMs);
      approvals.push(result.approveMs);
      polls.push(result.polls);
    }
    const baseline: number[] = [];
    for (let i = 0; i < BASELINE_REQUESTS; i++) {
      const started = performance.now();
      const r = await call(server.base, 'GET', observationsOf('1990'));
      baseline.push(performance.now() - started);
      if (r.status !== 200) throw new Error(`baseline GET: ${r.status} ${JSON.stringify(r.body)}`);
    }
    const bare = median(baseline);
    console.log(label);
    console.table({
      'approve sent → value first public': { median: ms(median(latencies)), p90: ms(percentile(latencies, 0.9)), max: ms(Math.max(...latencies)) },
      'approve request round trip': { median: ms(median(approvals)), p90: ms(percentile(approvals, 0.9)), max: ms(Math.max(...approvals)) },
      [`bare GET of the route (${BASELINE_REQUESTS} requests)`]: { median: ms(bare), p90: ms(percentile(baseline, 0.9)), max: ms(Math.max(...baseline)) },
    });
    console.log(`ratio median latency / median bare GET: ${(median(latencies) / bare).toFixed(1)}; polls per run: median ${median(polls)}\n`);
  } finally {
    await server.stop();
  }
}

/**
 * One round: the provider saves `value` for `year` and submits; the reviewer's approval is sent and the public route
 * polled back to back until it answers the value. Times in milliseconds from sending the approval.
 */
async function approveAndWatch(base: string, provider: HttpSession, reviewer: HttpSession, year: string, value: number): Promise<{ publicMs: number; approveMs: number; polls: number }> {
  const opened = data(await call(base, 'POST', `/api/v1/indicators/${INDICATOR}/submission`, { session: provider, body: {} }), 'open');
  const saved = data(await call(base, 'PUT', `/api/v1/submissions/${opened.id}/changes`, { session: provider, body: { changes: [valueEntry(year, value)] } }), 'save');
  const submitted = data(await call(base, 'POST', `/api/v1/submissions/${opened.id}/submit`, { session: provider, body: { revision: saved.submission.revision } }), 'submit');
  const url = observationsOf(year);
  const started = performance.now();
  let approveMs = Number.NaN;
  const approval = call(base, 'POST', `/api/v1/submissions/${opened.id}/approve`, { session: reviewer, body: { revision: submitted.revision } })
    .then((r) => { approveMs = performance.now() - started; return r; });
  let polls = 0;
  let publicMs = Number.NaN;
  for (;;) {
    const r = await call(base, 'GET', url);
    polls++;
    if (r.status !== 200) throw new Error(`GET ${url}: ${r.status} ${JSON.stringify(r.body)}`);
    if ((r.body.data as { value: number }[]).some((o) => o.value === value)) {
      publicMs = performance.now() - started;
      break;
    }
    if (performance.now() - started > 30_000) throw new Error(`the value ${value} for ${year} was not public 30 s after the approval`);
  }
  data(await approval, 'approve');
  return { publicMs, approveMs, polls };
}

/** The public observations of 3.2.1's total for one year. */
function observationsOf(year: string): string {
  return `/api/v1/indicators/${INDICATOR}/observations?SEX=_T&from=${year}&to=${year}`;
}

async function session(base: string, username: string): Promise<HttpSession> {
  const r = await logIn(base, username, TEST_PASSWORD);
  if (!r.session) throw new Error(`log-in of ${username}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.session;
}

/** The `data` of a 2xx answer. @throws Error naming the step and the answer otherwise. */
function data(r: { status: number; body: any }, step: string): any {
  if (r.status < 200 || r.status >= 300) throw new Error(`${step}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.data;
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

/** Nearest-rank percentile: the smallest value with at least `p` of the values at or below it. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

function ms(n: number): number {
  return Math.round(n * 10) / 10;
}
