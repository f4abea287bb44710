#!/usr/bin/env node
/**
 * `npm test`: runs every test/**\/*.test.ts file with Node's test runner (through tsx).
 *
 * Unless TEST_DATABASE_URL is already set, it first starts a throw-away PostgreSQL server from Debian's binaries
 * (/usr/lib/postgresql/<version>/bin): a fresh cluster in a temp folder, trust auth, listening only on a unix socket
 * in that folder, fsync off. As root the server runs as the `postgres` user (PostgreSQL refuses root). The tests get
 * TEST_DATABASE_URL=postgres://postgres@localhost/postgres?host=<folder>; the server is stopped and the folder
 * deleted when the tests end, fail or are interrupted. Without PostgreSQL binaries the PostgreSQL cases are skipped
 * (each reports why).
 *
 * Output uses the spec reporter unless --test-reporter is given. Extra arguments are passed to the runner; arguments
 * that are not options replace the file list:
 *   npm test -- test/store/observations.test.ts
 *   npm test -- --test-name-pattern=LIKE
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const files = args.some((a) => !a.startsWith('-')) ? [] : testFiles('test');
const reporter = args.some((a) => a.startsWith('--test-reporter')) ? [] : ['--test-reporter=spec'];
let child = null;
let interrupted = null;
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { interrupted ??= signal; child?.kill(signal); });

const env = { ...process.env };
const postgres = env.TEST_DATABASE_URL ? null : await startPostgres();
if (postgres) env.TEST_DATABASE_URL = postgres.url;
if (interrupted) await finish(null, interrupted);

child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${availableParallelism()}`, ...reporter, ...args, ...files],
  { stdio: 'inherit', env },
);
child.on('exit', finish);

/** Stops the server, deletes its folder and exits with the runner's code (128 + signal number when interrupted). */
async function finish(code, signal) {
  await postgres?.stop();
  process.exit(code ?? 128 + (signal === 'SIGINT' ? 2 : 15));
}

/** Every *.test.ts file under `dir`, sorted. */
function testFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.test.ts') && !f.split('/').includes('node_modules'))
    .map((f) => join(dir, f))
    .sort();
}

/** Starts a throw-away server; returns its URL and a stop function, or null (with one line saying why) when it cannot. */
async function startPostgres() {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => b - a) : [];
  const bin = versions.map((v) => `/usr/lib/postgresql/${v}/bin`).find((b) => existsSync(`${b}/pg_ctl`));
  if (!bin) {
    console.log('PostgreSQL cases are skipped: no /usr/lib/postgresql/*/bin/pg_ctl (apt-get install postgresql) and TEST_DATABASE_URL is not set.');
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sdg-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  // As root, run each tool as `postgres`; the server itself stays our child so it is reaped when it exits.
  const command = (tool, toolArgs) => (process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', `${bin}/${tool}`, ...toolArgs]]
    : [`${bin}/${tool}`, toolArgs]);
  const run = (tool, toolArgs) => execFileSync(...command(tool, toolArgs), { stdio: ['ignore', 'pipe', 'pipe'] });
  let server;
  const running = () => server?.exitCode === null && server?.signalCode === null;
  const stop = async () => {
    if (running()) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      try { run('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']); } catch { server.kill(); }
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:', dir]);
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const settings = ['listen_addresses=', `unix_socket_directories=${dir}`, 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];
    const logFd = openSync(log, 'a');
    server = spawn(...command('postgres', ['-D', data, ...settings.flatMap((s) => ['-c', s])]), { stdio: ['ignore', logFd, logFd] });
    closeSync(logFd);
    for (let waited = 0; ; waited += 100) {
      if (!running() || waited > 30_000) throw new Error(`postgres ${running() ? 'did not start in 30 s' : 'exited'}`);
      try { run('pg_isready', ['-q', '-h', dir]); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
  } catch (error) {
    console.error(`Could not start PostgreSQL from ${bin}: ${error.stderr?.toString().trim() || error.message}`);
    if (existsSync(log)) console.error(readFileSync(log, 'utf8'));
    await stop();
    process.exit(1);
  }
  return { url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(dir)}`, stop };
}
