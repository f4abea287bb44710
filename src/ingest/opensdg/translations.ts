import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Reject } from '../reject-report.ts';

/**
 * The repository's own translations (`translations/<lang>/<group>.yml`), used to resolve metadata values that are
 * translation keys such as `custom.1-2-1-page-content` or `global_indicators.1-2-1-title`. Keys the repository does
 * not translate itself (the UK repository has no `translations/` folder; its `indicator_name` is
 * `global_indicators.1-2-1-title`) are kept as given, for the API to resolve against the framework's titles.
 */
export class Translations {
  private constructor(private readonly byLanguage: Map<string, Map<string, unknown>>, private readonly fallback: string) {}

  /**
   * Reads `translations/<lang>/*.yml` for each language; a file that is not valid YAML becomes a reject
   * (line 0, or the line the YAML parser names) and is left out.
   */
  static async read(folder: string, languages: string[], rejects: Reject[]): Promise<Translations> {
    const byLanguage = new Map<string, Map<string, unknown>>();
    for (const lang of languages) {
      const groups = new Map<string, unknown>();
      const dir = join(folder, 'translations', lang);
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
        const file = `translations/${lang}/${name}`;
        try {
          groups.set(name.replace(/\.ya?ml$/, ''), parseYaml(await readFile(join(dir, name), 'utf8'), YAML_OPTIONS) ?? {});
        } catch (e) {
          rejects.push({ file, line: yamlLine(e), column: '', reason: `invalid YAML: ${(e as Error).message.split('\n')[0]}` });
        }
      }
      byLanguage.set(lang, groups);
    }
    return new Translations(byLanguage, languages[0] ?? 'en');
  }

  /**
   * Replaces every string in `value` (at any depth) that is a key the repository translates in `lang` (or, failing
   * that, in the default language) by its text; other strings are kept. Every string comes out in Unicode NFC
   * (Canada's French files write `é` as `e` + U+0301).
   * @example translations.resolve('custom.data-comp', 'fr') // 'Les données étaient disponibles …'
   */
  resolve(value: unknown, lang: string): unknown {
    if (typeof value === 'string') return (this.lookup(value, lang) ?? this.lookup(value, this.fallback) ?? value).normalize('NFC');
    if (Array.isArray(value)) return value.map((v) => this.resolve(v, lang));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v, lang)]));
    }
    return value;
  }

  private lookup(key: string, lang: string): string | null {
    const m = /^([A-Za-z0-9_]+)\.(\S+)$/.exec(key);
    if (!m) return null;
    let node: unknown = this.byLanguage.get(lang)?.get(m[1]!);
    if (!node || typeof node !== 'object') return null;
    const flat = (node as Record<string, unknown>)[m[2]!];
    if (typeof flat === 'string') return flat;
    for (const part of m[2]!.split('.')) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    return typeof node === 'string' ? node : null;
  }
}

/**
 * How repository YAML is read: a key given twice keeps its last value, as Open SDG's own build (PyYAML) reads it;
 * real repositories have such files (Canada's `meta/3-4-1.yml`, `translations/en/data.yml`).
 */
export const YAML_OPTIONS = { uniqueKeys: false } as const;

/** The 1-based line a `yaml` parse error points at, or 0. */
export function yamlLine(e: unknown): number {
  const pos = (e as { linePos?: { line: number }[] }).linePos;
  return pos?.[0]?.line ?? 0;
}
