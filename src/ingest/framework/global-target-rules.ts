import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { GlobalTargetRuleRow } from '../../store/progress-targets.ts';

/** Publication the bundled global rules come from (see datasets/framework/SOURCE.md). */
export const GLOBAL_RULES_SOURCE = 'Open SDG 2.4, docs/progress-methodology.md (global 2030 targets)';

/**
 * Reads `indicator,indicator_title,target_or_direction` rows (the bundled `global-targets-opensdg.csv`) into one
 * rule per indicator id. Rows without an indicator or rule text are skipped; a repeated indicator keeps its first row.
 * @throws Error naming the file when the header lacks `indicator` or `target_or_direction`.
 */
export function readGlobalTargetRules(file: string, source = GLOBAL_RULES_SOURCE): GlobalTargetRuleRow[] {
  const rows = parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const first = rows[0];
  if (first && (!('indicator' in first) || !('target_or_direction' in first))) {
    throw new Error(`${file}: header must name "indicator" and "target_or_direction"`);
  }
  const seen = new Map<string, GlobalTargetRuleRow>();
  for (const r of rows) {
    const indicatorId = (r.indicator ?? '').trim();
    const rule = (r.target_or_direction ?? '').trim();
    if (indicatorId && rule && !seen.has(indicatorId)) seen.set(indicatorId, { indicatorId, rule, source });
  }
  return [...seen.values()];
}
