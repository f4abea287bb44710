import type { DraftChange, Observation, ValidationIssue } from '../../domain/index.ts';
import {
  findOpenSubmission, listDraftChanges, listValidationRules, observationKey, publishedValues, toDraftChange, type Db,
} from '../../store/index.ts';
import { rulesInForce } from './built-in-rules.ts';
import type { CheckedValue } from './checked-value.ts';
import { forEachInTurns } from './in-turns.ts';
import { checkValuesInTurns } from './rule-kinds.ts';

export { builtInRules, rulesInForce } from './built-in-rules.ts';
export { isPercentUnit, type CheckContext, type CheckedValue, type RuleInForce } from './checked-value.ts';
export { CheckIndex } from './check-index.ts';
export { forEachInTurns, nextTurn, readInTurns, ROWS_PER_TURN } from './in-turns.ts';
export { checkValues, checkValuesInTurns, ruleKind, RULE_KINDS, type RuleKindModule } from './rule-kinds.ts';
export { createRule, deleteRule, updateRule } from './rule-admin.ts';

/**
 * Checks a draft's changes against the indicator's validation rules (its configured rules, or the built-in
 * percentage range when it has none; every value must be a finite number). The values of the `upsert` changes are
 * checked; they are compared with the published data of their series and areas with all the changes merged over it
 * (a `delete` removes its published value), so `yoy_change` finds the previous period and `parts_sum` the other
 * categories and the total in the draft or the published data. Issues come ordered by observation key, then kind.
 * Used at submission and for uploads. Takes time in proportion to the changes and the published data, and gives the
 * event loop a turn every few thousand values (see checkValuesInTurns).
 * @example await validateDraft(db, '3.2.1', [{ op: 'upsert', observation: { series: 'SH_DYN_MORT', value: 35.1, … } }])
 * // [{ severity: 'warning', kind: 'yoy_change', key: 'SH_DYN_MORT|050|2021||PER_1000_LIVE_BIRTHS', message: 'value 35.1 for 2021 is …', … }]
 */
export async function validateDraft(db: Db, indicatorId: string, changes: DraftChange[]): Promise<ValidationIssue[]> {
  const checked: CheckedValue[] = [];
  await forEachInTurns(changes, (c) => {
    if (c.op === 'upsert') checked.push(checkedValue(c.observation));
  });
  return validateAgainst(db, indicatorId, changes, checked);
}

/**
 * Checks values as a provider types them (they need not be numbers yet) against the indicator's rules, compared
 * with the published data with the indicator's open draft and then the typed values merged over it.
 */
export async function validateTypedValues(db: Db, indicatorId: string, values: Omit<CheckedValue, 'key'>[]): Promise<ValidationIssue[]> {
  const open = await findOpenSubmission(db, indicatorId);
  const draft = open ? (await listDraftChanges(db, open.id)).map((c) => toDraftChange(c)) : [];
  return validateAgainst(db, indicatorId, draft, values.map((v) => ({ ...v, key: valueKey(v) })));
}

async function validateAgainst(db: Db, indicatorId: string, draft: DraftChange[], checked: CheckedValue[]): Promise<ValidationIssue[]> {
  if (checked.length === 0) return [];
  const series = new Set<string>();
  const areas = new Set<string>();
  for (const v of checked) {
    series.add(v.series);
    areas.add(v.area);
  }
  const [configured, published] = await Promise.all([listValidationRules(db, indicatorId), publishedValues(db, [...series], [...areas])]);
  const data = new Map<string, CheckedValue>();
  await forEachInTurns(published, (p) => {
    const value = { ...p, key: valueKey(p) };
    data.set(value.key, value);
  });
  await forEachInTurns(draft, (change) => {
    const value = checkedValue(change.observation);
    if (change.op === 'delete') data.delete(value.key);
    else data.set(value.key, value);
  });
  return checkValuesInTurns(rulesInForce(indicatorId, configured), checked, { data: [...data.values()] });
}

function checkedValue(o: Observation): CheckedValue {
  const value = { series: o.series, area: o.area, period: o.period, dimensions: o.dimensions, unit: o.unit, value: o.value };
  return { ...value, key: valueKey(value) };
}

/** The observation key (see the store's observationKey), e.g. `SH_DYN_MORT|050|2021||PER_1000`. */
function valueKey(v: Omit<CheckedValue, 'key' | 'value'>): string {
  return observationKey({ series: v.series, area: v.area, timePeriod: v.period.label, dimensions: v.dimensions, unit: v.unit });
}
