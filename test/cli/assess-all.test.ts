import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { assessAll, formatAllAssessed, type AllAssessed } from '../../src/cli/assess.ts';
import {
  insertObservations, setSettings, upsertAreas, upsertProgressTargets, upsertSeries, upsertSource, type Store,
} from '../../src/store/index.ts';
import { observation, year } from '../support/builders.ts';
import { freshStore } from '../support/stores.ts';

const STAMP = { source: 'national' as const, milestones: {}, updatedAt: '2026-11-29T10:00:00.000Z', updatedBy: null };

/**
 * Bangladesh (050) and Chattogram (BD-C), national method unsd, base year 2015:
 * - 1.2.1 poverty 24 (2015) → 18 (2022), global rule "Reduce by 1/2" → 12 by 2030;
 * - 3.2.1 under-five mortality 40 → 30 (2015–2020), females 36 → 34, BD-C 50 → 52; national targets 20, BD-C 25;
 * - 7.1.1 electricity 60 (2015) → 66 (2021) %, global rule "100%".
 */
async function seed(store: Store): Promise<void> {
  await prepareStore(store);
  await store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [
      { code: '050', parent: null, level: 'country', names: { en: 'Bangladesh' }, m49: '050', iso3: 'BGD', codes: {} },
      { code: 'BD-C', parent: '050', level: 'division', names: { en: 'Chattogram' }, m49: null, iso3: null, codes: {} },
    ]);
    await setSettings(trx, { country: '050', country_name: 'Bangladesh', progress_method: 'unsd' });
    await upsertSeries(trx, [
      { code: 'SH_DYN_MORT', name: 'Under-five mortality rate', unit: 'PER_1000_LIVE_BIRTHS', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] },
      { code: 'SI_POV_NAHC', name: 'Poverty headcount', unit: 'PERCENT', indicators: [{ indicatorId: '1.2.1', relation: 'measures' }] },
      { code: 'EG_ELC_ACCS', name: 'Access to electricity', unit: 'PERCENT', indicators: [{ indicatorId: '7.1.1', relation: 'measures' }] },
    ]);
    const source = await upsertSource(trx, { key: 'test:assess-all', kind: 'test', title: 'Progress', licence: 'CC BY 4.0' }, '2026-01-01');
    const pov = { series: 'SI_POV_NAHC', unit: 'PERCENT' };
    const elc = { series: 'EG_ELC_ACCS', unit: 'PERCENT' };
    await insertObservations(store, trx, source, [
      observation({ ...pov, period: year('2015'), value: 24 }), observation({ ...pov, period: year('2022'), value: 18 }),
      observation({ period: year('2015'), value: 40 }), observation({ period: year('2020'), value: 30 }),
      observation({ period: year('2015'), value: 36, dimensions: { SEX: 'F' } }), observation({ period: year('2020'), value: 34, dimensions: { SEX: 'F' } }),
      observation({ period: year('2015'), value: 50, area: 'BD-C' }), observation({ period: year('2020'), value: 52, area: 'BD-C' }),
      observation({ ...elc, period: year('2015'), value: 60 }), observation({ ...elc, period: year('2021'), value: 66 }),
    ]);
    await upsertProgressTargets(trx, [
      { indicatorId: '3.2.1', dimensions: {}, direction: 'decrease', target: { year: 2030, value: 20 }, ...STAMP },
      { indicatorId: '3.2.1', area: 'BD-C', dimensions: {}, direction: 'decrease', target: { year: 2030, value: 25 }, ...STAMP },
    ]);
  });
}

function cli(url: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'assess', ...args], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: url },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sdg-tracker assess --all', () => {
  let store: Store;
  let url: string;
  let dispose: () => Promise<void>;
  before(async () => {
    ({ store, url, dispose } = await freshStore('sqlite'));
    await seed(store);
  });
  after(async () => dispose?.());

  it('assessAll with the national method (unsd) gives every indicator of the country with its figure and target source', async () => {
    // 1.2.1: (18/24)^(1/7) − 1 = −0.040265 over (12/24)^(1/15) − 1 = −0.045158 → ratio 0.8916, fair progress
    // 3.2.1: (30/40)^(1/5) − 1 = −0.055913 over (20/40)^(1/15) − 1 = −0.045158 → ratio 1.2381, on track
    // 7.1.1: (66/60)^(1/6) − 1 = 0.016012 over (100/60)^(1/15) − 1 = 0.034642 → ratio 0.4622, limited progress
    const all = await assessAll(store.db);
    assert.deepEqual([all.method, all.scope], ['unsd', { area: '050', dimension: null }]);
    assert.deepEqual(all.indicators.map((i) => [i.indicator, i.status, i.figure?.name, Number(i.figure?.value.toFixed(4)), i.series.length, i.targetSource]), [
      ['1.2.1', 'fair_progress', 'ratio', 0.8916, 1, 'global'],
      ['3.2.1', 'on_track', 'ratio', 1.2381, 1, 'national'],
      ['7.1.1', 'limited_progress', 'ratio', 0.4622, 1, 'global'],
    ]);
    // ranks 0, 1, 2 → median fair_progress
    assert.deepEqual(all.summary, {
      total: 3, assessed: 3, counts: { fair_progress: 1, on_track: 1, limited_progress: 1 },
      shares: { on_track: 1 / 3, fair_progress: 1 / 3, limited_progress: 1 / 3 }, status: 'fair_progress',
    });
    assert.deepEqual(all.indicators[0]!.series[0]!.target, { source: 'global', direction: 'decrease', value: 12, year: 2030, rule: 'Reduce by 1/2' });
  });

  it('prints an aligned table and a line of counts per class, best class first', async () => {
    assert.equal(formatAllAssessed(await assessAll(store.db)), [
      'indicator  status            figure        series  target',
      '1.2.1      fair_progress     ratio 0.8916       1  global',
      '3.2.1      on_track          ratio 1.2381       1  national',
      '7.1.1      limited_progress  ratio 0.4622       1  global',
      'unsd, 050: 3 indicators: on_track 1, fair_progress 1, limited_progress 1',
      '',
    ].join('\n'));
  });

  it('--area reads that area against its own target: BD-C 50 → 52 against 25 is deterioration', async () => {
    // (52/50)^(1/5) − 1 = +0.007875 over −0.045158 → ratio −0.1744 < −0.1
    const all = await assessAll(store.db, { area: 'BD-C' });
    assert.deepEqual(all.indicators.map((i) => [i.indicator, i.status, i.targetSource]), [['3.2.1', 'deterioration', 'national']]);
    assert.equal(all.indicators[0]!.series[0]!.target?.value, 25);
  });

  it('--dimension SEX:F reads the female key: 36 → 34 against 20 is limited progress (ratio 0.2958)', async () => {
    // (34/36)^(1/5) − 1 = −0.011367 over (20/36)^(1/15) − 1 = −0.038428
    const all = await assessAll(store.db, { dimension: 'SEX:F' });
    assert.deepEqual(all.scope, { area: '050', dimension: { id: 'SEX', code: 'F' } });
    assert.deepEqual(all.indicators.map((i) => [i.indicator, i.status, Number(i.figure?.value.toFixed(4))]), [['3.2.1', 'limited_progress', 0.2958]]);
  });

  it('--method opensdg gives mean scores: 3.2.1 scores min(7.1429 × 1.2381 − 4.2857, 5) = 4.558', async () => {
    const all = await assessAll(store.db, { method: 'opensdg' });
    const mortality = all.indicators.find((i) => i.indicator === '3.2.1')!;
    assert.deepEqual([mortality.status, mortality.figure?.name, Number(mortality.figure?.value.toFixed(3))], ['substantial_progress', 'score', 4.558]);
  });

  it('bad option values are named: method, area, dimension shape and an unknown dimension code', async () => {
    await assert.rejects(assessAll(store.db, { method: 'trend' }), /--method: "trend" is not one of opensdg, unsd, eurostat, escap-csi, escap-ap/);
    await assert.rejects(assessAll(store.db, { area: 'BD-Z' }), /--area: "BD-Z" is not a reference area of the database/);
    await assert.rejects(assessAll(store.db, { dimension: 'SEX' }), /--dimension: "SEX" is not ID:code \(e\.g\. SEX:F\)/);
    await assert.rejects(assessAll(store.db, { dimension: 'SEX:X' }), /--dimension: no data has SEX = "X"/);
  });

  it('the command prints one JSON object with --json, and one error line naming the value with exit 1', () => {
    const r = cli(url, '--all', '--json', '--area', 'BD-C', '--method', 'eurostat');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as AllAssessed;
    assert.deepEqual([out.method, out.scope.area, out.summary.total, out.indicators.map((i) => i.indicator)], ['eurostat', 'BD-C', 1, ['3.2.1']]);
    const bad = cli(url, '--all', '--dimension', 'SEX=F');
    assert.deepEqual([bad.status, bad.stderr.trim()], [1, 'sdg-tracker: --dimension: "SEX=F" is not ID:code (e.g. SEX:F)']);
    const mixed = cli(url, '--all', '--series', '2015=1');
    assert.deepEqual([mixed.status, mixed.stderr.trim()], [1, 'sdg-tracker: --series does not go with --all']);
  });
});
