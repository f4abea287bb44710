import type { ValidationRule } from '../../domain/index.ts';
import type { RuleInForce } from './checked-value.ts';

/**
 * The rules the product applies by itself (`builtIn: true`, `id` null), shown beside the configured ones:
 * - always: every value is a finite number (`numeric`, error; numeric.ts checks it whatever is configured);
 * - only while an indicator has no configured rule: values in a percentage unit (`PERCENT`, or a unit text with
 *   "percent" or "%", not percentage points) lie within 0–100 (`range`, warning).
 */
export function builtInRules(indicatorId: string, configured: ValidationRule[]): RuleInForce[] {
  const always: RuleInForce = {
    id: null, indicatorId, kind: 'numeric', severity: 'error', series: null, unit: null, params: {}, builtIn: true, unitKind: null,
  };
  if (configured.length > 0) return [always];
  return [always, {
    id: null, indicatorId, kind: 'range', severity: 'warning', series: null, unit: null, params: { min: 0, max: 100 },
    builtIn: true, unitKind: 'percent',
  }];
}

/**
 * The rules checked on an indicator's values: its configured rules, or the percentage range when it has none (the
 * numeric check needs no rule; see {@link builtInRules}).
 */
export function rulesInForce(indicatorId: string, configured: ValidationRule[]): RuleInForce[] {
  const builtIn = builtInRules(indicatorId, configured).filter((r) => r.kind !== 'numeric');
  return [...configured, ...builtIn];
}
