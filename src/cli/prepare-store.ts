import { join } from 'node:path';
import { BUNDLED_FRAMEWORK_DIR, readFramework, readSdmxCodes, SDMX_CONCEPTS } from '../ingest/framework/index.ts';
import { activeFrameworkId, migrateToLatest, saveFramework, upsertDimensions, type Store } from '../store/index.ts';

/**
 * Makes a store ready for data: migrates the schema, and on a database without a framework loads the bundled UN
 * global indicator framework (goals, targets, indicators, titles in every shipped language) and the SDMX concept
 * and code names, in one transaction.
 * @returns whether the framework was loaded now (false when it was there already).
 */
export async function prepareStore(store: Store): Promise<boolean> {
  await migrateToLatest(store);
  if (await activeFrameworkId(store.db)) return false;
  const framework = readFramework();
  const codes = readSdmxCodes(join(BUNDLED_FRAMEWORK_DIR, 'sdmx-codelists.csv'));
  await store.db.transaction().execute(async (trx) => {
    await saveFramework(trx, framework);
    await upsertDimensions(trx, Object.entries(SDMX_CONCEPTS).map(([id, c]) => ({ id, name: c.name, isSdmx: true })));
    const labels = codes.map((c) => ({ scope: '', entity: 'code', entity_id: `${c.concept}:${c.code}`, lang: 'en', field: 'name', text: c.name }));
    for (let i = 0; i < labels.length; i += 500) {
      await trx.insertInto('labels').values(labels.slice(i, i + 500))
        .onConflict((oc) => oc.columns(['scope', 'entity', 'entity_id', 'lang', 'field']).doNothing()).execute();
    }
  });
  return true;
}
