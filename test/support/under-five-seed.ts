import { prepareStore } from '../../src/cli/prepare-store.ts';
import type { Observation } from '../../src/domain/index.ts';
import {
  insertObservations, setSettings, upsertAreas, upsertSeries, upsertSource, type Db, type Store,
} from '../../src/store/index.ts';

/**
 * A store set up for Bangladesh (area 050) holding the given observations of under-five mortality (SH_DYN_MORT,
 * indicator 3.2.1, per 1,000 live births) from one test source; `more` runs in the same transaction before the
 * observations are stored (more areas, targets).
 */
export async function seedUnderFiveMortality(
  store: Store, sourceKey: string, observations: Observation[], more?: (trx: Db) => Promise<void>,
): Promise<void> {
  await prepareStore(store);
  await store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [{ code: '050', parent: null, level: 'country', names: { en: 'Bangladesh' }, m49: '050', iso3: 'BGD', codes: {} }]);
    await setSettings(trx, { country: '050', country_name: 'Bangladesh' });
    await upsertSeries(trx, [{ code: 'SH_DYN_MORT', name: 'Under-five mortality rate', unit: 'PER_1000_LIVE_BIRTHS', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] }]);
    await more?.(trx);
    const source = await upsertSource(trx, { key: sourceKey, kind: 'test', title: 'Under-five mortality', licence: 'CC BY 4.0' }, '2026-01-01');
    await insertObservations(store, trx, source, observations);
  });
}
