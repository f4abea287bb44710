import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `src/cli/index.ts` lives. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A running `sdg-tracker serve` process: its base URL (`http://127.0.0.1:<port>`) and how to stop it. */
export interface ServerProcess {
  base: string;
  pid: number;
  /** What the process wrote to standard error so far (warnings, the start line). */
  stderr: () => string;
  /** Sends SIGTERM (SIGKILL after 5 s) and waits for the process to exit. */
  stop: () => Promise<void>;
}

/**
 * Starts `node --import tsx src/cli/index.ts serve` on a free port of 127.0.0.1 over the database given
 * (`DATABASE_URL`), with LOG_LEVEL=warn and no public site, and waits until it answers `GET /api/v1/site`.
 * @throws Error with the process's standard error when it exits or does not answer within `timeoutMs`.
 */
export async function startServer(databaseUrl: string, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WEB_ROOT: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const server: ServerProcess = { base: `http://127.0.0.1:${port}`, pid: child.pid!, stderr: () => stderr, stop: () => stopProcess(child) };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}):\n${stderr}`);
    if (Date.now() - started > timeoutMs) {
      await server.stop();
      throw new Error(`the server did not answer on port ${port} within ${timeoutMs} ms:\n${stderr}`);
    }
    try {
      if ((await fetch(`${server.base}/api/v1/site`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A TCP port of 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
