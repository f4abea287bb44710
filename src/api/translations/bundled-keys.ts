import english from '../../../web/src/i18n/en.json' with { type: 'json' };

const groups = new Set<string>();
const strings = new Set<string>();
(function walk(node: Record<string, unknown>, prefix: string): void {
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      groups.add(path);
      walk(value as Record<string, unknown>, path);
    } else {
      strings.add(path);
    }
  }
})(english as Record<string, unknown>, '');

/**
 * Why a UI string key cannot hold a text, or null when it can: only the strings of the site's English strings file
 * (web/src/i18n/en.json, shipped with the product) can, in every language, the languages added in the
 * administration too. A group of strings (`site`) would hide every string under it, a key under a string
 * (`site.name.x`) has no place, and a key the site never shows (`no.such.key`) would be kept for nothing.
 * @example keyProblem('site') // 'names the group of strings site.…, not one string'
 * @example keyProblem('no.such.key') // 'is not a string of the site (web/src/i18n/en.json)'
 * @example keyProblem('site.name') // null
 */
export function keyProblem(key: string): string | null {
  if (strings.has(key)) return null;
  if (groups.has(key)) return `names the group of strings ${key}.…, not one string`;
  const parts = key.split('.');
  for (let n = 1; n < parts.length; n++) {
    const head = parts.slice(0, n).join('.');
    if (strings.has(head)) return `${head} is a string of the site, so nothing can sit under it`;
  }
  return 'is not a string of the site (web/src/i18n/en.json)';
}
