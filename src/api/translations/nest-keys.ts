/**
 * Dotted keys to the nested object the site's strings files use; a key that would sit inside a text (or hold one
 * under it) is left out, the first in sorted order winning.
 * @example nestKeys({ 'home.title': 'A', 'home.lead': 'B' }) // { home: { lead: 'B', title: 'A' } }
 */
export function nestKeys(flat: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(flat).sort()) {
    const parts = key.split('.');
    let node: Record<string, unknown> = out;
    let fits = true;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (next === undefined) node[part] = {};
      else if (typeof next !== 'object') { fits = false; break; }
      node = node[part] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1]!;
    if (fits && node[last] === undefined) node[last] = flat[key];
  }
  return out;
}
