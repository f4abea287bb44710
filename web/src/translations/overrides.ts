/**
 * The national office's UI strings (`GET /api/v1/translations/{lang}`), laid over the strings the site ships: the
 * i18n provider fetches them for each language it loads and merges them into i18next with `addResourceBundle(…,
 * deep = true, overwrite = true)`, so an edit made in Administration → Translations shows on the next page load,
 * and a language added there shows its own strings where it has them and English elsewhere.
 */

/** Languages whose overrides were asked for (answered or not). */
const fetched = new Set<string>();
/** Languages the server says are written right to left (added in the administration as `rtl`). */
const rightToLeft = new Set<string>();

/** Whether the overrides of `lang` were asked for already, so the language can be shown. */
export function overridesFetched(lang: string): boolean {
  return fetched.has(lang);
}

/** Whether the server said `lang` is written right to left (languages added in the administration). */
export function addedRightToLeft(lang: string): boolean {
  return rightToLeft.has(lang);
}

/**
 * The nested UI strings the national office set for `lang` (`{ home: { title: '…' } }`), or `{}` when there are none
 * or the server cannot be reached (the site then shows its own strings). The answer carries an ETag and
 * `Cache-Control: no-cache`, so the browser asks again on each load and gets `304` while nothing changed.
 */
export async function fetchOverrides(lang: string): Promise<object> {
  try {
    const response = await fetch(`/api/v1/translations/${encodeURIComponent(lang)}`, { headers: { accept: 'application/json' } });
    if (!response.ok) return {};
    const body = (await response.json()) as { data?: unknown; meta?: { dir?: string } };
    if (body.meta?.dir === 'rtl') rightToLeft.add(lang);
    return body.data && typeof body.data === 'object' ? body.data : {};
  } catch {
    return {};
  } finally {
    fetched.add(lang);
  }
}
