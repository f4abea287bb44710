/**
 * `npm run bench:upload [-- 5000 20000 100000]`: what a large upload costs the server, through real HTTP on a real
 * listening server (`sdg-tracker serve` in its own process). See bench/README.md for what the figures mean.
 *
 * 1. seeds one SQLite store as `init` does (the UN framework and the bundled Bangladesh data), gives indicator 4.2.2
 *    (participation in organised learning, SE_PRE_PARTN, by sex, percent) a `yoy_change` rule (10%) and a `parts_sum`
 *    rule (SEX), both warnings, and signs in a provider of its lead organisation (MOPME);
 * 2. for each size, copies that store, starts a server over the copy, opens 4.2.2's submission and measures:
 *    - the baseline: the worst of 40 `GET /api/v1/site`, one every 50 ms, on the idle server;
 *    - the dry run of a template CSV of that many rows (`mode=replace`), while `GET /api/v1/site` is sent every 50 ms:
 *      its time, its answer's size, the worst latency of those GETs and its ratio to the baseline;
 *    - the confirm of the same file with the dry run's digest (time, worst public GET meanwhile);
 *    - the reviewer's view, `GET /submissions/{id}` (time, answer size);
 *    - the server's resident memory idle, its peak (VmHWM) after the dry run and at the end, and its resident memory
 *      2 s after the last request (VmRSS);
 * 3. prints one table: a line per figure, a column per size.
 *
 * The rows are synthetic: every reference area (Bangladesh, 8 divisions, 64 districts), SEX `F`, `M`, `_T`, as many
 * years as the size needs ending in 2030, values from a seeded generator between 40 and 90 percent.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareStore } from '../src/cli/prepare-store.ts';
import { BUNDLED_COUNTRY_DIR, loadCountryBundle } from '../src/ingest/country-bundle/index.ts';
import { listAreas, openStore } from '../src/store/index.ts';
import { createRule } from '../src/workflow/validation/index.ts';
import { signIn, type SignedIn } from '../test/support/auth.ts';
import { startServer } from '../test/support/server-process.ts';

const INDICATOR = '4.2.2';
const SERIES = 'SE_PRE_PARTN';
const ORGANISATION = 'MOPME';
const POLL_MS = 50;
const BASELINE_REQUESTS = 40;
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [5_000, 20_000, 100_000];

console.log(`Upload dry run, confirm and review of ${INDICATOR} (${SERIES}, rules yoy_change 10% and parts_sum SEX); Node ${process.version}, ${cpus().length} cores\n`);
const work = mkdtempSync(join(tmpdir(), 'sdg-bench-upload-'));
try {
  const seeded = join(work, 'seeded.db');
  const { provider, reviewer, areas } = await seed(seeded);
  const figures: Record<string, Record<string, number>> = {};
  for (const size of SIZES) {
    const file = join(work, `run-${size}.db`);
    copyFileSync(seeded, file);
    for (const [figure, value] of Object.entries(await measure(file, size, templateCsv(size, areas), provider, reviewer))) {
      (figures[figure] ??= {})[`${size.toLocaleString('en')} rows`] = value;
    }
    rmSync(file, { force: true });
  }
  console.table(figures);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Seeds the store file as `init` does, with 4.2.2's rules and two signed-in users. */
async function seed(file: string): Promise<{ provider: SignedIn; reviewer: SignedIn; areas: string[] }> {
  const store = openStore(`file:${file}`);
  try {
    await prepareStore(store);
    await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);
    const admin = await signIn(store.db, 'admin', [], 'bench-admin');
    await createRule(store.db, INDICATOR, { kind: 'yoy_change', severity: 'warning', series: null, unit: null, params: { maxPercent: 10 } }, admin.userId);
    await createRule(store.db, INDICATOR, { kind: 'parts_sum', severity: 'warning', series: null, unit: null, params: { dimension: 'SEX' } }, admin.userId);
    const provider = await signIn(store.db, 'provider', [ORGANISATION], 'bench-provider');
    const reviewer = await signIn(store.db, 'reviewer', [], 'bench-reviewer');
    return { provider, reviewer, areas: (await listAreas(store.db)).map((a) => a.code) };
  } finally {
    await store.close();
  }
}

/** One size on a fresh server over its own copy of the store: the figures of one table row. */
async function measure(file: string, size: number, csv: string, provider: SignedIn, reviewer: SignedIn): Promise<Record<string, number>> {
  const server = await startServer(`file:${file}`);
  try {
    const opened = await send(server.base, 'POST', `/api/v1/indicators/${INDICATOR}/submission`, provider, json({}));
    const id = (JSON.parse(opened.text) as { data: { id: number } }).data.id;
    const idle = await pollWhile(server.base, new Promise((r) => setTimeout(r, BASELINE_REQUESTS * POLL_MS)));
    const before = residentMemory(server.pid);
    const body = form(csv);
    const upload = (query: string) => send(server.base, 'POST', `/api/v1/submissions/${id}/uploads?mode=replace${query}`, provider, body);
    const dry = await timed(server.base, () => upload(''));
    const plan = (JSON.parse(dry.answer.text) as { data: DryRunAnswer }).data;
    const afterDryRun = residentMemory(server.pid);
    const confirm = await timed(server.base, () => upload(`&confirm=${plan.digest}`));
    const detail = await timed(server.base, () => send(server.base, 'GET', `/api/v1/submissions/${id}`, reviewer));
    await new Promise((r) => setTimeout(r, 2000));
    const memory = residentMemory(server.pid);
    return {
      'file MB': mb(Buffer.byteLength(csv)), warnings: plan.issueCounts?.warnings ?? plan.issues.filter((i) => i.severity === 'warning').length,
      'dry run s': seconds(dry.ms), 'dry run answer KB': kb(dry.answer.bytes), 'confirm s': seconds(confirm.ms),
      'detail s': seconds(detail.ms), 'detail answer KB': kb(detail.answer.bytes),
      'RSS idle MB': before.now, 'peak RSS by the dry run MB': afterDryRun.peak, 'peak RSS MB': memory.peak, 'RSS 2 s after MB': memory.now,
      'idle GET worst ms': ms(idle.worst), 'GET during dry run worst ms': ms(dry.worstGet),
      ratio: Number((dry.worstGet / idle.worst).toFixed(1)), 'GET during confirm worst ms': ms(confirm.worstGet),
    };
  } finally {
    await server.stop();
  }
}

/** Awaits a request while polling the public site every 50 ms; its time and the worst public GET meanwhile. */
async function timed(base: string, send: () => Promise<Answer>): Promise<{ answer: Answer; ms: number; worstGet: number }> {
  const started = performance.now();
  const request = send();
  let ms = 0;
  const polled = await pollWhile(base, request.then((a) => { ms = performance.now() - started; return a; }));
  const answer = await request;
  if (answer.status !== 200) throw new Error(`${answer.status}: ${answer.text.slice(0, 500)}`);
  return { answer, ms, worstGet: polled.worst };
}

/** Sends `GET /api/v1/site` every 50 ms until `until` settles (and the GETs sent have answered); the worst latency. */
async function pollWhile(base: string, until: Promise<unknown>): Promise<{ worst: number; count: number }> {
  let done = false;
  const latencies: Promise<number>[] = [];
  const timer = setInterval(() => {
    if (done) return;
    const sent = performance.now();
    latencies.push(send(base, 'GET', '/api/v1/site').then(() => performance.now() - sent, () => performance.now() - sent));
  }, POLL_MS);
  try {
    await until;
  } finally {
    done = true;
    clearInterval(timer);
  }
  const all = await Promise.all(latencies);
  return { worst: Math.max(0, ...all), count: all.length };
}

interface Answer { status: number; text: string; bytes: number }

/** What the bench reads of a dry run's answer (answers before the lists were bounded had no issueCounts). */
interface DryRunAnswer { digest: string; issueCounts?: { warnings: number }; issues: { severity: string }[] }

/** A request body and its content type. */
interface Body { type: string; bytes: Buffer }

/**
 * One request, as a signed-in user when `who` is given (session cookie, CSRF token), through node:http on a fresh
 * connection and without a time limit (a blocked server is waited for, however long); the answer's status, text and
 * size in bytes.
 */
function send(base: string, method: string, path: string, who?: SignedIn, body?: Body): Promise<Answer> {
  const headers: Record<string, string | number> = { ...who?.headers };
  if (body) Object.assign(headers, { 'content-type': body.type, 'content-length': body.bytes.length });
  return new Promise((resolve, reject) => {
    const req = httpRequest(base + path, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, text: bytes.toString('utf8'), bytes: bytes.length });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body?.bytes);
  });
}

function json(value: unknown): Body {
  return { type: 'application/json', bytes: Buffer.from(JSON.stringify(value)) };
}

/** A multipart/form-data body holding the CSV as its one file, as the upload page sends it. */
function form(csv: string): Body {
  const boundary = '----sdg-tracker-bench-upload';
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    bytes: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${INDICATOR}-upload.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      Buffer.from(csv), Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

/**
 * The template CSV of `rows` rows: every area, SEX F, M, _T, years counting back from 2030 as far as the size needs,
 * values 40–90 from a seeded generator (mulberry32), so each run uploads the same file.
 */
function templateCsv(rows: number, areas: string[]): string {
  const random = seeded(422);
  const perYear = areas.length * 3;
  const firstYear = 2030 - Math.ceil(rows / perYear) + 1;
  const lines = ['TIME_PERIOD,SERIES,UNIT_MEASURE,UNIT_MULT,REF_AREA,SEX,OBS_VALUE,OBS_STATUS,NATURE,SOURCE_DETAIL,COMMENT_OBS'];
  for (let i = 0; i < rows; i++) {
    const year = firstYear + Math.floor(i / perYear);
    const area = areas[Math.floor(i / 3) % areas.length]!;
    const sex = ['F', 'M', '_T'][i % 3]!;
    lines.push(`${year},${SERIES},PERCENT,,${area},${sex},${Math.round((40 + random() * 50) * 1000) / 1000},,E,,`);
  }
  return `\uFEFF${lines.join('\n')}\n`;
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The server process's peak (VmHWM) and current (VmRSS) resident memory, in MB. */
function residentMemory(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Math.round(Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024);
  return { peak: field('VmHWM'), now: field('VmRSS') };
}

function seconds(n: number): number {
  return Math.round(n / 10) / 100;
}

function ms(n: number): number {
  return Math.round(n * 10) / 10;
}

function kb(bytes: number): number {
  return Math.round(bytes / 1024);
}

function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 102.4) / 10;
}
