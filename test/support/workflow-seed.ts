import { prepareStore } from '../../src/cli/prepare-store.ts';
import type { ObservationKeyParts, UserRole } from '../../src/domain/index.ts';
import {
  insertObservations, replaceResponsibilities, saveOrganisations, setSettings, upsertAreas, upsertSeries, upsertSource,
  type Db, type Store,
} from '../../src/store/index.ts';
import { signIn, type SignedIn } from './auth.ts';
import { observation, year } from './builders.ts';

/**
 * A store ready for the data workflow: the UN framework, Bangladesh as the country, under-five mortality (3.2.1)
 * published from an import, two organisations of the Bangladesh bundle and who answers for what, and users of every
 * role. The organisation that answers for 3.2.1 is the Health Services Division (lead); the Ministry of Education
 * answers only for 4.1.1.
 */

/** The indicator every workflow test writes, and its series and unit. */
export const INDICATOR = '3.2.1';
export const SERIES = 'SH_DYN_MORT';
export const UNIT = 'PER_1000_LIVE_BIRTHS';
/** The organisation that leads 3.2.1, and one that does not answer for it. */
export const RESPONSIBLE_ORG = 'HSD';
export const OTHER_ORG = 'MOE';
/** When the seeded values were imported: they count as published from then on (decision record 0004). */
export const IMPORTED_AT = '2024-01-15T00:00:00.000Z';

/** Under-five mortality in Bangladesh, deaths per 1,000 live births, UN SDG Global Database (SH_DYN_MORT, by sex). */
export const U5MR = [
  ['2020', '_T', 28.8], ['2020', 'F', 26.6], ['2020', 'M', 30.8],
  ['2021', '_T', 27.3], ['2021', 'F', 25.2], ['2021', 'M', 29.2],
] as const;

/**
 * Who asks, as the authorization tests name them: nobody signed in, a viewer, a provider of the responsible
 * organisation, a provider of another organisation, a reviewer, an admin.
 */
export type Caller = 'anonymous' | 'viewer' | 'provider' | 'other-provider' | 'reviewer' | 'admin';
export const CALLERS: readonly Caller[] = ['anonymous', 'viewer', 'provider', 'other-provider', 'reviewer', 'admin'];

/** The role and organisations a signed-in caller has. */
export const CALLER_ACCOUNTS: Readonly<Record<Exclude<Caller, 'anonymous'>, { role: UserRole; organisations: string[] }>> = {
  viewer: { role: 'viewer', organisations: [] },
  provider: { role: 'provider', organisations: [RESPONSIBLE_ORG] },
  'other-provider': { role: 'provider', organisations: [OTHER_ORG] },
  reviewer: { role: 'reviewer', organisations: [] },
  admin: { role: 'admin', organisations: [] },
};

/**
 * Loads everything but the users into a migrated (or empty) store: framework, country, 3.2.1's series and six values
 * for 2020–2021 imported at {@link IMPORTED_AT}, the organisations HSD (under MOHFW) and MOE, and the responsibilities
 * HSD lead of 3.2.1, MOE lead of 4.1.1.
 */
export async function seedWorkflowData(store: Store): Promise<void> {
  await prepareStore(store);
  await store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [{ code: '050', parent: null, level: 'country', names: { en: 'Bangladesh', bn: 'বাংলাদেশ' }, m49: '050', iso3: 'BGD', codes: {} }]);
    await setSettings(trx, { country: '050', country_name: 'Bangladesh' });
    await upsertSeries(trx, [{ code: SERIES, name: 'Under-five mortality rate', unit: UNIT, indicators: [{ indicatorId: INDICATOR, relation: 'measures' }] }]);
    const source = await upsertSource(trx, { key: 'test:u5mr', kind: 'test', title: 'UN SDG Global Database', licence: 'CC BY 4.0' }, IMPORTED_AT);
    await insertObservations(store, trx, source, U5MR.map(([y, sex, value]) => observation({ period: year(y), dimensions: { SEX: sex, AGE: 'Y0T4' }, value })));
    await saveOrganisations(trx, [
      { id: 'MOHFW', parent: null, name: 'Ministry of Health and Family Welfare', kind: 'ministry' },
      { id: RESPONSIBLE_ORG, parent: 'MOHFW', name: 'Health Services Division', kind: 'division' },
      { id: OTHER_ORG, parent: null, name: 'Ministry of Education', kind: 'ministry' },
    ], []);
    await replaceResponsibilities(trx, [
      { indicatorId: INDICATOR, organisationId: RESPONSIBLE_ORG, role: 'lead' },
      { indicatorId: '4.1.1', organisationId: OTHER_ORG, role: 'lead' },
    ]);
  });
}

/**
 * Creates one user per signed-in caller, each with an open session (as a log-in would) and the password
 * TEST_PASSWORD; user names are `<caller>-<suffix>`.
 */
export async function seedCallers(db: Db, suffix: string): Promise<Record<Exclude<Caller, 'anonymous'>, SignedIn>> {
  const out = {} as Record<Exclude<Caller, 'anonymous'>, SignedIn>;
  for (const [caller, { role, organisations }] of Object.entries(CALLER_ACCOUNTS) as [Exclude<Caller, 'anonymous'>, { role: UserRole; organisations: string[] }][]) {
    out[caller] = await signIn(db, role, organisations, `${caller}-${suffix}`);
  }
  return out;
}

/** One grid entry of 3.2.1 (total, under five, Bangladesh), as `PUT /submissions/{id}/changes` takes it in `changes`. */
export function valueEntry(timePeriod: string, value: number, baseRevision = 0): ObservationKeyParts & { value: number; baseRevision: number } {
  return { series: SERIES, area: '050', timePeriod, dimensions: { SEX: '_T', AGE: 'Y0T4' }, unit: UNIT, value, baseRevision };
}
