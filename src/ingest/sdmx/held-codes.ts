import { sdmxObservation } from '../../export/sdmx/index.ts';
import { decodeDimensions, type Db } from '../../store/index.ts';

/**
 * The codes the store's published observations carry, written as the SDMX export writes them (see sdmxObservation),
 * by series and component: series → component ID → codes. Example: `HeldCodes.get('EN_MAT_DOMCMPC')?.get('PRODUCT')`
 * → `Set { 'alp', 'bim', … }`; a stored unit `PERCENT` is held as UNIT_MEASURE `PT`, a breakdown the series' observations
 * leave out as `_T`, no UNIT_MULT as `0`.
 */
export type HeldCodes = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;

/** Components whose codes the store does not vouch for this way: they have rules of their own, or are not codes. */
const NOT_HELD = new Set(['SERIES', 'REF_AREA', 'FREQ', 'TIME_DETAIL', 'COMMENT_OBS', 'CUST_BREAKDOWN_LB']);

/**
 * Reads what {@link HeldCodes} describes in one query (the distinct series, breakdowns, units, multipliers, statuses,
 * natures and attributes of the published observations), for an import to vouch for codes a national office
 * published before. An empty store holds nothing.
 * @example await heldCodes(trx) // Map { 'TM_TRF_ZERO' => Map { 'PRODUCT' => Set { 'agr', 'alp', … }, 'UNIT_MEASURE' => Set { 'PT' }, … }, … }
 */
export async function heldCodes(db: Db): Promise<HeldCodes> {
  const rows = await db.selectFrom('observations')
    .select(['series_code', 'dimensions', 'unit', 'unit_mult', 'obs_status', 'nature', 'attributes']).distinct().execute();
  const held = new Map<string, Map<string, Set<string>>>();
  for (const r of rows) {
    const written = sdmxObservation({
      series: r.series_code, area: '', timePeriod: '2000', periodKind: 'year', periodStart: '2000-01-01', periodEnd: '2000-12-31',
      dimensions: decodeDimensions(r.dimensions), value: 0, unit: r.unit, unitMult: r.unit_mult, obsStatus: r.obs_status,
      nature: r.nature, comment: null, attributes: r.attributes ? JSON.parse(r.attributes) : {},
    });
    let components = held.get(r.series_code);
    if (!components) held.set(r.series_code, (components = new Map()));
    for (const [id, code] of [...Object.entries(written.key), ...Object.entries(written.attributes)]) {
      // A CUST_BREAKDOWN the export made of national breakdowns is read back from its label, never vouched for.
      if (NOT_HELD.has(id) || (id === 'CUST_BREAKDOWN' && written.attributes.CUST_BREAKDOWN_LB !== undefined)) continue;
      let codes = components.get(id);
      if (!codes) components.set(id, (codes = new Set()));
      codes.add(heldForm(id, code));
    }
  }
  return held;
}

/** A code in the form held codes are compared in: UNIT_MULT as a number (`03` and `3` are one multiplier). */
export function heldForm(id: string, code: string): string {
  return id === 'UNIT_MULT' && /^[+-]?\d+$/.test(code.trim()) ? String(Number(code)) : code;
}
