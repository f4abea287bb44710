import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Observation } from '../../src/domain/index.ts';
import {
  countObservations, deleteSourceObservations, insertObservations, listSources, upsertSource, type DataSourceInput,
  type Store,
} from '../../src/store/index.ts';
import { freshStore, postgresUnavailable, STORE_DIALECTS } from '../support/stores.ts';

/** Under-five mortality, Bangladesh, 2021, both sexes; override any field. */
function observation(overrides: Partial<Observation> = {}): Observation {
  return {
    series: 'SH_DYN_MORT',
    area: 'BD',
    period: { kind: 'year', label: '2021', start: '2021-01-01', end: '2021-12-31' },
    dimensions: { SEX: '_T' },
    value: 27.3,
    unit: 'PER_1000_LIVE_BIRTHS',
    unitMult: 0,
    attributes: {},
    ...overrides,
  };
}

function year(label: string): Observation['period'] {
  return { kind: 'year', label, start: `${label}-01-01`, end: `${label}-12-31` };
}

const UNSD: DataSourceInput = { key: 'sdmx:UNSD', kind: 'sdmx', title: 'UN SDG Global Database', licence: 'CC-BY-4.0', url: 'https://unstats.un.org/sdgs/dataportal' };
const BBS: DataSourceInput = { key: 'opensdg:BD', kind: 'opensdg', title: 'Bangladesh SDG tracker' };
const IMPORTED = '2024-05-01T09:30:00Z';

for (const dialect of STORE_DIALECTS) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;

  describe(`observations store on ${dialect}`, { skip }, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => ({ store, dispose } = await freshStore(dialect)));
    after(async () => dispose?.());
    beforeEach(async () => {
      await store.db.deleteFrom('observations').execute();
      await store.db.deleteFrom('data_sources').execute();
    });

    it('upsertSource creates a source once and a second call with the same key updates it and returns the same id', async () => {
      const first = await upsertSource(store.db, UNSD, IMPORTED);
      const second = await upsertSource(store.db, { ...UNSD, title: 'UN SDG Global Database (2024 Q2)' }, '2024-06-30T00:00:00Z');
      assert.equal(second, first);
      assert.deepEqual(await listSources(store.db), [{
        id: first, key: 'sdmx:UNSD', kind: 'sdmx', title: 'UN SDG Global Database (2024 Q2)', licence: 'CC-BY-4.0',
        url: 'https://unstats.un.org/sdgs/dataportal', imported_at: '2024-06-30T00:00:00Z', observation_count: 0,
      }]);
    });

    it('insertObservations stores every field of an observation as its row, public from its source import', async () => {
      await store.db.transaction().execute(async (trx) => {
        const sourceId = await upsertSource(trx, UNSD, IMPORTED);
        await insertObservations(store, trx, sourceId, [observation({
          period: { kind: 'fiscal-year', label: '2014/15', start: '2014-01-01', end: '2015-12-31' },
          dimensions: { SEX: 'F', AGE: 'Y0T4' },
          value: 25.2,
          unitMult: null,
          attributes: { OBS_STATUS: 'A', NATURE: 'E', COMMENT_OBS: 'Modelled estimate', SOURCE_DETAIL: 'UN IGME 2023' },
        })]);
      });
      const [sourceId] = (await listSources(store.db)).map((s) => s.id);
      const rows = await store.db.selectFrom('observations').selectAll().execute();
      assert.deepEqual(rows.map(({ id: _id, ...row }) => row), [{
        series_code: 'SH_DYN_MORT', area_code: 'BD', time_period: '2014/15', period_kind: 'fiscal-year',
        period_start: '2014-01-01', period_end: '2015-12-31', dimensions: '|AGE=Y0T4|SEX=F|', unit: 'PER_1000_LIVE_BIRTHS',
        unit_mult: null, value: 25.2, obs_status: 'A', nature: 'E', comment: 'Modelled estimate',
        attributes: '{"SOURCE_DETAIL":"UN IGME 2023"}', source_id: sourceId, valid_from: IMPORTED,
      }]);
    });

    it('countObservations counts all rows or one source, and deleteSourceObservations removes only that source', async () => {
      const [unsd, bbs] = await store.db.transaction().execute(async (trx) => {
        const unsd = await upsertSource(trx, UNSD, IMPORTED);
        const bbs = await upsertSource(trx, BBS, IMPORTED);
        await insertObservations(store, trx, unsd, [
          observation({ period: year('2019'), value: 30.8 }),
          observation({ period: year('2020'), value: 29.1 }),
          observation({ period: year('2021'), value: 27.3 }),
        ]);
        await insertObservations(store, trx, bbs, [observation({ area: 'BD10', value: 31.4 }), observation({ area: 'BD20', value: 26.9 })]);
        return [unsd, bbs];
      });
      assert.equal(await countObservations(store.db), 5);
      assert.equal(await countObservations(store.db, unsd), 3);
      assert.equal(await countObservations(store.db, bbs), 2);

      assert.equal(await store.db.transaction().execute((trx) => deleteSourceObservations(trx, unsd)), 3);
      assert.equal(await countObservations(store.db, unsd), 0);
      assert.equal(await countObservations(store.db), 2);
      const left = await store.db.selectFrom('observations').select(['area_code', 'value']).orderBy('area_code').execute();
      assert.deepEqual(left, [{ area_code: 'BD10', value: 31.4 }, { area_code: 'BD20', value: 26.9 }]);
      assert.equal(await store.db.transaction().execute((trx) => deleteSourceObservations(trx, unsd)), 0);
    });

    it('insertObservations stores 2,500 rows in one call (more than one PostgreSQL batch) and stores nothing for []', async () => {
      await store.db.transaction().execute(async (trx) => {
        const sourceId = await upsertSource(trx, UNSD, IMPORTED);
        await insertObservations(store, trx, sourceId, []);
        const many = Array.from({ length: 2500 }, (_, i) => observation({ area: `A${i}`, value: i / 4 }));
        await insertObservations(store, trx, sourceId, many);
      });
      assert.equal(await countObservations(store.db), 2500);
      const last = await store.db.selectFrom('observations').select(['value']).where('area_code', '=', 'A2499').executeTakeFirst();
      assert.deepEqual(last, { value: 624.75 });
    });

    it('insertObservations rejects a duplicate key (series, area, period, dimensions, unit, source)', async () => {
      const sourceId = await upsertSource(store.db, UNSD, IMPORTED);
      await assert.rejects(store.db.transaction().execute(async (trx) => {
        await insertObservations(store, trx, sourceId, [observation(), observation({ value: 99 })]);
      }), /unique|duplicate/i);
      assert.equal(await countObservations(store.db), 0);
    });

    it('a transaction that throws after upsertSource and insertObservations leaves no source and no observation behind', async () => {
      await assert.rejects(store.db.transaction().execute(async (trx) => {
        const sourceId = await upsertSource(trx, BBS, IMPORTED);
        await insertObservations(store, trx, sourceId, [observation({ period: year('2020') }), observation({ period: year('2021') })]);
        assert.equal(await countObservations(trx, sourceId), 2);
        throw new Error('import failed at row 3: value "n/a" is not a number');
      }), /import failed at row 3/);
      assert.equal(await countObservations(store.db), 0);
      assert.deepEqual(await listSources(store.db), []);
    });
  });
}
