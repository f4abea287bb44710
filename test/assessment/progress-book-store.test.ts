import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { indicatorsInScope, progressBookFor } from '../../src/assessment/index.ts';
import {
  insertObservations, setSettings, upsertProgressTargets, upsertSource, type Store, type StoredProgressTarget,
} from '../../src/store/index.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';
import { seedUnderFiveMortality } from '../support/country-seed.ts';

const target = (value: number, updatedAt: string): StoredProgressTarget => ({
  indicatorId: '3.2.1', dimensions: {}, source: 'national', direction: 'decrease', milestones: {},
  target: { year: 2030, value }, updatedAt, updatedBy: null,
});

/** Bangladesh with under-five mortality 40 (2015) and 30 (2020), and a national target of 20 by 2030. */
async function seed(store: Store): Promise<void> {
  await seedUnderFiveMortality(store, 'test:progress', [
    observation({ period: year('2015'), value: 40 }),
    observation({ period: year('2020'), value: 30 }),
  ], (trx) => upsertProgressTargets(trx, [target(20, '2026-11-29T10:00:00.000Z')]));
}

for (const dialect of STORE_DIALECTS) {
  describe(`progressBookFor on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    const unsd321 = async () => indicatorsInScope(await progressBookFor(store.db), 'unsd').find((i) => i.indicator === '3.2.1')!;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await seed(store);
    });
    after(async () => dispose?.());

    it('assesses the stored key against the national target: 40 → 30 against 20 is on track, ratio 1.2381', async () => {
      // actual (30/40)^(1/5) − 1 = −0.055913; required (20/40)^(1/15) − 1 = −0.045158; ratio 1.2381
      const book = await progressBookFor(store.db);
      assert.deepEqual([book.countryArea, book.method, book.baseYear], ['050', 'opensdg', 2015]);
      const result = await unsd321();
      assert.equal(result.status, 'on_track');
      assert.deepEqual(result.series.map((s) => [s.target?.source, s.target?.target?.value]), [['national', 20]]);
      assert.ok(Math.abs(result.series[0]!.results.unsd.ratio! - 1.2381) < 1e-4);
    });

    it('a second call with nothing changed gives the same book', async () => {
      assert.equal(await progressBookFor(store.db), await progressBookFor(store.db));
    });

    it('after the target changes to 10 the next call reflects it: fair progress, ratio 0.6334', async () => {
      // required (10/40)^(1/15) − 1 = −0.088278; ratio 0.055913 / 0.088278 = 0.6334 (0.5 ≤ r < 0.95)
      await upsertProgressTargets(store.db, [target(10, '2026-11-29T11:00:00.000Z')]);
      const result = await unsd321();
      assert.equal(result.status, 'fair_progress');
      assert.ok(Math.abs(result.series[0]!.results.unsd.ratio! - 0.6334) < 1e-4);
    });

    it('after a new observation (2022: 18) the next call reflects it: on track again', async () => {
      // actual (18/40)^(1/7) − 1 = −0.107807; ratio 0.107807 / 0.088278 = 1.2212
      await store.db.transaction().execute(async (trx) => {
        const source = await upsertSource(trx, { key: 'test:progress-2022', kind: 'test', title: 'Mortality 2022', licence: 'CC BY 4.0' }, '2026-02-01');
        await insertObservations(store, trx, source, [observation({ period: year('2022'), value: 18 })]);
      });
      const result = await unsd321();
      assert.equal(result.status, 'on_track');
      assert.ok(Math.abs(result.series[0]!.results.unsd.ratio! - 1.2212) < 1e-4);
    });

    it('after the national method and base year change, the next book carries them', async () => {
      await setSettings(store.db, { progress_method: 'eurostat', progress_base_year: '2016' });
      const book = await progressBookFor(store.db);
      assert.deepEqual([book.method, book.baseYear], ['eurostat', 2016]);
      // no point in 2016: the base is the first point at or after it, 2020 (30)
      assert.deepEqual(book.series.find((s) => s.indicator === '3.2.1')!.base, { year: 2020, value: 30 });
    });

    it('a target rewritten with the same time stamp is seen at once', async () => {
      await upsertProgressTargets(store.db, [target(12, '2026-11-29T11:00:00.000Z')]);
      const result = await unsd321();
      assert.equal(result.series[0]!.target?.target?.value, 12);
    });
  });
}
