import { levelOrder } from '../../assessment/index.ts';
import { boundaryLevels, type Db, type LocalisedArea } from '../../store/index.ts';
import { badParameter } from '../errors.ts';

/** One level of the stored area tree: its depth below the country, and how many areas and outlines it holds. */
export interface AreaLevelInfo {
  level: string;
  depth: number;
  areas: number;
  outlines: number;
}

/**
 * The levels of the stored area tree, top first, with their counts. Levels are data: Bangladesh's store gives
 * country, division, district; Rwanda's country, province, district.
 * @example await areaLevels(db, areas) // [{ level: 'country', depth: 0, areas: 1, outlines: 0 }, { level: 'province', depth: 1, areas: 5, outlines: 5 }, …]
 */
export async function areaLevels(db: Db, areas: readonly LocalisedArea[]): Promise<AreaLevelInfo[]> {
  const outlines = await boundaryLevels(db);
  return levelOrder(areas).map((level, depth) => ({
    level, depth, areas: areas.filter((a) => a.level === level).length, outlines: outlines[level] ?? 0,
  }));
}

/**
 * The level a request names, checked against the stored levels, or the default: the finest level holding outlines
 * when `prefer` is `outlines`, else the finest stored level (`district` when no area is stored).
 * @throws ApiError BAD_PARAMETER naming the stored levels, e.g. `parameter level: unknown level "division": the stored levels are country, province, district`.
 */
export function resolveLevel(levels: readonly AreaLevelInfo[], asked: string | undefined, prefer: 'outlines' | 'finest' = 'finest'): string {
  if (asked !== undefined) {
    if (levels.some((l) => l.level === asked)) return asked;
    throw badParameter('level', levels.length === 0
      ? `unknown level "${asked}": no reference areas are stored`
      : `unknown level "${asked}": the stored levels are ${levels.map((l) => l.level).join(', ')}`);
  }
  const candidates = prefer === 'outlines' ? levels.filter((l) => l.outlines > 0) : levels;
  return candidates[candidates.length - 1]?.level ?? levels[levels.length - 1]?.level ?? 'district';
}
