import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { insertObservations, openDraft, setSettings, upsertAreas, upsertSeries, upsertSource, type Store } from '../../src/store/index.ts';
import { observation, year } from '../support/builders.ts';

/**
 * Bangladesh's 3.2.1 as `init` stores it, cut to 2019–2021: under-five mortality rate (SH_DYN_MORT) and deaths
 * (SH_DYN_MORTN) by sex, age under 5, nature E (UN SDG Global Database, see datasets/countries/bgd).
 */
export const U5MR: [string, string, number][] = [
  ['2019', '_T', 30.4], ['2020', '_T', 28.8], ['2021', '_T', 27.3], ['2019', 'F', 28.2], ['2020', 'F', 26.6], ['2021', 'F', 25.2],
  ['2019', 'M', 32.6], ['2020', 'M', 30.8], ['2021', 'M', 29.2],
];
export const U5_DEATHS: [string, string, number][] = [['2021', '_T', 82081], ['2021', 'F', 37012], ['2021', 'M', 45069]];

/**
 * Seeds the framework, Bangladesh and Dhaka district, the two 3.2.1 series (plus 1.1.1's SI_POV_DAY1), the
 * Ministry of Health (lead for 3.2.1) and the statistics bureau (no responsibility), and opens a draft of 3.2.1 for the
 * ministry. Rows go straight into the tables where the store has no writer this test needs.
 * @returns the draft's submission id
 */
export async function seedUploads(store: Store, createdBy: () => Promise<number>): Promise<number> {
  await prepareStore(store);
  const now = '2026-03-01T10:00:00.000Z';
  await store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [
      { code: '050', parent: null, level: 'country', names: { en: 'Bangladesh' }, m49: '050', iso3: 'BGD', codes: { iso2: 'BD' } },
      { code: 'BD-13', parent: '050', level: 'district', names: { en: 'Dhaka' }, m49: null, iso3: null, codes: { pcode: 'BD3026' } },
    ]);
    await setSettings(trx, { country: '050', country_name: 'Bangladesh' });
    await upsertSeries(trx, [
      { code: 'SH_DYN_MORT', name: 'Under-five mortality rate, by sex (deaths per 1,000 live births)', unit: 'PER_1000_LIVE_BIRTHS', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] },
      { code: 'SH_DYN_MORTN', name: 'Under-five deaths (number)', unit: 'NUMBER', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] },
      { code: 'SI_POV_DAY1', name: 'Proportion of population below international poverty line (%)', unit: 'PERCENT', indicators: [{ indicatorId: '1.1.1', relation: 'measures' }] },
    ]);
    const source = await upsertSource(trx, { key: 'test:unsd', kind: 'unsd-sdg-database', title: 'UN SDG Global Database' }, '2026-01-01T00:00:00.000Z');
    await insertObservations(store, trx, source, [
      ...U5MR.map(([y, sex, value]) => observation({ period: year(y), dimensions: { AGE: 'Y0T4', SEX: sex }, value, attributes: { NATURE: 'E' } })),
      ...U5_DEATHS.map(([y, sex, value]) => observation({ series: 'SH_DYN_MORTN', unit: 'NUMBER', period: year(y), dimensions: { AGE: 'Y0T4', SEX: sex }, value, attributes: { NATURE: 'E' } })),
    ]);
    await trx.insertInto('organisations').values([
      { id: 'MOHFW', parent_id: null, name: 'Ministry of Health and Family Welfare', kind: 'ministry' },
      { id: 'BBS', parent_id: null, name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office' },
    ]).execute();
    await trx.insertInto('indicator_responsibilities').values({ indicator_id: '3.2.1', organisation_id: 'MOHFW', role: 'lead' }).execute();
  });
  const userId = await createdBy();
  const { submission } = await openDraft(store.db, { indicatorId: '3.2.1', organisationId: 'MOHFW', userId, now });
  return submission.id;
}

/** A multipart/form-data body holding one file, as a browser's form sends it. */
export function multipart(fileName: string, bytes: Buffer | string, type = 'text/csv'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----sdg-tracker-upload-7MA4YWxkTrZu0gW';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`),
    Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Tables a request itself writes (its session's last use), left out of the content digest. */
const REQUEST_BOOKKEEPING = new Set(['sessions', 'login_throttle']);

/** A SHA-256 of every row of every table (sorted by all columns), so equal digests mean the database did not change. */
export async function databaseDigest(store: Store): Promise<string> {
  const hash = createHash('sha256');
  const tables = (await store.db.introspection.getTables()).filter((t) => !REQUEST_BOOKKEEPING.has(t.name)).sort((a, b) => a.name.localeCompare(b.name));
  for (const table of tables) {
    const columns = table.columns.map((c) => c.name);
    const order = columns.map((_, i) => String(i + 1)).join(', ');
    const { rows } = await sql<Record<string, unknown>>`SELECT ${sql.raw(columns.map((c) => `"${c}"`).join(', '))} FROM ${sql.table(table.name)} ORDER BY ${sql.raw(order)}`.execute(store.db);
    hash.update(`${table.name}\n`);
    for (const row of rows) hash.update(`${JSON.stringify(Object.values(row))}\n`);
  }
  return hash.digest('hex');
}
