import { prepareStore } from '../../../src/cli/prepare-store.ts';
import type { Observation } from '../../../src/domain/index.ts';
import { insertObservations, setSettings, upsertAreas, upsertSeries, upsertSource, type Store } from '../../../src/store/index.ts';
import { observation, year } from '../../support/builders.ts';

/** Under-five mortality in Bangladesh by sex (UN SDG Global Database, SH_DYN_MORT, per 1,000 live births). */
export const U5MR: [string, string, number][] = [
  ['2019', '_T', 30.4], ['2019', 'F', 28.2], ['2019', 'M', 32.6],
  ['2020', '_T', 28.8], ['2020', 'F', 26.6], ['2020', 'M', 30.8],
  ['2021', '_T', 27.3], ['2021', 'F', 25.2], ['2021', 'M', 29.2],
];

/** Enumerated population of Dhaka district (BD-13) by sex, 2022 census (BBS); `_O` is hijra. */
export const DHAKA_POPULATION: [string, number][] = [['_T', 14734701], ['F', 6833989], ['M', 7900035], ['_O', 677]];

/** Population aged 15+ using the internet, Dhaka district, 2022 census (percent), a proxy of 17.8.1. */
export const DHAKA_INTERNET: [string, number][] = [['F', 52.1], ['M', 68.53]];

/** An SH_DYN_MORT observation of Bangladesh by sex. */
export function u5mr(period: string, sex: string, value: number): Observation {
  return observation({ period: year(period), dimensions: { SEX: sex }, value });
}

/** A POP observation of Dhaka district, 2022, by sex. */
export function dhakaPopulation(sex: string, value: number): Observation {
  return observation({ series: 'POP', area: 'BD-13', period: year('2022'), dimensions: { SEX: sex }, unit: 'persons', value });
}

/**
 * Prepares a store with the UN framework, Bangladesh and Dhaka district, and publishes: SH_DYN_MORT (3.2.1)
 * 2019–2021 by sex, POP (proxy of 17.19.2) for Dhaka 2022 by sex, IT_USE_15PLUS (proxy of 17.8.1, PERCENT) for
 * Dhaka 2022 by sex.
 */
export async function seedValidationData(store: Store): Promise<void> {
  await prepareStore(store);
  await store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [
      { code: '050', parent: null, level: 'country', names: { en: 'Bangladesh' }, m49: '050', iso3: 'BGD', codes: {} },
      { code: 'BD-13', parent: '050', level: 'district', names: { en: 'Dhaka' }, m49: null, iso3: null, codes: {} },
    ]);
    await setSettings(trx, { country: '050', country_name: 'Bangladesh' });
    await upsertSeries(trx, [
      { code: 'SH_DYN_MORT', name: 'Under-five mortality rate', unit: 'PER_1000_LIVE_BIRTHS', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] },
      { code: 'POP', name: 'Enumerated population', unit: 'persons', indicators: [{ indicatorId: '17.19.2', relation: 'proxy' }] },
      { code: 'IT_USE_15PLUS', name: 'Population aged 15+ using the internet', unit: 'PERCENT', indicators: [{ indicatorId: '17.8.1', relation: 'proxy' }] },
    ]);
    const source = await upsertSource(trx, { key: 'test:validation', kind: 'test', title: 'UN SDG Global Database; BBS census 2022' }, '2026-01-01T00:00:00.000Z');
    await insertObservations(store, trx, source, [
      ...U5MR.map(([y, sex, value]) => u5mr(y, sex, value)),
      ...DHAKA_POPULATION.map(([sex, value]) => dhakaPopulation(sex, value)),
      ...DHAKA_INTERNET.map(([sex, value]) => observation({
        series: 'IT_USE_15PLUS', area: 'BD-13', period: year('2022'), dimensions: { SEX: sex }, unit: 'PERCENT', value,
      })),
    ]);
  });
}
