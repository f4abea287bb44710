import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const GBR = join(import.meta.dirname, '..', '..', 'fixtures', 'opensdg', 'GBR');

function cli(url: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: url },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sdg-tracker export opensdg', { timeout: 120_000 }, () => {
  let dir: string;
  let url: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'export-command-'));
    url = `file:${join(dir, 'uk.db')}`;
    const init = cli(url, 'init', '--country', 'GBR', '--from', GBR, '--progress', 'none');
    assert.equal(init.status, 0, init.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('export opensdg <folder> --json prints the report and writes the repository: 28 observations in 14 data files of 17 indicators', () => {
    const r = cli(url, 'export', 'opensdg', join(dir, 'out'), '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      languages: ['en'], indicators: 17, dataFiles: 14, metadataFiles: 12, observations: 28, notes: [],
    });
    assert.ok(existsSync(join(dir, 'out', 'config_data.yml')));
    assert.equal(readFileSync(join(dir, 'out', 'data', 'indicator_1-2-1.csv'), 'utf8').split('\n')[0], 'Year,Units,Age,Sex,Unit multiplier,Observation status,Value');
  });

  it('export opensdg into a folder that is not empty exits 1 with one line naming the folder, writing nothing', () => {
    const r = cli(url, 'export', 'opensdg', join(dir, 'out'), '--progress', 'none');
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `sdg-tracker: ${join(dir, 'out')} is not empty: export into a new or empty folder\n`);
  });

  it('export opensdg --json into a folder that is not empty prints {"error"} naming the folder on stdout, as import --json does, and exits 1', () => {
    const r = cli(url, 'export', 'opensdg', join(dir, 'out'), '--json');
    assert.equal(r.status, 1);
    assert.deepEqual(JSON.parse(r.stdout), { error: `${join(dir, 'out')} is not empty: export into a new or empty folder` });
    assert.equal(r.stderr, `sdg-tracker: ${join(dir, 'out')} is not empty: export into a new or empty folder\n`);
  });

  it('export opensdg --progress plain prints progress lines and a summary on stderr, nothing on stdout', () => {
    const r = cli(url, 'export', 'opensdg', join(dir, 'plain'), '--progress', 'plain');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Exporting to .*: 17\/17 indicators, 28 observations/);
    assert.match(r.stderr, /Open SDG export to .*: 17 indicators, 14 data files, 12 metadata files, 28 observations, languages en \(\d+\.\d s\)\n$/);
  });
});
