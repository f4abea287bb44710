import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUNDLED_FRAMEWORK_DIR, readFramework, readGlobalTargetRules, readGlobalTargetSeriesRules, readSdmxCodes, SDMX_CONCEPTS,
} from '../ingest/framework/index.ts';
import { readIndicatorTiers } from '../ingest/framework/indicator-tiers.ts';
import { loadUnofficialTitles } from '../ingest/framework/unofficial-titles.ts';
import { BUNDLED_COUNTRY_DIR, loadMissingBoundaries } from '../ingest/country-bundle/index.ts';
import {
  activeFrameworkId, getSetting, listGlobalTargetRules, listIndicatorTiers, migrateToLatest, replaceGlobalTargetRules, replaceIndicatorTiers,
  saveCodeNames, saveFramework, setSettings, upsertDimensions,
  type Store,
} from '../store/index.ts';

/**
 * Makes a store ready for data: migrates the schema, and on a database without a framework loads the bundled UN
 * global indicator framework (goals, targets, indicators, titles in every shipped language) and the SDMX concept
 * and code names, in one transaction; the IAEG-SDGs indicator tiers are loaded into any database that has none yet,
 * and the global 2030 target rules (of indicators and of series) into any database that has none or holds those of
 * other shipped files (their digest is kept in the setting `global_target_rules_digest`); a database of the bundled
 * country without area outlines gets them.
 * @returns whether the framework was loaded now (false when it was there already).
 */
export async function prepareStore(store: Store): Promise<boolean> {
  await migrateToLatest(store);
  await loadGlobalTargetRules(store);
  await loadMissingBoundaries(store, BUNDLED_COUNTRY_DIR);
  if ((await listIndicatorTiers(store.db)).size === 0) {
    const tiers = readIndicatorTiers(join(BUNDLED_FRAMEWORK_DIR, 'indicator-tiers.csv'));
    await store.db.transaction().execute((trx) => replaceIndicatorTiers(trx, tiers));
  }
  await store.db.transaction().execute((trx) => loadUnofficialTitles(trx)); // unofficial titles of an existing framework
  if (await activeFrameworkId(store.db)) return false;
  const framework = readFramework();
  const codes = readSdmxCodes(join(BUNDLED_FRAMEWORK_DIR, 'sdmx-codelists.csv'));
  await store.db.transaction().execute(async (trx) => {
    await saveFramework(trx, framework);
    await loadUnofficialTitles(trx);
    await upsertDimensions(trx, Object.entries(SDMX_CONCEPTS).filter(([, c]) => c.role === 'dimension')
      .map(([id, c]) => ({ id, name: c.name, isSdmx: true })));
    await saveCodeNames(trx, codes.map((c) => ({ concept: c.concept, code: c.code, lang: 'en', name: c.name })));
  });
  return true;
}

/** The shipped files of global rules: the indicators' (Open SDG) and the series' (the product's own reading). */
const RULE_FILES = ['global-targets-opensdg.csv', 'global-target-series-rules.csv'].map((f) => join(BUNDLED_FRAMEWORK_DIR, f));
const RULES_DIGEST_SETTING = 'global_target_rules_digest';

/** Replaces the stored global rules with the shipped ones when there are none or the shipped files changed since. */
async function loadGlobalTargetRules(store: Store): Promise<void> {
  const hash = createHash('sha256');
  for (const file of RULE_FILES) hash.update(readFileSync(file));
  const digest = hash.digest('base64url');
  const stored = await getSetting(store.db, RULES_DIGEST_SETTING);
  if (stored === digest && (await listGlobalTargetRules(store.db)).size > 0) return;
  const [indicatorFile, seriesFile] = RULE_FILES as [string, string];
  const rules = [...readGlobalTargetRules(indicatorFile), ...readGlobalTargetSeriesRules(seriesFile)];
  await store.db.transaction().execute(async (trx) => {
    await replaceGlobalTargetRules(trx, rules);
    await setSettings(trx, { [RULES_DIGEST_SETTING]: digest });
  });
}
