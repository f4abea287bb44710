import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  deleteSourceObservations, insertObservations, observationVersions, selectObservations, upsertSeries, upsertSource, type Store,
} from '../../src/store/index.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const SOURCE = { key: 'sdmx:UNSD', kind: 'sdmx', title: 'UN SDG Global Database' };
const FIRST = '2025-06-30T00:00:00.000Z';
const SECOND = '2026-03-31T00:00:00.000Z';

for (const dialect of STORE_DIALECTS) {
  describe(`published history in the store on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await upsertSeries(store.db, [{ code: 'SH_DYN_MORT', name: 'Under-five mortality rate', unit: null, indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] }]);
    });
    after(async () => dispose?.());
    beforeEach(async () => {
      await store.db.deleteFrom('observation_history').execute();
      await store.db.deleteFrom('observations').execute();
      await store.db.deleteFrom('data_sources').execute();
    });

    /** Imports a source at `at` with the given 2021 total, as an importer does: source, old rows out, new rows in. */
    const importAt = (at: string, value: number) => store.db.transaction().execute(async (trx) => {
      const sourceId = await upsertSource(trx, SOURCE, at);
      await deleteSourceObservations(trx, sourceId);
      await insertObservations(store, trx, sourceId, [observation({ period: year('2021'), value }), observation({ period: year('2020'), value: 28.8 })]);
      return sourceId;
    });
    const at = async (asOf?: string) => (await selectObservations(store.db, { indicatorId: '3.2.1', asOf }))
      .map((o) => `${o.timePeriod} ${o.value}`);

    it('insertObservations publishes each row from its source\'s imported_at', async () => {
      await importAt(FIRST, 27.3);
      const rows = await store.db.selectFrom('observations').select('valid_from').execute();
      assert.deepEqual(rows.map((r) => r.valid_from), [FIRST, FIRST]);
    });

    it('a re-import moves the earlier rows to the history, public from the first import until the second', async () => {
      await importAt(FIRST, 27.3);
      await importAt(SECOND, 27.0);
      const history = await store.db.selectFrom('observation_history').select(['time_period', 'value', 'valid_from', 'valid_to', 'submission_id'])
        .orderBy('time_period').execute();
      assert.deepEqual(history.map((h) => ({ ...h, value: Number(h.value) })), [
        { time_period: '2020', value: 28.8, valid_from: FIRST, valid_to: SECOND, submission_id: null },
        { time_period: '2021', value: 27.3, valid_from: FIRST, valid_to: SECOND, submission_id: null },
      ]);
    });

    it('selectObservations with asOf answers nothing before the first import, the first values until the second, then the second', async () => {
      await importAt(FIRST, 27.3);
      await importAt(SECOND, 27.0);
      assert.deepEqual(await at('2025-06-29T23:59:59.999Z'), []);
      assert.deepEqual(await at(FIRST), ['2020 28.8', '2021 27.3']);
      assert.deepEqual(await at('2026-03-30T23:59:59.999Z'), ['2020 28.8', '2021 27.3']);
      assert.deepEqual(await at(SECOND), ['2020 28.8', '2021 27']);
      assert.deepEqual(await at(), ['2020 28.8', '2021 27']);
    });

    it('rows loaded before the history began (valid_from \'\') count from their source\'s imported_at, and from the beginning once replaced', async () => {
      await importAt(FIRST, 27.3);
      await store.db.updateTable('observations').set({ valid_from: '' }).execute();
      assert.deepEqual(await at('2025-06-29T00:00:00.000Z'), []);
      assert.deepEqual(await at(FIRST), ['2020 28.8', '2021 27.3']);
      await importAt(SECOND, 27.0);
      assert.deepEqual(await at('2020-01-01T00:00:00.000Z'), ['2020 28.8', '2021 27.3']);
      assert.deepEqual(await at(SECOND), ['2020 28.8', '2021 27']);
    });

    it('observationVersions follows an observation across re-imports, which give it a new id', async () => {
      await importAt(FIRST, 27.3);
      const [old] = await store.db.selectFrom('observations').select('id').where('time_period', '=', '2021').execute();
      await store.db.transaction().execute(async (trx) => {
        const other = await upsertSource(trx, { key: 'test:other', kind: 'test', title: 'Another source' }, FIRST);
        await insertObservations(store, trx, other, [observation({ period: year('2019'), value: 30.1 })]);
      });
      await importAt(SECOND, 27.0);
      const [current] = await store.db.selectFrom('observations').select('id').where('time_period', '=', '2021').execute();
      assert.notEqual(current!.id, old!.id);
      for (const id of [old!.id, current!.id]) {
        const versions = await observationVersions(store.db, id);
        assert.deepEqual(versions.map((v) => [v.observationId, v.value, v.validFrom, v.validTo]), [[old!.id, 27.3, FIRST, SECOND], [current!.id, 27, SECOND, null]]);
      }
      assert.deepEqual(await observationVersions(store.db, 999_999), []);
    });
  });
}
