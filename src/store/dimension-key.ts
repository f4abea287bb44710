/**
 * The canonical text form of a disaggregation, stored in `observations.dimensions` so both dialects can filter on it
 * with a plain `LIKE`: dimensions sorted by ID, each as `|ID=code`, closed by `|`; no dimensions is ''.
 * `|`, `=` and `%` inside IDs or codes are percent-encoded.
 *
 * @example encodeDimensions({ SEX: 'F', AGE: 'Y0T4' }) // '|AGE=Y0T4|SEX=F|'
 */
export function encodeDimensions(dimensions: Record<string, string>): string {
  const keys = Object.keys(dimensions).sort();
  if (keys.length === 0) return '';
  let key = '|';
  for (const k of keys) key += `${escapePart(k)}=${escapePart(dimensions[k]!)}|`;
  return key;
}

/** Inverse of {@link encodeDimensions}. @example decodeDimensions('|SEX=F|') // { SEX: 'F' } */
export function decodeDimensions(key: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!key) return out;
  for (const pair of key.slice(1, -1).split('|')) {
    const eq = pair.indexOf('=');
    out[unescapePart(pair.slice(0, eq))] = unescapePart(pair.slice(eq + 1));
  }
  return out;
}

/**
 * A LIKE pattern (with `\` as the escape character) matching every key that holds `id=code`.
 * @example dimensionLikePattern('SEX', '_T') // '%|SEX=\\_T|%'
 */
export function dimensionLikePattern(id: string, code: string): string {
  return `%|${escapeLike(`${escapePart(id)}=${escapePart(code)}`)}|%`;
}

/** A LIKE pattern matching every key that has dimension `id` at all. */
export function dimensionPresentPattern(id: string): string {
  return `%|${escapeLike(`${escapePart(id)}=`)}%`;
}

const NEEDS_ESCAPE = /[%|=]/;

function escapePart(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/[%|=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function unescapePart(s: string): string {
  return s.replace(/%(7C|3D|25)/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
