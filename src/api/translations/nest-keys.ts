/**
 * Dotted keys to the nested object the site's strings files use; a key that would sit inside a text (or hold one
 * under it) is left out, the first in sorted order winning. Only own properties count, so a key part such as
 * `__proto__` or `constructor` is an ordinary name and never reaches an object's prototype.
 * @example nestKeys({ 'home.title': 'A', 'home.lead': 'B' }) // { home: { lead: 'B', title: 'A' } }
 */
export function nestKeys(flat: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(flat).sort()) {
    const parts = key.split('.');
    let node: Record<string, unknown> = out;
    let fits = true;
    for (const part of parts.slice(0, -1)) {
      if (!Object.hasOwn(node, part)) define(node, part, {});
      const next = node[part];
      if (typeof next !== 'object' || next === null) { fits = false; break; }
      node = next as Record<string, unknown>;
    }
    const last = parts[parts.length - 1]!;
    if (fits && !Object.hasOwn(node, last)) define(node, last, flat[key]);
  }
  return out;
}

/** Sets an own, enumerable property, even one named `__proto__`. */
function define(node: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(node, name, { value, enumerable: true, writable: true, configurable: true });
}
