import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceArea } from '../../domain/index.ts';
import {
  type AreaBoundary, type Db, type Store, areaResolver, boundaryLevels, getSetting, listAreas, replaceAreaBoundaries, setSettings,
} from '../../store/index.ts';
import { ImportError } from '../reject-report.ts';
import type { CountryPack } from './pack-schema.ts';
import { readCountryPack } from './read-pack.ts';

/** Setting holding the boundaries' attribution text, answered with every map. */
export const AREA_ATTRIBUTION_SETTING = 'area_attribution';

/** What loading the boundaries did: outlines stored per level, features whose key names no area, areas without one. */
export interface BoundaryReport {
  stored: Record<string, number>;
  /** Features whose `featureKey` value matches no area of that level: `{ level, key }`. */
  unmatchedFeatures: { level: string; key: string }[];
  /** Areas of a level with boundaries that no feature outlines. */
  areasWithoutFeature: string[];
}

/**
 * Stores the outlines the pack names (`areas.boundaries`: level → GeoJSON FeatureCollection), each feature joined to
 * its area by the property `areas.featureKey` (any alias of the area: `BD-13`, `BD`, a P-code); the attribution goes to
 * the setting `area_attribution`. Call inside the transaction that stores the areas.
 * @throws ImportError naming the file when a boundary file is not a FeatureCollection.
 * @example await loadBoundaries(trx, 'datasets/countries/bgd', pack, areas)
 *   // { stored: { country: 1, division: 8, district: 64 }, unmatchedFeatures: [], areasWithoutFeature: [] }
 */
export async function loadBoundaries(trx: Db, folder: string, pack: CountryPack, areas: ReferenceArea[]): Promise<BoundaryReport> {
  const report: BoundaryReport = { stored: {}, unmatchedFeatures: [], areasWithoutFeature: [] };
  const files = pack.areas.boundaries ?? {};
  const key = pack.areas.featureKey ?? 'code';
  const resolve = areaResolver(areas);
  const levelOf = new Map(areas.map((a) => [a.code, a.level]));
  const boundaries: AreaBoundary[] = [];
  for (const [level, file] of Object.entries(files)) {
    const path = join(folder, file);
    const collection = JSON.parse(readFileSync(path, 'utf8')) as { type?: string; features?: GeoFeature[] };
    if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      throw new ImportError(path, 'not a GeoJSON FeatureCollection');
    }
    const outlined = new Set<string>();
    for (const feature of collection.features) {
      const value = String(feature.properties?.[key] ?? feature.id ?? '');
      const code = resolve(value);
      if (code === undefined || levelOf.get(code) !== level || !feature.geometry || outlined.has(code)) {
        report.unmatchedFeatures.push({ level, key: value });
        continue;
      }
      outlined.add(code);
      boundaries.push({ areaCode: code, level, geometry: feature.geometry });
    }
    report.stored[level] = outlined.size;
    report.areasWithoutFeature.push(...areas.filter((a) => a.level === level && !outlined.has(a.code)).map((a) => a.code));
  }
  await replaceAreaBoundaries(trx, Object.keys(files), boundaries);
  if (pack.areas.attribution) await setSettings(trx, { [AREA_ATTRIBUTION_SETTING]: pack.areas.attribution });
  return report;
}

/**
 * Gives a database of the country in `folder` that holds its areas but no outlines (loaded before outlines were stored)
 * the folder's outlines, in one transaction; any other database is left alone.
 * @returns the report when outlines were loaded now, else null.
 */
export async function loadMissingBoundaries(store: Store, folder: string): Promise<BoundaryReport | null> {
  const pack = readCountryPack(folder);
  if (!pack.areas.boundaries || (await getSetting(store.db, 'country')) !== pack.country.m49) return null;
  if (Object.keys(await boundaryLevels(store.db)).length > 0) return null;
  const areas = await listAreas(store.db);
  const levels = pack.areas.boundaries;
  if (!areas.some((a) => a.parent !== null && levels[a.level] !== undefined)) return null;
  return store.db.transaction().execute((trx) => loadBoundaries(trx, folder, pack, areas));
}

interface GeoFeature {
  id?: string | number;
  properties?: Record<string, unknown> | null;
  geometry?: { type: string; coordinates: unknown } | null;
}
