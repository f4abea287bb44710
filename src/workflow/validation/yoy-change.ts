import { z } from 'zod';
import type { ValidationIssue } from '../../domain/index.ts';
import { CheckIndex } from './check-index.ts';
import {
  appliesTo, issueAbout, numberOf, rulesOfKind, tidy, type CheckContext, type CheckedValue, type RuleInForce,
} from './checked-value.ts';

/** Params of a `yoy_change` rule: the largest allowed change from the previous period, in percent of its value. */
export const params = z.strictObject({
  maxPercent: z.number().positive().describe('largest allowed |value − previous| / |previous| × 100'),
});

/** Builds the timelines the check reads, ahead and in turns of the event loop, when a rule asks for this check. */
export async function prepare(rules: RuleInForce[], index: CheckIndex): Promise<void> {
  if (rulesOfKind(rules, 'yoy_change').length > 0) await index.prepareTimelines();
}

/**
 * Checks each number against the previous period's value of the same series, area, dimensions and unit: the latest
 * period of the same kind (years with years, quarters with quarters) starting before it, taken from the checked values
 * or the context (the draft merged over the published data). An issue when |value − previous| / |previous| × 100 is
 * above `maxPercent`. No previous period, a previous value of 0 or one that is not a number: nothing to compare.
 * @example 3.2.1 under-five mortality, total: 35.1 in 2021 after 27.3 in 2020 with maxPercent 20
 * // "value 35.1 for 2021 is 28.57% above 27.3 for 2020, more than the allowed change of 20% (rule 'yoy_change', warning)"
 */
export function checkValues(rules: RuleInForce[], values: CheckedValue[], context: CheckContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const yoyRules = rulesOfKind(rules, 'yoy_change');
  if (yoyRules.length === 0) return issues;
  const index = context.index ?? new CheckIndex(values, context);
  for (const rule of yoyRules) {
    const { maxPercent } = params.parse(rule.params);
    for (const value of values) {
      const n = numberOf(value.value);
      if (n === null || !appliesTo(rule, value)) continue;
      const previous = index.previousOf(value);
      const p = previous ? numberOf(previous.value) : null;
      if (!previous || p === null || p === 0) continue;
      const percent = tidy((Math.abs(n - p) / Math.abs(p)) * 100);
      if (percent <= maxPercent) continue;
      issues.push(issueAbout(rule, value, `value ${n} for ${value.period.label} is ${Number(percent.toFixed(2))}% `
        + `${n > p ? 'above' : 'below'} ${p} for ${previous.period.label}, more than the allowed change of ${maxPercent}%`));
    }
  }
  return issues;
}
