/**
 * Builds datasets/framework/indicator-tiers.csv from the `un_designated_tier` field of two Open SDG metadata sets:
 * Canada (`meta/*.yml`, commit of 2026-03-10) and the United Kingdom (`meta/*.md` front matter, commit of 2025-09-24).
 * Where both give a tier and they disagree, the more recent (Canada) wins; the United Kingdom fills the rest. Only
 * indicators of the bundled framework are kept. Prints the counts and the disagreements.
 *   node --import tsx scripts/build-indicator-tiers.ts ../shared/data/opensdg
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { stringify } from 'csv-stringify/sync';
import { BUNDLED_FRAMEWORK_DIR, readFramework } from '../src/ingest/framework/index.ts';
import { normaliseTier } from '../src/ingest/framework/indicator-tiers.ts';

const root = process.argv[2] ?? '../shared/data/opensdg';
const SOURCES = [
  { id: 'opensdg-can@f89e601 (2026-03-10)', dir: join(root, 'CAN/meta'), ext: '.yml' },
  { id: 'opensdg-gbr@b68b9d9 (2025-09-24)', dir: join(root, 'GBR/meta'), ext: '.md' },
];

function tiersOf(dir: string, ext: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(ext) && /^\d/.test(n))) {
    let text = readFileSync(join(dir, name), 'utf8');
    if (ext === '.md') text = text.split(/^---\s*$/m)[1] ?? '';
    const meta = parseYaml(text, { uniqueKeys: false }) as Record<string, unknown> | null;
    const tier = normaliseTier(String(meta?.un_designated_tier ?? ''));
    if (tier) out.set(name.slice(0, -ext.length).replaceAll('-', '.'), tier);
  }
  return out;
}

const known = new Set(readFramework().indicators.flatMap((i) => [i.id, ...i.listings.map((l) => l.code)]));
const [newer, older] = SOURCES.map((s) => ({ ...s, tiers: tiersOf(s.dir, s.ext) }));
const rows: string[][] = [];
for (const code of [...new Set([...newer!.tiers.keys(), ...older!.tiers.keys()])].filter((c) => known.has(c))) {
  const a = newer!.tiers.get(code), b = older!.tiers.get(code);
  if (a && b && a !== b) console.log(`${code}: ${newer!.id} ${a} over ${older!.id} ${b}`);
  rows.push([code, (a ?? b)!, a ? newer!.id : older!.id]);
}
rows.sort((x, y) => x[0]!.localeCompare(y[0]!, 'en', { numeric: true }));
writeFileSync(join(BUNDLED_FRAMEWORK_DIR, 'indicator-tiers.csv'), stringify([['indicator', 'tier', 'source'], ...rows]));
console.log(`${rows.length} indicators; ${rows.filter((r) => r[2] === newer!.id).length} from ${newer!.id}`);
