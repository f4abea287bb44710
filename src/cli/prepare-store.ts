import { join } from 'node:path';
import { BUNDLED_FRAMEWORK_DIR, readFramework, readGlobalTargetRules, readSdmxCodes, SDMX_CONCEPTS } from '../ingest/framework/index.ts';
import { readIndicatorTiers } from '../ingest/framework/indicator-tiers.ts';
import {
  activeFrameworkId, listGlobalTargetRules, listIndicatorTiers, migrateToLatest, replaceGlobalTargetRules, replaceIndicatorTiers, saveCodeNames,
  saveFramework, upsertDimensions,
  type Store,
} from '../store/index.ts';

/**
 * Makes a store ready for data: migrates the schema, and on a database without a framework loads the bundled UN
 * global indicator framework (goals, targets, indicators, titles in every shipped language) and the SDMX concept
 * and code names, in one transaction; the global 2030 target rules and the IAEG-SDGs indicator tiers are loaded into any database that has none yet.
 * @returns whether the framework was loaded now (false when it was there already).
 */
export async function prepareStore(store: Store): Promise<boolean> {
  await migrateToLatest(store);
  if ((await listGlobalTargetRules(store.db)).size === 0) {
    const rules = readGlobalTargetRules(join(BUNDLED_FRAMEWORK_DIR, 'global-targets-opensdg.csv'));
    await store.db.transaction().execute((trx) => replaceGlobalTargetRules(trx, rules));
  }
  if ((await listIndicatorTiers(store.db)).size === 0) {
    const tiers = readIndicatorTiers(join(BUNDLED_FRAMEWORK_DIR, 'indicator-tiers.csv'));
    await store.db.transaction().execute((trx) => replaceIndicatorTiers(trx, tiers));
  }
  if (await activeFrameworkId(store.db)) return false;
  const framework = readFramework();
  const codes = readSdmxCodes(join(BUNDLED_FRAMEWORK_DIR, 'sdmx-codelists.csv'));
  await store.db.transaction().execute(async (trx) => {
    await saveFramework(trx, framework);
    await upsertDimensions(trx, Object.entries(SDMX_CONCEPTS).filter(([, c]) => c.role === 'dimension')
      .map(([id, c]) => ({ id, name: c.name, isSdmx: true })));
    await saveCodeNames(trx, codes.map((c) => ({ concept: c.concept, code: c.code, lang: 'en', name: c.name })));
  });
  return true;
}
