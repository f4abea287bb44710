import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../../../src/store/index.ts';
import { missingPeriodsSince, workTasks } from '../../../src/workflow/submissions/index.ts';
import { year } from '../../support/builders.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { seedWorkflow, workflowUser } from './workflow-seed.ts';

describe('missingPeriodsSince', () => {
  it('lists the years since the latest one that have ended, most recent first: 2011 on 2026-03-01 → 2025 … 2014 (12)', () => {
    assert.deepEqual(missingPeriodsSince(year('2011'), '2026-03-01'),
      ['2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017', '2016', '2015', '2014']);
  });

  it('lists every missing year when asked for more, 2025 back to 2012', () => {
    const all = missingPeriodsSince(year('2011'), '2026-03-01', 600);
    assert.deepEqual([all.length, all[0], all.at(-1)], [14, '2025', '2012']);
  });

  it('counts only periods that have ended: a quarter, a fiscal year, nothing after a range', () => {
    assert.deepEqual(missingPeriodsSince({ kind: 'quarter', label: '2024-Q3', start: '2024-07-01', end: '2024-09-30' }, '2025-03-01'), ['2024-Q4']);
    assert.deepEqual(missingPeriodsSince({ kind: 'fiscal-year', label: '2021/22', start: '2021-01-01', end: '2022-12-31' }, '2025-03-01'), ['2023/24', '2022/23']);
    assert.deepEqual(missingPeriodsSince({ kind: 'range', label: '2015-2017', start: '2015-01-01', end: '2017-12-31' }, '2025-03-01'), []);
    assert.deepEqual(missingPeriodsSince(year('2024'), '2025-03-01'), []);
  });
});

for (const dialect of STORE_DIALECTS) {
  describe(`workTasks on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await seedWorkflow(store);
    });
    after(async () => { await dispose(); });

    it('lists every period missing since the latest published one, most recent first: 2021 on 2037-03-01 → 2036 … 2022 (15)', async () => {
      const { user } = await workflowUser(store, 'provider', ['MOHFW']);
      const tasks = await workTasks(store.db, user, new Date('2037-03-01T00:00:00.000Z'));
      const task = tasks.indicators.find((t) => t.indicatorId === '3.2.1');
      assert.equal(task?.latestPeriod, '2021');
      assert.deepEqual(task?.missingPeriods, Array.from({ length: 15 }, (_, i) => String(2036 - i)));
    });
  });
}
