import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { progressInput } from '../../src/cli/assess.ts';

function assess(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'assess', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sdg-tracker assess', () => {
  it('prints one JSON object: unsd on 20 → 15 (2015–2022) against 10 in 2030 is fair progress, ratio 0.8916', () => {
    // actual (15/20)^(1/7) − 1 = −0.040264; required (10/20)^(1/15) − 1 = −0.045158; ratio 0.89163
    const r = assess('--method', 'unsd', '--direction', 'decrease', '--series', '2015=20,2022=15', '--target-value', '10', '--target-year', '2030');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { method: string; status: string; ratio: number; cagr: number };
    assert.deepEqual([out.method, out.status], ['unsd', 'fair_progress']);
    assert.ok(Math.abs(out.ratio - 0.89163) < 1e-4 && Math.abs(out.cagr + 0.040264) < 1e-5, r.stdout);
  });

  it('opensdg without a target: a 4.03 % yearly fall of a rate to be decreased scores 5, substantial progress', () => {
    // CAGR (15/20)^(1/7) − 1 = −4.03 %, above the 1.5 % "substantial" threshold in the desired direction
    const out = JSON.parse(assess('--method', 'opensdg', '--direction', 'decrease', '--series', '2015=20,2022=15').stdout) as { status: string; score: number };
    assert.deepEqual([out.status, out.score], ['substantial_progress', 5]);
  });

  it('refuses an unknown method, direction or point with one line naming the option and the value, exit 1', () => {
    const r = assess('--method', 'trend', '--direction', 'decrease', '--series', '2015=20');
    assert.deepEqual([r.status, r.stderr.trim()], [1, 'sdg-tracker: --method: "trend" is not one of opensdg, unsd, eurostat, escap-csi, escap-ap']);
    assert.throws(() => progressInput({ direction: 'down', series: '2015=1' }), /--direction: "down" is neither increase nor decrease/);
    assert.throws(() => progressInput({ direction: 'increase', series: '2015=1,2015=2' }), /--series: year 2015 is given twice/);
    assert.throws(() => progressInput({ direction: 'increase', series: '2015=x' }), /--series: "x" is not a number/);
    assert.throws(() => progressInput({ direction: 'increase', series: '2015=1', targetValue: '5' }), /--target-value and --target-year go together/);
  });

  it('refuses a target year not after the base year, naming --target-year and where the base year comes from, exit 1', () => {
    const r = assess('--method', 'unsd', '--direction', 'decrease', '--series', '2015=20,2022=15', '--target-value', '10', '--target-year', '2012', '--base-year', '2015');
    assert.deepEqual([r.status, r.stderr.trim(), r.stdout], [1, 'sdg-tracker: --target-year: 2012 is not after the base year 2015 (--base-year)', '']);
    // without --base-year the base is the first year given, 2015
    assert.throws(() => progressInput({ direction: 'decrease', series: '2022=15,2015=20', targetValue: '10', targetYear: '2015' }),
      { message: '--target-year: 2015 is not after the base year 2015 (the first year of --series)' });
  });

  it('refuses a target beyond --limit: above it for an increase, below it for a decrease, exit 1', () => {
    const r = assess('--method', 'opensdg', '--direction', 'increase', '--series', '2015=60,2022=80', '--target-value', '120', '--target-year', '2030', '--limit', '100');
    assert.deepEqual([r.status, r.stderr.trim()], [1, 'sdg-tracker: --target-value: 120 is above the natural limit 100 (--limit) of a value to increase']);
    assert.throws(() => progressInput({ direction: 'decrease', series: '2015=20', targetValue: '-1', targetYear: '2030', limit: '0' }),
      { message: '--target-value: -1 is below the natural limit 0 (--limit) of a value to decrease' });
    // a target at the limit is allowed: 100 is not above 100
    assert.deepEqual(progressInput({ direction: 'increase', series: '2015=60', targetValue: '100', targetYear: '2030', limit: '100' }).target, { value: 100, year: 2030 });
  });
});
