import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { GlobalTargetRuleRow } from '../../store/progress-targets.ts';

/** Where the bundled series rules come from (see datasets/framework/SOURCE.md). */
export const SERIES_RULES_SOURCE = "SDG Tracker's reading of the global 2030 targets (global-target-series-rules.csv)";

const COLUMNS = ['indicator', 'series', 'rule', 'reason'] as const;

/**
 * Reads `indicator,series,rule,reason` rows (the bundled `global-target-series-rules.csv`): the global rule of one
 * series of an indicator, overriding the indicator's rule for that series, e.g. `3.2.1,SH_DYN_IMRT,Decrease,…`.
 * `rule` is rule text in the language of the indicator rules ("Decrease", "Score ≥ 5", "No global target").
 * @throws Error naming the file (and line) when the header lacks a column, a cell is blank, or a series repeats.
 */
export function readGlobalTargetSeriesRules(file: string, source = SERIES_RULES_SOURCE): GlobalTargetRuleRow[] {
  const rows = parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const first = rows[0];
  const missing = first ? COLUMNS.filter((c) => !(c in first)) : [];
  if (missing.length) throw new Error(`${file}: header must name ${COLUMNS.map((c) => `"${c}"`).join(', ')}; missing ${missing.join(', ')}`);
  const seen = new Set<string>();
  return rows.map((r, i) => {
    const [indicatorId, series, rule, reason] = COLUMNS.map((c) => (r[c] ?? '').trim()) as [string, string, string, string];
    const line = i + 2;
    const blank = COLUMNS.filter((c) => !(r[c] ?? '').trim());
    if (blank.length) throw new Error(`${file}, line ${line}: ${blank.join(', ')} must not be blank`);
    if (seen.has(`${indicatorId}|${series}`)) throw new Error(`${file}, line ${line}: series ${series} of ${indicatorId} already has a rule`);
    seen.add(`${indicatorId}|${series}`);
    return { indicatorId, series, rule, source, reason };
  });
}
