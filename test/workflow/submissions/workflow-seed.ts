import type { UserRole } from '../../../src/domain/index.ts';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import { findUser, insertObservations, setSettings, upsertAreas, upsertSeries, upsertSource, type Store, type User } from '../../../src/store/index.ts';
import { signIn, type SignedIn } from '../../support/auth.ts';
import { observation, year } from '../../support/builders.ts';

/** Under-five mortality in Bangladesh, UN SDG Global Database (SH_DYN_MORT, 2020–2021, by sex), per 1,000 live births. */
export const U5MR = [
  ['2020', '_T', 28.8], ['2020', 'F', 26.6], ['2020', 'M', 30.8],
  ['2021', '_T', 27.3], ['2021', 'F', 25.2], ['2021', 'M', 29.2],
] as const;

/** When the test source was imported: the published history of its rows starts here. */
export const IMPORTED_AT = '2026-01-01T00:00:00.000Z';

/**
 * A store with: the country Bangladesh (050) and Dhaka division (BD-C); series SH_DYN_MORT measuring 3.2.1 with
 * {@link U5MR} imported at {@link IMPORTED_AT}; organisations MOHFW (lead of 3.2.1), BBS (associate of 3.2.1) and
 * MOE (lead of 4.1.1 only). `framework: true` loads the UN framework too (the API needs it).
 */
export async function seedWorkflow(store: Store, options: { framework?: boolean } = {}): Promise<{ sourceId: number }> {
  if (options.framework) await prepareStore(store);
  return store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [
      { code: '050', parent: null, level: 'country', names: { en: 'Bangladesh' }, m49: '050', iso3: 'BGD', codes: {} },
      { code: 'BD-C', parent: '050', level: 'division', names: { en: 'Dhaka' }, m49: null, iso3: null, codes: {} },
    ]);
    await setSettings(trx, { country: '050', country_name: 'Bangladesh' });
    await upsertSeries(trx, [{ code: 'SH_DYN_MORT', name: 'Under-five mortality rate', unit: 'PER_1000_LIVE_BIRTHS', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] }]);
    await trx.insertInto('organisations').values([
      { id: 'MOHFW', parent_id: null, name: 'Ministry of Health and Family Welfare', kind: 'ministry' },
      { id: 'BBS', parent_id: null, name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office' },
      { id: 'MOE', parent_id: null, name: 'Ministry of Education', kind: 'ministry' },
    ]).execute();
    await trx.insertInto('indicator_responsibilities').values([
      { indicator_id: '3.2.1', organisation_id: 'MOHFW', role: 'lead' },
      { indicator_id: '3.2.1', organisation_id: 'BBS', role: 'associate' },
      { indicator_id: '4.1.1', organisation_id: 'MOE', role: 'lead' },
    ]).execute();
    const sourceId = await upsertSource(trx, { key: 'test:u5mr', kind: 'test', title: 'UN SDG Global Database', licence: 'CC BY 4.0' }, IMPORTED_AT);
    await insertObservations(store, trx, sourceId, U5MR.map(([y, sex, value]) => observation({ area: '050', period: year(y), dimensions: { SEX: sex }, value })));
    return { sourceId };
  });
}

/** A signed-in test user and the store's view of it (for calling the workflow directly). */
export async function workflowUser(store: Store, role: UserRole, organisations: string[] = []): Promise<{ user: User; signed: SignedIn }> {
  const signed = await signIn(store.db, role, organisations);
  const user = await findUser(store.db, signed.userId);
  if (!user) throw new Error('test user vanished');
  return { user, signed };
}

/** A grid entry for the total of SH_DYN_MORT in Bangladesh (overrides replace any field). */
export function entry(overrides: Partial<{ timePeriod: string; sex: string; value: number | null; baseRevision: number; attributes: Record<string, string>; warningComment: string | null }> = {}) {
  const { sex = '_T', ...rest } = overrides;
  return {
    series: 'SH_DYN_MORT', area: '050', timePeriod: '2021', dimensions: { SEX: sex }, unit: 'PER_1000_LIVE_BIRTHS', value: 1, baseRevision: 0,
    ...rest,
  };
}
