import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { subscribe } from '../../src/federation/index.ts';
import { listInnovationCases } from '../../src/store/index.ts';
import { freshStore } from '../support/stores.ts';
import { feedCase, feedServer, page } from './feed-server.ts';

/** Runs `sdg-tracker <args>` in a fresh Node process on the database; answers exit code and standard output. */
function run(databaseUrl: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('sdg-tracker federation sync', () => {
  let fresh: Awaited<ReturnType<typeof freshStore>>;
  let server: Awaited<ReturnType<typeof feedServer>>;
  before(async () => {
    fresh = await freshStore('sqlite');
    await prepareStore(fresh.store);
    server = await feedServer();
    server.json('/api/v1/federation/feed', page([{ id: 'births', updatedAt: '2026-11-01T00:00:00Z', status: 'published', case: feedCase() }]));
    server.on('/broken', (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html></html>'); });
    await fresh.store.db.transaction().execute((trx) => subscribe(trx, { feedUrl: server.url('/api/v1/federation/feed'), userId: null, at: '2026-11-29T00:00:00Z' }));
  });
  after(async () => { await server?.close(); await fresh?.dispose(); });

  it('--json prints one report per feed and exits 0 when every feed was read', async () => {
    const r = await run(fresh.url, ['federation', 'sync', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { feeds: { status: string; counts: Record<string, number> }[] };
    assert.deepEqual(out.feeds.map((f) => [f.status, f.counts]), [['ok', { added: 1, updated: 0, withdrawn: 0, unchanged: 0 }]]);
    assert.equal((await listInnovationCases(fresh.store.db)).total, 1);
  });

  it('prints a line per feed, tries every feed and exits 1 when one was refused', async () => {
    await fresh.store.db.transaction().execute((trx) => subscribe(trx, { feedUrl: server.url('/broken'), userId: null, at: '2026-11-29T00:00:00Z' }));
    const r = await run(fresh.url, ['federation', 'sync']);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /feed: ok: 0 added, 0 updated, 0 withdrawn, 1 unchanged$/);
    assert.match(lines[1]!, /\/broken: error: feed .*answered text\/html, not JSON$/);
  });
});
