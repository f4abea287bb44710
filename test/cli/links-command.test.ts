import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../src/store/index.ts';
import { observation, year } from '../support/builders.ts';
import { seedBangladesh, UNDER_FIVE_MORTALITY } from '../support/country-seed.ts';
import { freshStore } from '../support/stores.ts';

/**
 * Bangladesh 2015–2020: under-five mortality (3.2.1, desired decrease) 40, 38, 36, 35, 33, 30 and electricity
 * (7.1.1, desired increase) 60, 62, 65, 66, 70, 72 — aligned, both rise every year: ρ = 1, a synergy over 6 years.
 */
async function seed(store: Store): Promise<void> {
  const u5 = [40, 38, 36, 35, 33, 30], elc = [60, 62, 65, 66, 70, 72];
  await seedBangladesh(store, 'test:links', [
    UNDER_FIVE_MORTALITY,
    { code: 'EG_ELC_ACCS', name: 'Access to electricity', unit: 'PERCENT', indicators: [{ indicatorId: '7.1.1', relation: 'measures' }] },
  ], [
    ...u5.map((value, i) => observation({ period: year(String(2015 + i)), value })),
    ...elc.map((value, i) => observation({ series: 'EG_ELC_ACCS', unit: 'PERCENT', period: year(String(2015 + i)), value })),
  ]);
}

function cli(url: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'links', ...args], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: url },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sdg-tracker links', () => {
  let url: string;
  let dispose: () => Promise<void>;
  before(async () => {
    let store: Store;
    ({ store, url, dispose } = await freshStore('sqlite'));
    await seed(store);
    await store.close();
  });
  after(async () => dispose());

  it('--json prints the mortality–electricity pair as a synergy with ρ = 1, p = 2/6! = 0.0028, n = 6', () => {
    const r = cli(url, '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.pairs, [{ a: '3.2.1', b: '7.1.1', rho: 1, p: 2 / 720, n: 6, shared: 6, class: 'synergy' }]);
    assert.deepEqual(out.counts, { indicators: 2, pairs: 1, synergy: 1, trade_off: 0, unclassified: 0, tooFewPoints: 0, constantSeries: 0 });
  });

  it('prints a table with a line of counts, and --min-years 7 leaves the six-year pair out', () => {
    const table = cli(url);
    assert.equal(table.status, 0, table.stderr);
    assert.match(table.stdout, /^indicator\s+partner\s+rho\s+p\s+n\s+class\n3\.2\.1\s+7\.1\.1\s+1\.000\s+0\.0028\s+6\s+synergy\n/);
    assert.match(table.stdout, /1 pairs of 2 indicators \(5\+ shared years\): 1 synergies, 0 trade-offs, 0 unclassified/);
    const strict = JSON.parse(cli(url, '--json', '--min-years', '7').stdout);
    assert.equal(strict.counts.tooFewPoints, 1);
  });

  it('--difference correlates the five yearly changes: aligned 2, 2, 1, 2, 3 against 2, 3, 1, 4, 2 → ρ = 0.344, unclassified', () => {
    // Midranks 3, 3, 1, 3, 5 against 2.5, 4, 1, 5, 2.5, both means 3: Sxy = 0·(−0.5) + 0·1 + (−2)(−2) + 0·2 + 2·(−0.5) = 3;
    // Sxx = 4 + 4 = 8; Syy = 0.25 + 1 + 4 + 4 + 0.25 = 9.5 → ρ = 3/√76 = 0.3441 (p ≈ 0.57 on 3 df).
    const out = JSON.parse(cli(url, '--json', '--difference').stdout);
    assert.equal(out.pairs[0].class, 'unclassified');
    assert.ok(Math.abs(out.pairs[0].rho - 3 / Math.sqrt(76)) < 1e-9, String(out.pairs[0].rho));
  });

  it('refuses --min-years 2 naming the value', () => {
    const r = cli(url, '--min-years', '2');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /--min-years: "2" is not a whole number of at least 3/);
  });
});
