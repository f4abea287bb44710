import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Goal, Indicator, Target } from '../../domain/index.ts';

/**
 * Adds titles from Open SDG translation files (`<dir>/<lang>/global_goals.yml` with keys `1-title`, `1-short`;
 * `global_targets.yml` with `1-2-title`; `global_indicators.yml` with `1-2-1-title`) to goals, targets and
 * indicators, in place. English official texts already present are kept (the translation files predate some 2025
 * wording); English goal short names are taken from them. A repeated indicator takes the first of its listings'
 * keys that has a text. Texts are normalised to Unicode NFC (some files hold decomposed accents). Source: open-sdg/sdg-translations (MIT), file layout as published.
 * @returns the languages found, e.g. `['ar', 'en', 'es', 'fr', 'ne', 'ru', 'zh-Hans']`.
 */
export function addTranslations(dir: string, goals: Goal[], targets: Target[], indicators: Indicator[]): string[] {
  const languages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const lang of languages) {
    const goalTexts = readYaml(join(dir, lang, 'global_goals.yml'));
    const targetTexts = readYaml(join(dir, lang, 'global_targets.yml'));
    const indicatorTexts = readYaml(join(dir, lang, 'global_indicators.yml'));
    for (const goal of goals) {
      const title = goalTexts[`${goal.code}-title`];
      const short = goalTexts[`${goal.code}-short`];
      const current = goal.titles[lang];
      if (current) {
        if (short) current.short = short;
      } else if (title) {
        goal.titles[lang] = short ? { title, short } : { title };
      }
    }
    for (const target of targets) {
      const title = targetTexts[`${dash(target.code)}-title`];
      if (title && !target.titles[lang]) target.titles[lang] = { title };
    }
    for (const indicator of indicators) {
      if (indicator.titles[lang]) continue;
      const title = indicator.listings.map((l) => indicatorTexts[`${dash(l.code)}-title`]).find(Boolean);
      if (title) indicator.titles[lang] = { title };
    }
  }
  return languages;
}

function dash(code: string): string {
  return code.replaceAll('.', '-');
}

function readYaml(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const parsed = parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed ?? {})) if (typeof v === 'string') out[k] = v.trim().normalize('NFC');
  return out;
}
