import { join } from 'node:path';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import { setUpCountry } from '../../../src/cli/set-up-country.ts';
import type { ReferenceArea } from '../../../src/domain/index.ts';
import { readDsd } from '../../../src/ingest/sdmx-dsd/index.ts';
import { upsertAreas, type Store } from '../../../src/store/index.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'sdmx');
export const RWANDA_DSD = join(FIXTURES, 'rwanda_NISR-SDGs_SDG_DSD_1.3.xml');
export const RWANDA_DATA = join(FIXTURES, 'rwanda_2025_RWA-SDG_Data.xml');
export const GENERIC_SAMPLE = join(FIXTURES, 'sample_generic_1-1-1_synthetic.xml');
export const STRUCTURE_SPECIFIC_SAMPLE = join(FIXTURES, 'sample_structure-specific_1-1-1_synthetic.xml');

/**
 * Sets a store up for Rwanda from the national DSD's CL_REF_AREA: the framework, the country (M49 646, national code
 * `RW`), its 5 provinces (NISR codes 1–5, under the country) and 30 districts (codes 11–57, under the province of
 * their first digit), each stored as `RW.<code>` with the NISR code in `codes.nisr`. Returns the country's code.
 */
export async function setUpRwanda(store: Store): Promise<string> {
  await prepareStore(store);
  const country = await setUpCountry(store, 'RWA', ['RW']);
  const dsd = await readDsd(RWANDA_DSD);
  const list = dsd.codelists.get('NISR-SDGs:CL_REF_AREA(1.0)')!;
  const areas: ReferenceArea[] = [...list.codes.values()].filter((c) => c.id !== 'RW').map((c) => ({
    code: `RW.${c.id}`, parent: c.id.length === 1 ? country : `RW.${c.id[0]}`, level: c.id.length === 1 ? 'province' : 'district',
    names: c.names, m49: null, iso3: null, codes: { nisr: c.id },
  }));
  await store.db.transaction().execute((trx) => upsertAreas(trx, areas));
  return country;
}
