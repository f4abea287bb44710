import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Framework } from '../../domain/index.ts';
import { addTranslations } from './sdg-translations.ts';
import { readFrameworkCsv } from './un-framework-csv.ts';

/** The framework files the product ships: `datasets/framework/`. */
export const BUNDLED_FRAMEWORK_DIR = fileURLToPath(new URL('../../../datasets/framework/', import.meta.url));

/**
 * Reads a framework version from a folder holding `un-gif-2025.csv` (or `csvName`) and `sdg-translations/<lang>/`.
 * @example readFramework().indicators.length // 235 unique indicators in 251 listings
 */
export function readFramework(dir = BUNDLED_FRAMEWORK_DIR, csvName = 'un-gif-2025.csv'): Framework & { languages: string[] } {
  const { goals, targets, indicators } = readFrameworkCsv(join(dir, csvName));
  const languages = addTranslations(join(dir, 'sdg-translations'), goals, targets, indicators);
  return {
    version: { id: 'un-gif-2025', title: 'Global indicator framework after the 2025 comprehensive review', adopted: '2025-03-07' },
    goals, targets, indicators, languages,
  };
}
export { readSdmxCodes, SDMX_CONCEPTS, type ConceptCode } from './sdmx-codelists.ts';
export { readGlobalTargetRules, GLOBAL_RULES_SOURCE } from './global-target-rules.ts';
export { readGlobalTargetSeriesRules, SERIES_RULES_SOURCE } from './global-target-series-rules.ts';
