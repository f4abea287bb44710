import type { z } from 'zod';
import { ISSUE_KINDS, VALIDATION_RULE_KINDS, type IssueKind, type ValidationIssue, type ValidationRuleKind } from '../../domain/index.ts';
import { CheckIndex } from './check-index.ts';
import type { CheckContext, CheckedValue, CheckValues, RuleInForce } from './checked-value.ts';
import { nextTurn, ROWS_PER_TURN } from './in-turns.ts';
import * as numeric from './numeric.ts';
import * as partsSum from './parts-sum.ts';
import * as range from './range.ts';
import * as requiredDimensions from './required-dimensions.ts';
import * as yoyChange from './yoy-change.ts';

/**
 * One rule kind's module: the zod schema of its params and its check. Every kind's file has this shape; a kind that
 * compares values with others also builds the index it reads ahead (`prepare`, in turns of the event loop).
 */
export interface RuleKindModule {
  params: z.ZodType<Record<string, unknown>>;
  checkValues: CheckValues;
  prepare?: (rules: RuleInForce[], index: CheckIndex) => Promise<void>;
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
 * VALIDATION_RULE_KINDS order), then rule id. Pure: plain data in, plain data out. The data is indexed once (see
 * CheckIndex), so the checks take time in proportion to the values and the data.
 * @example checkValues([{ id: 7, kind: 'range', severity: 'error', params: { min: 0, max: 100 }, … }],
 *   [{ key: 'SE_ACC_ELEC|050|2022||PERCENT', value: 104.2, … }], { data: [] })
 * // [{ severity: 'error', kind: 'range', ruleId: 7, message: "value 104.2 is above the maximum 100 (rule 'range', error)", … }]
 */
export function checkValues(rules: RuleInForce[], values: CheckedValue[], context: CheckContext): ValidationIssue[] {
  for (const rule of rules) ruleKind(rule.kind);
  const indexed = { data: context.data, index: context.index ?? new CheckIndex(values, context) };
  return sortIssues(VALIDATION_RULE_KINDS.flatMap((kind) => RULE_KINDS[kind].checkValues(rules, values, indexed)));
}

/**
 * What {@link checkValues} answers, checked {@link ROWS_PER_TURN} values at a time with a turn of the event loop
 * between two slices (see nextTurn), for drafts and uploads of many thousand values.
 */
export async function checkValuesInTurns(rules: RuleInForce[], values: CheckedValue[], context: CheckContext): Promise<ValidationIssue[]> {
  for (const rule of rules) ruleKind(rule.kind);
  const indexed = { data: context.data, index: context.index ?? new CheckIndex(values, context) };
  for (const kind of VALIDATION_RULE_KINDS) await RULE_KINDS[kind].prepare?.(rules, indexed.index);
  const issues: ValidationIssue[] = [];
  for (let from = 0; from < values.length; from += ROWS_PER_TURN) {
    const slice = values.slice(from, from + ROWS_PER_TURN);
    if (from > 0) await nextTurn();
    for (const kind of VALIDATION_RULE_KINDS) {
      for (const issue of RULE_KINDS[kind].checkValues(rules, slice, indexed)) issues.push(issue);
    }
  }
  return sortIssues(issues);
}

const KIND_ORDER = new Map<IssueKind, number>(ISSUE_KINDS.map((k, i) => [k, i]));

/** Orders issues by key, then kind (in ISSUE_KINDS order), then rule id (built-in rules first). */
function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return issues.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || (a.ruleId ?? -1) - (b.ruleId ?? -1));
}
