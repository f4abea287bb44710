import type { Selection } from './selection.ts';

/** Query parameters of an indicator page that are not a selection. */
const RESERVED = new Set(['lang', 'view']);

/**
 * A selection as an indicator page's query, in the open API's own terms (`series`, `unit`, `area`, then dimension
 * IDs with a code, or `*` to compare). Only what differs from the page's opening state is written: the series when
 * it is not the headline one, the rest when it differs from the series' default selection. So the default page has
 * a clean address, and a shared address reopens the same chart.
 * @example selectionToParams({ …, dimensions: { AGE: 'Y0T4', SEX: 'F' } }, { …, dimensions: { AGE: 'Y0T4', SEX: '_T' } }, 'SH_DYN_MORT')
 * // { SEX: 'F' }
 */
export function selectionToParams(selection: Selection, defaults: Selection, headline: string): Record<string, string> {
  const params: Record<string, string> = {};
  if (selection.series !== headline) params.series = selection.series;
  if (selection.unit && selection.unit !== defaults.unit) params.unit = selection.unit;
  if (selection.area && selection.area !== defaults.area) params.area = selection.area;
  for (const [id, code] of Object.entries(selection.dimensions)) if (code !== defaults.dimensions[id]) params[id] = code;
  return params;
}

/**
 * What an indicator page's query asks for: the series (if any) and a partial selection to repair against the data.
 * @example selectionFromParams(new URLSearchParams('series=SH_DYN_MORT&SEX=*&lang=bn'))
 * // { series: 'SH_DYN_MORT', unit: null, area: null, dimensions: { SEX: '*' } }
 */
export function selectionFromParams(params: URLSearchParams): Omit<Selection, 'series'> & { series: string | null } {
  const dimensions: Record<string, string> = {};
  for (const [key, value] of params) {
    if (RESERVED.has(key) || key === 'series' || key === 'unit' || key === 'area' || value === '') continue;
    dimensions[key] = value;
  }
  return { series: params.get('series'), unit: params.get('unit'), area: params.get('area'), dimensions };
}
