import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/**
 * The IAEG-SDGs tier classification of each global indicator (`un_designated_tier`), as shipped in
 * `datasets/framework/indicator-tiers.csv` (`indicator,tier,source`; built from Open SDG metadata by
 * `scripts/build-indicator-tiers.ts`, see datasets/framework/SOURCE.md).
 * Tiers (IAEG-SDGs, "Tier classification for global SDG indicators"): I — established methodology and data regularly
 * produced by at least half of countries; II — established methodology, data not regularly produced; III — no
 * established methodology yet. An indicator whose parts sit in different tiers keeps them all: `I/II`.
 */
export interface IndicatorTierRow {
  indicatorId: string;
  tier: string;
  source: string;
}

/**
 * A published tier text as `I`, `II`, `III`, or several joined by `/` in ascending order; null when it names none.
 * @example normaliseTier('Tier I') // 'I'
 * normaliseTier('Niveau II') // 'II'
 * normaliseTier('2.0') // 'II'
 * normaliseTier('Tier I (a) / Tier II (b, c)') // 'I/II'
 * normaliseTier('   ') // null
 */
export function normaliseTier(text: string): string | null {
  const found = new Set<number>();
  const cleaned = text.replace(/\([^()]*\)/g, ' ');
  for (const m of cleaned.matchAll(/\b(III|II|I|[123])(?:\.0)?\b/g)) {
    const token = m[1]!;
    found.add(/^\d$/.test(token) ? Number(token) : token.length);
  }
  if (found.size === 0) return null;
  return [...found].sort((a, b) => a - b).map((n) => 'I'.repeat(n)).join('/');
}

/**
 * Reads `indicator,tier,source` rows (header required; blank tiers skipped; the first row of an indicator wins).
 * @throws Error naming the file when the header lacks a column, or the line and value of a tier that is not I, II, III.
 */
export function readIndicatorTiers(file: string): IndicatorTierRow[] {
  const rows = parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const first = rows[0];
  if (first && !['indicator', 'tier', 'source'].every((c) => c in first)) throw new Error(`${file}: header must be "indicator,tier,source"`);
  const seen = new Map<string, IndicatorTierRow>();
  rows.forEach((r, i) => {
    const indicatorId = (r.indicator ?? '').trim();
    const tier = (r.tier ?? '').trim();
    if (!indicatorId || !tier || seen.has(indicatorId)) return;
    if (!/^(I|II|III)(\/(I|II|III))*$/.test(tier)) throw new Error(`${file}: line ${i + 2}, column tier: "${tier}" is not I, II, III or a list such as I/II`);
    seen.set(indicatorId, { indicatorId, tier, source: (r.source ?? '').trim() });
  });
  return [...seen.values()];
}
