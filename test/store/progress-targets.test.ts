import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listProgressTargets, type StoredProgressTarget, type Store, upsertProgressTargets } from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const NOW = '2026-11-29T10:00:00.000Z';
const LATER = '2026-11-30T08:30:00.000Z';

/** Under-five mortality: a national target for the whole, one for girls in Dhaka, and the global ≤ 25 per 1,000. */
const NATIONAL: StoredProgressTarget = {
  indicatorId: '3.2.1', dimensions: {}, source: 'national', direction: 'decrease', baseline: { year: 2015, value: 36 },
  milestones: { 2020: 31, 2025: 27.5 }, target: { year: 2030, value: 25 }, updatedAt: NOW, updatedBy: null,
};
const GIRLS_DHAKA: StoredProgressTarget = {
  indicatorId: '3.2.1', series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: 'BD-C', dimensions: { SEX: 'F', AGE: 'M0T59' },
  source: 'national', direction: 'decrease', milestones: {}, target: { year: 2030, value: 20 }, updatedAt: NOW, updatedBy: null,
};
const GLOBAL: StoredProgressTarget = {
  indicatorId: '3.2.1', dimensions: {}, source: 'global', direction: 'decrease', milestones: {}, target: { year: 2030, value: 25 },
  updatedAt: NOW, updatedBy: null,
};
const ELECTRICITY: StoredProgressTarget = {
  indicatorId: '7.1.1', dimensions: {}, source: 'national', direction: 'increase', baseline: { year: 2015, value: 74.4 }, milestones: {},
  target: { year: 2030, value: 100 }, limit: 100, updatedAt: NOW, updatedBy: null,
};

for (const dialect of STORE_DIALECTS) {
  describe(`progress targets in the store on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await store.db.transaction().execute((trx) => upsertProgressTargets(trx, [GLOBAL, GIRLS_DHAKA, NATIONAL, ELECTRICITY]));
    });
    after(async () => dispose?.());

    it('listProgressTargets gives one indicator\'s targets, national before global, scope and milestones as stored', async () => {
      assert.deepEqual(await listProgressTargets(store.db, '3.2.1'), [NATIONAL, GIRLS_DHAKA, GLOBAL]);
      assert.deepEqual(await listProgressTargets(store.db, '7.1.1'), [ELECTRICITY]);
      assert.deepEqual(await listProgressTargets(store.db, '1.1.1'), []);
    });

    it('upsertProgressTargets on the same indicator, scope and source replaces the row instead of adding one', async () => {
      const revised: StoredProgressTarget = { ...NATIONAL, milestones: { 2025: 28 }, target: { year: 2030, value: 24 }, updatedAt: LATER };
      delete revised.baseline;
      await store.db.transaction().execute((trx) => upsertProgressTargets(trx, [revised]));
      assert.deepEqual(await listProgressTargets(store.db, '3.2.1'), [revised, GIRLS_DHAKA, GLOBAL]);
    });

    it('a target inside a transaction that fails is not stored', async () => {
      await assert.rejects(store.db.transaction().execute(async (trx) => {
        await upsertProgressTargets(trx, [{ ...ELECTRICITY, indicatorId: '6.1.1' }]);
        throw new Error('row 3 rejected');
      }), /row 3 rejected/);
      assert.deepEqual(await listProgressTargets(store.db, '6.1.1'), []);
    });
  });
}
