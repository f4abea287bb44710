import { z } from 'zod';
import type { ValidationIssue } from '../../domain/index.ts';
import { appliesTo, issueAbout, numberOf, rulesOfKind, type CheckContext, type CheckedValue, type RuleInForce } from './checked-value.ts';

/** Params of a `range` rule: `min` and/or `max`, both inclusive (e.g. `{ min: 0, max: 100 }` for a percentage). */
export const params = z.strictObject({
  min: z.number().optional().describe('smallest allowed value (inclusive)'),
  max: z.number().optional().describe('largest allowed value (inclusive)'),
})
  .refine((p) => p.min !== undefined || p.max !== undefined, { path: ['min'], message: 'give min, max or both' })
  .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, { path: ['max'], message: 'must not be below min' });

/**
 * Checks that each number lies within `min`…`max` (inclusive) of every `range` rule that covers it. Values that are
 * not numbers are left to the numeric check.
 * @example checkValues([{ kind: 'range', severity: 'error', params: { min: 0, max: 100 }, … }], [{ …, value: 104.2 }], { data: [] })[0].message
 * // "value 104.2 is above the maximum 100 (rule 'range', error)"
 */
export function checkValues(rules: RuleInForce[], values: CheckedValue[], _context: CheckContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const rule of rulesOfKind(rules, 'range')) {
    const { min, max } = params.parse(rule.params);
    for (const value of values) {
      const n = numberOf(value.value);
      if (n === null || !appliesTo(rule, value)) continue;
      if (min !== undefined && n < min) issues.push(issueAbout(rule, value, `value ${n} is below the minimum ${min}`));
      if (max !== undefined && n > max) issues.push(issueAbout(rule, value, `value ${n} is above the maximum ${max}`));
    }
  }
  return issues;
}
