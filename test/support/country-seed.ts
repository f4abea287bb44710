import { prepareStore } from '../../src/cli/prepare-store.ts';
import type { Observation, Series } from '../../src/domain/index.ts';
import {
  insertObservations, setSettings, upsertAreas, upsertSeries, upsertSource, type Db, type Store,
} from '../../src/store/index.ts';

/** Under-five mortality (SH_DYN_MORT, indicator 3.2.1, per 1,000 live births), the series most tests read. */
export const UNDER_FIVE_MORTALITY: Series = {
  code: 'SH_DYN_MORT', name: 'Under-five mortality rate', unit: 'PER_1000_LIVE_BIRTHS', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }],
};

/**
 * A store with the framework, set up for Bangladesh (area 050), holding `series` and `observations` from one test
 * source `sourceKey`, in one transaction; `more` runs in it before the observations are stored (more areas,
 * organisations, targets).
 */
export async function seedBangladesh(
  store: Store, sourceKey: string, series: Series[], observations: Observation[], more?: (trx: Db) => Promise<void>,
): Promise<void> {
  await prepareStore(store);
  await store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [{ code: '050', parent: null, level: 'country', names: { en: 'Bangladesh' }, m49: '050', iso3: 'BGD', codes: {} }]);
    await setSettings(trx, { country: '050', country_name: 'Bangladesh' });
    await upsertSeries(trx, series);
    await more?.(trx);
    const source = await upsertSource(trx, { key: sourceKey, kind: 'test', title: sourceKey, licence: 'CC BY 4.0' }, '2026-01-01');
    await insertObservations(store, trx, source, observations);
  });
}

/** {@link seedBangladesh} with under-five mortality as the only series. */
export async function seedUnderFiveMortality(
  store: Store, sourceKey: string, observations: Observation[], more?: (trx: Db) => Promise<void>,
): Promise<void> {
  await seedBangladesh(store, sourceKey, [UNDER_FIVE_MORTALITY], observations, more);
}
