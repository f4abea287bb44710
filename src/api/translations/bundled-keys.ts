import { existsSync, readFileSync } from 'node:fs';

/** The site's English strings file: every UI string key the site ships. */
const ENGLISH_STRINGS = new URL('../../../web/src/i18n/en.json', import.meta.url);

let groups: Set<string> | null = null;
let leaves: Set<string> | null = null;

/** Reads the dotted keys of the site's strings once: groups (`site`) and strings (`site.name`). */
function load(): void {
  if (groups && leaves) return;
  groups = new Set();
  leaves = new Set();
  if (!existsSync(ENGLISH_STRINGS)) return;
  const walk = (node: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === 'object') {
        groups!.add(path);
        walk(value as Record<string, unknown>, path);
      } else {
        leaves!.add(path);
      }
    }
  };
  walk(JSON.parse(readFileSync(ENGLISH_STRINGS, 'utf8')) as Record<string, unknown>, '');
}

/**
 * Why a UI string key cannot hold a text beside the site's own strings, or null when it can: a key that names a
 * group of strings (`site`) would hide every string under it, and a key under a string (`site.name.x`) has no place.
 * Keys the site does not know otherwise pass (a text for a string of a later version of the site).
 * @example keyConflict('site') // 'names the group of strings site.…, not one string'
 * @example keyConflict('site.name') // null
 */
export function keyConflict(key: string): string | null {
  load();
  if (groups!.has(key)) return `names the group of strings ${key}.…, not one string`;
  const parts = key.split('.');
  for (let n = 1; n < parts.length; n++) {
    const head = parts.slice(0, n).join('.');
    if (leaves!.has(head)) return `${head} is a string of the site, so nothing can sit under it`;
  }
  return null;
}
