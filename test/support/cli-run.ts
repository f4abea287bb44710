import { spawn } from 'node:child_process';

/**
 * Runs `sdg-tracker <args>` as the package does (a fresh Node process over src/cli/index.ts) on `databaseUrl`, and
 * gives its exit code, standard error and how long it took in milliseconds.
 */
export function sdgTracker(databaseUrl: string, args: string[]): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}
