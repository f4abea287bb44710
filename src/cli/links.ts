import type { Command } from 'commander';
import { nationalLinksFor, type LinksResult } from '../assessment/index.ts';
import { byStrength } from '../api/interlinkages/presenter.ts';
import { openPreparedStore } from './open-store.ts';

interface LinksOptions {
  json?: boolean;
  minYears: string;
  difference?: boolean;
}

/**
 * `sdg-tracker links [--json] [--min-years 5] [--difference]`: every pair of indicators whose national series share
 * enough years, with Spearman ρ of the direction-aligned series, its p-value, n and class (Pradhan et al. 2017,
 * Earth's Future 5:1169–1179: synergy ρ > 0.6, trade-off ρ < −0.6, both with p < 0.05). A table strongest first with
 * a line of counts, or with `--json` one object `{ minYears, difference, counts, withoutDirection, pairs }`.
 * @example sdg-tracker links --min-years 8 --json
 */
export function registerLinks(program: Command): void {
  program.command('links')
    .description('indicator pairs that move together: Spearman ρ of national series, p-value, n and class (synergy / trade-off)')
    .option('--json', 'print one JSON object instead of a table')
    .option('--min-years <n>', 'fewest years both series must share (at least 3)', '5')
    .option('--difference', 'correlate year-on-year changes instead of levels')
    .action(async (options: LinksOptions) => {
      const minYears = Number(options.minYears);
      if (!Number.isInteger(minYears) || minYears < 3) throw new Error(`--min-years: "${options.minYears}" is not a whole number of at least 3`);
      const { store } = await openPreparedStore();
      try {
        const r = await nationalLinksFor(store.db, { minShared: minYears, difference: options.difference === true });
        process.stdout.write(options.json ? `${JSON.stringify(linksJson(r))}\n` : linksTable(r));
      } finally {
        await store.close();
      }
    });
}

/** What `links --json` prints. */
export function linksJson(r: LinksResult) {
  const counts = { synergy: 0, trade_off: 0, unclassified: 0 };
  for (const p of r.pairs) counts[p.class]++;
  return {
    minYears: r.minShared, difference: r.difference,
    counts: { indicators: r.series.length, pairs: r.pairs.length, ...counts, ...r.skipped },
    withoutDirection: r.withoutDirection,
    pairs: [...r.pairs].sort(byStrength).map((p) => ({ a: p.a, b: p.b, rho: p.rho, p: p.p, n: p.n, shared: p.shared, class: p.class })),
  };
}

function linksTable(r: LinksResult): string {
  const j = linksJson(r);
  const head = ['indicator', 'partner', 'rho', 'p', 'n', 'class'];
  const rows = j.pairs.map((p) => [p.a, p.b, p.rho.toFixed(3), p.p < 0.0001 ? '<0.0001' : p.p.toFixed(4), String(p.n), p.class]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const c = j.counts;
  return [line(head), ...rows.map(line),
    `${c.pairs} pairs of ${c.indicators} indicators (${r.minShared}+ shared years${r.difference ? ', year-on-year changes' : ''}): `
    + `${c.synergy} synergies, ${c.trade_off} trade-offs, ${c.unclassified} unclassified; ${c.tooFewPoints} pairs share too few years, `
    + `${c.constantSeries} have a constant side; ${r.withoutDirection.length} indicators without a desired direction left out`, ''].join('\n');
}
