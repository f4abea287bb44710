import type { Dimension } from '../api/types.ts';
import { TOTAL } from './dimension-tree.ts';

/**
 * The name of a dimension's category as the site shows it: the code list's name, with SDMX's "… or no breakdown
 * by …" dropped from totals (`Both sexes or no breakdown by sex` → `Both sexes`); `total` for an unnamed total and
 * the code itself for an unnamed category.
 * @example categoryName({ id: 'SEX', name: 'Sex', codes: [{ code: '_T', name: 'Both sexes or no breakdown by sex' }] }, '_T', 'Total') // 'Both sexes'
 */
export function categoryName(dimension: Dimension | undefined, code: string, total: string): string {
  const name = dimension?.codes.find((c) => c.code === code)?.name;
  if (!name) return code === TOTAL ? total : code;
  return code === TOTAL ? name.replace(/\s+or no breakdown by .*$/i, '') || total : name;
}
