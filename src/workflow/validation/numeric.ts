import { z } from 'zod';
import type { ValidationIssue } from '../../domain/index.ts';
import { appliesTo, issueAbout, numberOf, rulesOfKind, show, type CheckContext, type CheckedValue, type RuleInForce } from './checked-value.ts';

/** Params of a `numeric` rule: `{ integer: true }` also asks for a whole number (counts of people, households). */
export const params = z.strictObject({
  integer: z.boolean().optional().describe('the value must also be a whole number'),
});

/** The check every value gets, configured or not: a value is a finite number (an error otherwise). */
export const ALWAYS = { id: null, kind: 'numeric', severity: 'error' } as const;

/**
 * Checks that each value is a finite number (always, as an error with `ruleId` null: text, an empty cell, NaN or an
 * infinity cannot be stored), and that it is a whole number for each `numeric` rule with `integer: true` that covers it.
 * @example checkValues([], [{ …, value: 'n/a' }], { data: [] })[0].message
 * // 'value "n/a" is not a number (rule \'numeric\', error)'
 */
export function checkValues(rules: RuleInForce[], values: CheckedValue[], _context: CheckContext): ValidationIssue[] {
  const integerRules = rulesOfKind(rules, 'numeric').filter((r) => params.parse(r.params).integer === true);
  const issues: ValidationIssue[] = [];
  for (const value of values) {
    const n = numberOf(value.value);
    if (n === null) {
      issues.push(issueAbout(ALWAYS, value, notANumber(value.value)));
      continue;
    }
    for (const rule of integerRules) {
      if (appliesTo(rule, value) && !Number.isInteger(n)) issues.push(issueAbout(rule, value, `value ${n} is not a whole number`));
    }
  }
  return issues;
}

function notANumber(value: CheckedValue['value']): string {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return 'the value is empty; a number is needed';
  if (typeof value === 'number') return `value ${show(value)} is not a finite number`;
  return `value ${show(value)} is not a number`;
}
