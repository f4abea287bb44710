import { pocketReasons, type PocketReason } from '../../analysis/area-pockets.ts';
import type { AssessedResult, ProgressMethod } from '../../analysis/progress/index.ts';
import { OFF_TRACK, type AppliedTarget } from '../../assessment/index.ts';
import { presentResult } from '../progress/presenter.ts';
import type { AreaValue, AreaValueSet } from '../../assessment/index.ts';

/** One area beside the nation: its value, the national value of that year, the gaps, its target, status and pocket flag. */
export interface AreaComparison extends AreaValue {
  national: number | null;
  difference: number | null;
  ratio: number | null;
  target: AppliedTarget | null;
  progress: AssessedResult | null;
  pocket: boolean;
  pocketReasons: PocketReason[];
}

/**
 * Each area of `level` with a value: its value of `year` (else its latest), compared with the national value of the
 * same year (observed, else derived from the areas); its target and status by `method` come from its own series key
 * (derived areas have none). Ordered by area code.
 * @example compareAreas(set, 'district', 'unsd', { countryArea: '050' })[0] // { area: 'BD-01', year: 2022, value: 41.2, national: 55.3,
 *   //   difference: -14.1, ratio: 0.745, target: {…}, progress: { status: 'not_available', … }, pocket: true, pocketReasons: ['behind_national'] }
 */
export function compareAreas(
  set: AreaValueSet, level: string, method: ProgressMethod, options: { year?: number | undefined; countryArea: string | null },
): AreaComparison[] {
  const { year } = options;
  const latest = new Map<string, AreaValue>();
  for (const v of set.byLevel.get(level) ?? []) {
    if (year !== undefined && v.year !== year) continue;
    const held = latest.get(v.area);
    if (!held || v.year > held.year) latest.set(v.area, v);
  }
  const nationalOf = new Map(set.national.map((v) => [v.year, v.value]));
  const nationalStatus = nationalStatusOf(set, options.countryArea, method);
  return [...latest.values()].sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : 0)).map((v) => {
    const national = nationalOf.get(v.year) ?? null;
    const key = v.derived ? undefined : set.keys.get(v.area);
    const progress = key ? presentResult(key.results[method]) : null;
    const reasons = pocketReasons({
      value: v.value, national, direction: set.direction, status: progress?.status ?? null, nationalStatus, offTrack: OFF_TRACK[method],
    });
    return {
      ...v,
      national,
      difference: national === null ? null : v.value - national,
      ratio: national === null || national === 0 ? null : v.value / national,
      target: key?.target ?? null,
      progress,
      pocket: reasons.length > 0,
      pocketReasons: reasons,
    };
  });
}

/** The national status of the selection by `method`: the country key's, or null when the country has no key. */
export function nationalStatusOf(set: AreaValueSet, countryArea: string | null, method: ProgressMethod): string | null {
  const key = countryArea === null ? undefined : set.keys.get(countryArea);
  return key ? key.results[method].status : null;
}
