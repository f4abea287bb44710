import {
  deleteValidationRule, findValidationRule, insertValidationRule, recordAudit, updateValidationRule,
  type Db, type StoredValidationRule, type ValidationRuleFields,
} from '../../store/index.ts';
import { ruleKind } from './rule-kinds.ts';

/**
 * Admins' changes to validation rules, each in one transaction with its audit event (`validation_rule.create`,
 * `.update`, `.delete`; entity `validation_rule`, old and new value as `{ indicatorId, kind, severity, series, unit,
 * params }`). Params are read with the kind's schema (defaults filled in, e.g. `tolerance: 0`).
 * @throws ZodError when the params do not fit the kind (the API checks them first and answers 400 naming the param).
 */

/**
 * Adds a rule to an indicator (by its id, e.g. `3.2.1`) and returns it as stored.
 * @example await createRule(db, '3.2.1', { kind: 'range', severity: 'error', params: { min: 0 } }, adminId)
 */
export async function createRule(db: Db, indicatorId: string, fields: ValidationRuleFields, actorId: number | null, now = new Date()): Promise<StoredValidationRule> {
  const checked = checkedFields(fields);
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const rule = await insertValidationRule(trx, indicatorId, checked, actorId, at);
    await recordAudit(trx, [{
      at, userId: actorId, action: 'validation_rule.create', entity: 'validation_rule', entityId: String(rule.id), newValue: audited(rule),
    }]);
    return rule;
  });
}

/** Replaces a rule's kind, severity, series, unit and params; returns it as stored, or undefined when there is none. */
export async function updateRule(db: Db, id: number, fields: ValidationRuleFields, actorId: number | null, now = new Date()): Promise<StoredValidationRule | undefined> {
  const checked = checkedFields(fields);
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await findValidationRule(trx, id);
    if (!before) return undefined;
    const rule = (await updateValidationRule(trx, id, checked, at))!;
    await recordAudit(trx, [{
      at, userId: actorId, action: 'validation_rule.update', entity: 'validation_rule', entityId: String(id),
      oldValue: audited(before), newValue: audited(rule),
    }]);
    return rule;
  });
}

/** Removes a rule; returns it as it was, or undefined when there is none. */
export async function deleteRule(db: Db, id: number, actorId: number | null, now = new Date()): Promise<StoredValidationRule | undefined> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await findValidationRule(trx, id);
    if (!before) return undefined;
    await deleteValidationRule(trx, id);
    await recordAudit(trx, [{
      at, userId: actorId, action: 'validation_rule.delete', entity: 'validation_rule', entityId: String(id), oldValue: audited(before),
    }]);
    return before;
  });
}

function checkedFields(fields: ValidationRuleFields): ValidationRuleFields {
  return {
    kind: fields.kind, severity: fields.severity, series: fields.series || null, unit: fields.unit || null,
    params: ruleKind(fields.kind).params.parse(fields.params),
  };
}

function audited(rule: StoredValidationRule): Record<string, unknown> {
  return { indicatorId: rule.indicatorId, kind: rule.kind, severity: rule.severity, series: rule.series ?? null, unit: rule.unit ?? null, params: rule.params };
}
