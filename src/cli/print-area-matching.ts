import type { BoundaryReport } from '../ingest/country-bundle/index.ts';
import { listAreas, type Store, unmatchedAreaCodes } from '../store/index.ts';

/**
 * Prints to stderr how the areas matched: outlines stored per level, features whose key names no area, areas without
 * an outline, and observation area codes that match no reference area (code, observations, indicators).
 * @example Area outlines: country 1, division 8, district 64; every feature matched an area; every area of these levels has an outline
 *   Observation area codes matching no area: none
 * @example Area outlines: province 5; every feature matched an area; every area of these levels has an outline; no outlines for: country, district
 */
export async function printAreaMatching(store: Store, boundaries?: BoundaryReport): Promise<void> {
  const out: string[] = [];
  if (boundaries && Object.keys(boundaries.stored).length === 0) {
    out.push('Area outlines: none (the pack names no areas.boundaries), so maps have no outlines');
  } else if (boundaries) {
    const stored = Object.entries(boundaries.stored).map(([level, n]) => `${level} ${n}`).join(', ') || 'none';
    const features = boundaries.unmatchedFeatures.length === 0 ? 'every feature matched an area'
      : `features matching no area: ${boundaries.unmatchedFeatures.map((f) => `${f.level} ${f.key}`).join(', ')}`;
    const areas = boundaries.areasWithoutFeature.length === 0 ? 'every area of these levels has an outline'
      : `areas without an outline: ${boundaries.areasWithoutFeature.join(', ')}`;
    const levels = [...new Set((await listAreas(store.db)).map((a) => a.level))].filter((l) => !(l in boundaries.stored));
    out.push(`Area outlines: ${stored}; ${features}; ${areas}${levels.length > 0 ? `; no outlines for: ${levels.join(', ')}` : ''}`);
  }
  const unmatched = await unmatchedAreaCodes(store.db);
  out.push(`Observation area codes matching no area: ${unmatched.length === 0 ? 'none' : ''}`);
  for (const u of unmatched) out.push(`  ${u.code}: ${u.observations} observations (${u.indicators.join(', ') || 'no indicator'})`);
  process.stderr.write(`${out.join('\n')}\n`);
}
