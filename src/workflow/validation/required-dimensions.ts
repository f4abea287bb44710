import { z } from 'zod';
import type { ValidationIssue } from '../../domain/index.ts';
import { appliesTo, issueAbout, rulesOfKind, show, type CheckContext, type CheckedValue, type RuleInForce } from './checked-value.ts';

/** Params of a `required_dimensions` rule: the dimension IDs every value must carry, e.g. `{ dimensions: ['SEX'] }`. */
export const params = z.strictObject({
  dimensions: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a dimension ID such as SEX or AGE'))
    .min(1, 'name at least one dimension').describe('dimension IDs, e.g. SEX, AGE'),
});

/**
 * Checks that each value covered by a `required_dimensions` rule carries every listed dimension with a code (the
 * total `_T` counts as a code). Applies to any value, number or not.
 * @example checkValues([{ kind: 'required_dimensions', severity: 'error', series: 'SH_DYN_MORT', params: { dimensions: ['SEX'] }, … }],
 *   [{ …, dimensions: { AGE: 'Y0T4' }, value: 28.8 }], { data: [] })[0].message
 * // "value 28.8 has no SEX code, which every value of series SH_DYN_MORT needs (rule 'required_dimensions', error)"
 */
export function checkValues(rules: RuleInForce[], values: CheckedValue[], _context: CheckContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const rule of rulesOfKind(rules, 'required_dimensions')) {
    const { dimensions } = params.parse(rule.params);
    for (const value of values) {
      if (!appliesTo(rule, value)) continue;
      const missing = dimensions.filter((d) => !value.dimensions[d]);
      if (missing.length === 0) continue;
      const which = rule.series ? `every value of series ${rule.series}` : 'every value of this indicator';
      issues.push(issueAbout(rule, value, `value ${show(value.value)} has no ${missing.join(' or ')} code, which ${which} needs`));
    }
  }
  return issues;
}
