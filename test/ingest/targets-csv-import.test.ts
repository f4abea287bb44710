import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importTargets, readTargets } from '../../src/ingest/targets-csv/index.ts';
import { listAudit, listProgressTargets, upsertAreas, type Store } from '../../src/store/index.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';
import { seedUnderFiveMortality } from '../support/country-seed.ts';

const AT = '2026-11-29T10:00:00.000Z';
const HEADER = 'indicator,series,unit,area,dimensions,direction,baseline_year,baseline_value,milestone_2020,milestone_2025,target_year,target_value,limit';
const GOOD = [
  HEADER,
  '3.2.1,,,,,decrease,2015,36,31,27.5,2030,25,',
  '3.2.1,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,BD-C,SEX=F;AGE=M0T59,Decrease,,,,,2030,20,',
  '7.1.1,,,,,increase,2015,74.4,,,2030,100,100',
].join('\n');

describe('readTargets', () => {
  const known = (code: string) => (['3.2.1', '7.1.1'].includes(code) ? code : code === '13.1.1' ? '1.5.1' : undefined);

  it('gives each row as a national target with its scope, baseline, milestones, target and limit', () => {
    const { items, report } = readTargets(GOOD, 'targets.csv', known);
    assert.deepEqual(report, { rowsRead: 3, rowsStored: 3, rowsRejected: 0, rejects: [] });
    assert.deepEqual(items, [
      { indicatorId: '3.2.1', dimensions: {}, source: 'national', direction: 'decrease', milestones: { 2020: 31, 2025: 27.5 },
        baseline: { year: 2015, value: 36 }, target: { year: 2030, value: 25 } },
      { indicatorId: '3.2.1', series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: 'BD-C', dimensions: { SEX: 'F', AGE: 'M0T59' },
        source: 'national', direction: 'decrease', milestones: {}, target: { year: 2030, value: 20 } },
      { indicatorId: '7.1.1', dimensions: {}, source: 'national', direction: 'increase', milestones: {}, baseline: { year: 2015, value: 74.4 },
        target: { year: 2030, value: 100 }, limit: 100 },
    ]);
  });

  it('a listing code stands for its indicator: 13.1.1 is stored as 1.5.1', () => {
    assert.equal(readTargets('indicator,direction\n13.1.1,increase\n', 't.csv', known).items[0]?.indicatorId, '1.5.1');
  });

  it('rejects each problem with file, line, column and the value', () => {
    const text = [
      HEADER,
      '9.9.9,,,,,up,20x5,36,,,2030,,',
      '3.2.1,,,,SEX,decrease,,,abc,,,25,',
      '7.1.1,,,,,increase,,,,,,,',
      '7.1.1,,,,,decrease,,,,,,,',
      '7.1.1,too,few',
    ].join('\n');
    assert.deepEqual(readTargets(text, 'targets.csv', known).report, {
      rowsRead: 5, rowsStored: 1, rowsRejected: 4, rejects: [
        { file: 'targets.csv', line: 2, column: 'indicator', reason: '"9.9.9" is not an indicator of the framework' },
        { file: 'targets.csv', line: 2, column: 'direction', reason: '"up" is not a direction (increase or decrease)' },
        { file: 'targets.csv', line: 2, column: 'baseline_year', reason: '"20x5" is not a year' },
        { file: 'targets.csv', line: 2, column: 'target_value', reason: 'target year 2030 has no value' },
        { file: 'targets.csv', line: 3, column: 'target_year', reason: 'target value 25 has no year' },
        { file: 'targets.csv', line: 3, column: 'milestone_2020', reason: '"abc" is not a number' },
        { file: 'targets.csv', line: 3, column: 'dimensions', reason: '"SEX" is not ID=code' },
        { file: 'targets.csv', line: 5, column: 'indicator', reason: 'indicator 7.1.1 already has a target for this series, unit, area and disaggregation (line 4)' },
        { file: 'targets.csv', line: 6, column: '', reason: 'the row has 3 fields, the header has 13' },
      ],
    });
  });

  it('a file without the direction column is refused on line 1', () => {
    assert.deepEqual(readTargets('indicator,target_value\n3.2.1,25\n', 't.csv', known).report.rejects,
      [{ file: 't.csv', line: 1, column: 'direction', reason: 'missing column "direction" (header: indicator,target_value)' }]);
  });
});

for (const dialect of STORE_DIALECTS) {
  describe(`importTargets on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    const run = (text: string) => store.db.transaction().execute((trx) => importTargets(trx, text, { file: 'targets.csv', userId: null, at: AT }));
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      // The targets are held to the data: 3.2.1 holds SH_DYN_MORT per 1,000 live births for girls under five in BD-C.
      await seedUnderFiveMortality(store, 'test:targets', [
        observation({ area: 'BD-C', period: year('2020'), dimensions: { SEX: 'F', AGE: 'M0T59' }, value: 30, unit: 'PER_1000_LIVE_BIRTHS' }),
      ], async (trx) => { await upsertAreas(trx, [{ code: 'BD-C', parent: '050', level: 'division', names: { en: 'Chattogram' }, m49: null, iso3: null, codes: {} }]); });
    });
    after(async () => dispose?.());

    it('a bad row writes nothing: no target, no audit event', async () => {
      const report = await run(`${GOOD}\n3.2.1,,,,,sideways,,,,,,,\n`);
      assert.deepEqual([report.written, report.rowsRead, report.rowsStored, report.rowsRejected], [false, 4, 0, 4]);
      assert.deepEqual(report.rejects, [{ file: 'targets.csv', line: 5, column: 'direction', reason: '"sideways" is not a direction (increase or decrease)' }]);
      assert.deepEqual(await listProgressTargets(store.db, '3.2.1'), []);
      assert.deepEqual(await listAudit(store.db, { action: 'progress-target.import' }), []);
    });

    it('a target the checks refuse writes nothing: a decrease to a value above its baseline, a code the data lack', async () => {
      const report = await run(`${HEADER}\n3.2.1,,,,,decrease,2015,36,,,2030,40,\n3.2.1,,,,SEX=Q,decrease,,,,,2030,20,\n`);
      assert.deepEqual([report.written, report.rowsStored], [false, 0]);
      assert.deepEqual(report.rejects.map((r) => [r.line, r.column]), [[2, 'target_value'], [3, 'dimensions']]);
      assert.match(report.rejects[0]!.reason, /40/);
      assert.deepEqual(await listProgressTargets(store.db, '3.2.1'), []);
    });

    it('a good file stores every target with the time and one audit event naming the file', async () => {
      const report = await run(GOOD);
      assert.deepEqual([report.written, report.rowsStored, report.indicators], [true, 3, 2]);
      const stored = await listProgressTargets(store.db, '3.2.1');
      assert.deepEqual(stored.map((t) => [t.area ?? '', t.target?.value, t.milestones, t.updatedAt]), [
        ['', 25, { 2020: 31, 2025: 27.5 }, AT], ['BD-C', 20, {}, AT],
      ]);
      assert.deepEqual((await listProgressTargets(store.db, '7.1.1'))[0]?.limit, 100);
      const audit = await listAudit(store.db, { action: 'progress-target.import' });
      assert.deepEqual(audit.map((e) => [e.entity, e.entityId, e.comment]), [['progress_target', '*', 'targets.csv']]);
    });

    it('the same file again changes nothing: no new audit event, the stored time stays', async () => {
      const report = await run(GOOD);
      assert.deepEqual([report.written, report.changed, report.unchanged], [true, 0, 3]);
      assert.equal((await listAudit(store.db, { action: 'progress-target.import' })).length, 1);
    });

    it('importing a revised target replaces it and keeps the others', async () => {
      const report = await run(`${HEADER}\n3.2.1,,,,,decrease,2015,36,,28,2030,24,\n`);
      assert.deepEqual([report.changed, report.unchanged], [1, 0]);
      assert.equal((await listAudit(store.db, { action: 'progress-target.import' })).length, 2);
      const stored = await listProgressTargets(store.db, '3.2.1');
      assert.deepEqual(stored.map((t) => [t.area ?? '', t.target?.value, t.milestones]), [['', 24, { 2025: 28 }], ['BD-C', 20, {}]]);
    });
  });
}
