import type { Selection } from '../indicator/selection.ts';

/**
 * The iframe markup of an indicator's embeddable chart for a selection.
 * @example embedSnippet('https://sdg.example', '3.2.1', { series: 'SH_DYN_MORT', unit: null, area: null, dimensions: { SEX: 'F' } }, 'en', 'U5MR')
 * // '<iframe src="https://sdg.example/embed/indicator/3.2.1?series=SH_DYN_MORT&amp;SEX=F" title="U5MR" width="100%" height="560" …></iframe>'
 */
export function embedSnippet(origin: string, code: string, selection: Selection, lang: string, title: string): string {
  const params = new URLSearchParams({ series: selection.series });
  if (selection.unit) params.set('unit', selection.unit);
  if (selection.area) params.set('area', selection.area);
  for (const [id, value] of Object.entries(selection.dimensions)) params.set(id, value);
  if (lang !== 'en') params.set('lang', lang);
  const src = `${origin}/embed/indicator/${encodeURIComponent(code)}?${params.toString()}`;
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
