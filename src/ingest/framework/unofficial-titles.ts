import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { activeFrameworkId, saveUnofficialLabels, type Db } from '../../store/index.ts';
import { BUNDLED_FRAMEWORK_DIR } from './index.ts';

/** One title text of a goal, target or indicator in a language, from a file of unofficial translations. */
export interface UnofficialTitle {
  entity: 'goal' | 'target' | 'indicator';
  /** Goal `1`, target `1.2`, indicator `1.2.1`. */
  code: string;
  lang: string;
  field: 'title' | 'short';
  text: string;
}

/** Where the product's own (unofficial) translations live: `datasets/framework/<lang>-unofficial/`. */
export const UNOFFICIAL_DIRS = [{ lang: 'bn', dir: join(BUNDLED_FRAMEWORK_DIR, 'bn-unofficial') }];

/**
 * Reads unofficial title translations laid out as the Open SDG translation files (`global_goals.yml` with keys
 * `1-title`, `1-short`; `global_targets.yml` with `1-2-title`; `global_indicators.yml` with `1-2-1-title`), texts
 * normalised to Unicode NFC. A missing file gives nothing.
 * @example readUnofficialTitles(UNOFFICIAL_DIRS)[0] // { entity: 'goal', code: '1', lang: 'bn', field: 'title', text: 'সর্বত্র সব ধরনের দারিদ্র্যের অবসান' }
 */
export function readUnofficialTitles(dirs: readonly { lang: string; dir: string }[] = UNOFFICIAL_DIRS): UnofficialTitle[] {
  const out: UnofficialTitle[] = [];
  for (const { lang, dir } of dirs) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir);
    for (const [file, entity] of [['global_goals.yml', 'goal'], ['global_targets.yml', 'target'], ['global_indicators.yml', 'indicator']] as const) {
      if (!files.includes(file)) continue;
      const parsed = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown> | null;
      for (const [key, value] of Object.entries(parsed ?? {})) {
        const m = /^([0-9a-z-]+)-(title|short)$/.exec(key);
        if (!m || typeof value !== 'string' || !value.trim()) continue;
        out.push({ entity, code: m[1]!.replaceAll('-', '.'), lang, field: m[2] as 'title' | 'short', text: value.trim().normalize('NFC') });
      }
    }
  }
  return out;
}

/**
 * Stores the shipped unofficial titles in the active framework's `labels` with status `unofficial`: adds the ones
 * missing and refreshes the unofficial ones, never touching an official or nationally edited text. Idempotent; does
 * nothing on a database without a framework. Call inside a transaction.
 * @returns how many label rows were added or changed.
 */
export async function loadUnofficialTitles(trx: Db): Promise<number> {
  const scope = await activeFrameworkId(trx);
  if (!scope) return 0;
  return saveUnofficialLabels(trx, scope, readUnofficialTitles());
}
