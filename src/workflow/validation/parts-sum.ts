import { z } from 'zod';
import { TOTAL, type ValidationIssue } from '../../domain/index.ts';
import { CheckIndex, groupKey, seriesKey } from './check-index.ts';
import {
  appliesTo, issueAbout, numberOf, rulesOfKind, tidy, type CheckContext, type CheckedValue, type RuleInForce,
} from './checked-value.ts';

/**
 * Params of a `parts_sum` rule: the dimension whose categories add up to its total `_T`, and how far the sum may be
 * from the total (absolute, in the values' unit; 0 when not given). Fits counts (population by sex), not rates.
 */
export const params = z.strictObject({
  dimension: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a dimension ID such as SEX or AGE').describe('dimension ID, e.g. SEX'),
  tolerance: z.number().min(0).default(0).describe('largest allowed |sum of categories − total|, in the unit of the values'),
});

/** Builds the groups of each rule's dimension, ahead and in turns of the event loop. */
export async function prepare(rules: RuleInForce[], index: CheckIndex): Promise<void> {
  for (const rule of rulesOfKind(rules, 'parts_sum')) await index.prepareGroups(params.parse(rule.params).dimension);
}

/**
 * For each group of values equal in everything but the rule's dimension (series, area, period, unit and the other
 * dimensions) that a checked value belongs to, checks that the categories add up to the total `_T` within the
 * tolerance. A group is checked only when it has its total, every category of the dimension that the series (in the
 * same unit) has anywhere in the values and the context (a group missing one is incomplete, not wrong), and numbers
 * only. The issue is about the total's key. Categories must not overlap (AGE Y0T4 beside Y0T14 would count twice).
 * @example Dhaka district 2022, persons: female 6833989 + male 7900053 + other 677 against a total of 14734701
 * // "the SEX categories add up to 14734719 but the total is 14734701: a difference of 18, more than the tolerance 0 (rule 'parts_sum', error)"
 */
export function checkValues(rules: RuleInForce[], values: CheckedValue[], context: CheckContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sumRules = rulesOfKind(rules, 'parts_sum');
  if (sumRules.length === 0) return issues;
  const index = context.index ?? new CheckIndex(values, context);
  sumRules.forEach((rule, r) => {
    const { dimension, tolerance } = params.parse(rule.params);
    const { groups, categories } = index.groupsOf(dimension);
    const touched = new Set<string>();
    for (const v of values) {
      if (v.dimensions[dimension] !== undefined && appliesTo(rule, v)) touched.add(groupKey(v, dimension));
    }
    for (const key of [...touched].sort()) {
      if (!index.firstTime(`parts_sum ${r}`, key)) continue;
      const members = groups.get(key)!;
      const total = members.find((v) => v.dimensions[dimension] === TOTAL);
      const expected = categories.get(seriesKey(members[0]!));
      if (!total || !expected || members.some((v) => numberOf(v.value) === null)) continue;
      const parts = members.filter((v) => v !== total);
      const present = new Set(parts.map((v) => v.dimensions[dimension]));
      if ([...expected].some((c) => !present.has(c))) continue;
      const totalValue = numberOf(total.value)!;
      const sum = tidy(parts.reduce((s, v) => s + numberOf(v.value)!, 0));
      const difference = tidy(Math.abs(sum - totalValue));
      if (difference <= tolerance) continue;
      issues.push(issueAbout(rule, total, `the ${dimension} categories add up to ${sum} but the total is ${totalValue}: `
        + `a difference of ${difference}, more than the tolerance ${tolerance}`));
    }
  });
  return issues;
}
