import { TOTAL, type Observation } from '../../domain/index.ts';
import { encodeDimensions } from '../../store/index.ts';

/**
 * The identity an upload compares observations by: series, area, period label, unit and the breakdown without its
 * totals, so a dimension at `_T` and a dimension the row does not carry are the same (a template column the series
 * does not use is blank, hence `_T`). Parts are separated by U+001F.
 * @example matchKey(observation({ dimensions: { AGE: 'Y0T4', SEX: '_T' } })) // 'SH_DYN_MORT\u001f050\u001f2021\u001fPER_1000_LIVE_BIRTHS\u001f|AGE=Y0T4|'
 */
export function matchKey(o: Pick<Observation, 'series' | 'area' | 'period' | 'unit' | 'dimensions'>): string {
  return `${o.series}\u001f${o.area}\u001f${o.period.label}\u001f${o.unit}\u001f${encodeDimensions(withoutTotals(o.dimensions))}`;
}

/** The breakdown without dimensions at `_T`. @example withoutTotals({ SEX: '_T', AGE: 'Y0T4' }) // { AGE: 'Y0T4' } */
export function withoutTotals(dimensions: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, code] of Object.entries(dimensions)) if (code !== TOTAL) out[id] = code;
  return out;
}
