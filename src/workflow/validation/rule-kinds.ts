import type { z } from 'zod';
import { VALIDATION_RULE_KINDS, type ValidationIssue, type ValidationRuleKind } from '../../domain/index.ts';
import type { CheckContext, CheckedValue, CheckValues, RuleInForce } from './checked-value.ts';
import * as numeric from './numeric.ts';
import * as partsSum from './parts-sum.ts';
import * as range from './range.ts';
import * as requiredDimensions from './required-dimensions.ts';
import * as yoyChange from './yoy-change.ts';

/** One rule kind's module: the zod schema of its params and its check. Every kind's file has this shape. */
export interface RuleKindModule {
  params: z.ZodType<Record<string, unknown>>;
  checkValues: CheckValues;
}

/** The module of each rule kind (see ValidationRuleKind for what each checks). */
export const RULE_KINDS: Record<ValidationRuleKind, RuleKindModule> = {
  numeric,
  range,
  required_dimensions: requiredDimensions,
  parts_sum: partsSum,
  yoy_change: yoyChange,
};

/**
 * A rule kind's module.
 * @throws Error naming the kind when it is not one of VALIDATION_RULE_KINDS (a row written by something else).
 */
export function ruleKind(kind: string): RuleKindModule {
  const module = (RULE_KINDS as Record<string, RuleKindModule | undefined>)[kind];
  if (!module) throw new Error(`unknown validation rule kind "${kind}" (expected one of ${VALIDATION_RULE_KINDS.join(', ')})`);
  return module;
}

/**
 * Runs every kind's check over the values and returns the issues ordered by key, then kind (in
 * VALIDATION_RULE_KINDS order), then rule id. Pure: plain data in, plain data out.
 * @example checkValues([{ id: 7, kind: 'range', severity: 'error', params: { min: 0, max: 100 }, … }],
 *   [{ key: 'SE_ACC_ELEC|050|2022||PERCENT', value: 104.2, … }], { data: [] })
 * // [{ severity: 'error', kind: 'range', ruleId: 7, message: "value 104.2 is above the maximum 100 (rule 'range', error)", … }]
 */
export function checkValues(rules: RuleInForce[], values: CheckedValue[], context: CheckContext): ValidationIssue[] {
  for (const rule of rules) ruleKind(rule.kind);
  const issues = VALIDATION_RULE_KINDS.flatMap((kind) => RULE_KINDS[kind].checkValues(rules, values, context));
  const kindOrder = (k: ValidationRuleKind): number => VALIDATION_RULE_KINDS.indexOf(k);
  return issues.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    || kindOrder(a.kind) - kindOrder(b.kind) || (a.ruleId ?? -1) - (b.ruleId ?? -1));
}
