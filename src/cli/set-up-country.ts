import { countryArea } from '../ingest/m49-codes/index.ts';
import { getSetting, setSettings, upsertAreas, type Store } from '../store/index.ts';

/**
 * Makes an empty database a country's: its area (from the M49 table) and the `country`, `country_name`,
 * `country_names` and `default_language` settings, in one transaction; a database already set up for that country
 * is left as it is. `nationalCodes` are other codes the country's own data give the whole country (the UK's
 * statistics office writes `K02000001`); data rows with them land on the country. Returns the country's area code
 * (M49, e.g. `826`).
 * @throws Error for a code that is no country, or when the database already belongs to another country.
 */
export async function setUpCountry(store: Store, code: string, nationalCodes: string[] = []): Promise<string> {
  const area = countryArea(code);
  if (!area) throw new Error(`"${code}" is not an ISO 3166-1 alpha-3, alpha-2 or M49 code of a country`);
  nationalCodes.forEach((c, i) => { area.codes[i === 0 ? 'national' : `national${i + 1}`] = c; });
  // A database that already belongs to this country keeps its own names, languages and areas as they are.
  if ((await getSetting(store.db, 'country')) === area.code) return area.code;
  await assertCountry(store, area.code, area.names.en ?? area.code);
  await store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [area]);
    await setSettings(trx, {
      country: area.code,
      country_name: area.names.en ?? area.code,
      country_names: JSON.stringify(area.names),
      default_language: 'en',
    });
  });
  return area.code;
}

/**
 * Refuses to mix countries: when the database already belongs to a country other than `code`, throws an Error
 * naming both and the way out (another DATABASE_URL).
 */
export async function assertCountry(store: Store, code: string, name: string): Promise<void> {
  const current = await getSetting(store.db, 'country');
  if (current !== null && current !== code) {
    const currentName = (await getSetting(store.db, 'country_name')) ?? current;
    throw new Error(`${store.location} already holds ${currentName} (${current}); set DATABASE_URL to another database for ${name} (${code})`);
  }
}
