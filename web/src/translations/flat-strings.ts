/**
 * A nested strings object as dotted keys, texts only: `{ home: { title: 'A' } }` → `{ 'home.title': 'A' }`.
 */
export function flatStrings(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (!value || typeof value !== 'object') return out;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (typeof inner === 'string') out[`${prefix}${key}`] = inner;
    else flatStrings(inner, `${prefix}${key}.`, out);
  }
  return out;
}

/** The strings files the site ships (`web/src/i18n/<lang>.json`), loaded on demand. */
const FILES = import.meta.glob<{ default: object }>('../i18n/*.json');

/** The strings `lang` ships with, flat (`{}` for a language without a file, e.g. one added in the administration). */
export async function shippedStrings(lang: string): Promise<Record<string, string>> {
  const load = FILES[`../i18n/${lang}.json`];
  return load ? flatStrings((await load()).default) : {};
}
