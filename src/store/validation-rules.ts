import type { Observation, Severity, TimePeriodKind, ValidationRule, ValidationRuleKind } from '../domain/index.ts';
import type { Db } from './database.ts';
import { decodeDimensions } from './dimension-key.ts';

/**
 * Validation rules of indicators (`validation_rules`). The `params` column holds the kind's params as JSON; a rule
 * narrowed to a series or unit keeps them there too, under `scope`: `{"min":0,"max":100,"scope":{"series":"SE_ACC_ELEC"}}`.
 * The API reads and writes `series` and `unit` as fields of the rule.
 */

/** A configured rule as stored: `{ id: 3, indicatorId: '3.2.1', kind: 'range', severity: 'error', series: null, unit: null, params: { min: 0 }, … }`. */
export interface StoredValidationRule extends ValidationRule {
  id: number;
  createdBy: number | null;
  /** ISO 8601 UTC. */
  createdAt: string;
  updatedAt: string;
}

/** What an admin sets on a rule (its indicator is fixed at creation). */
export interface ValidationRuleFields {
  kind: ValidationRuleKind;
  severity: Severity;
  series?: string | null;
  unit?: string | null;
  params: Record<string, unknown>;
}

/** An indicator's configured rules, oldest first. */
export async function listValidationRules(db: Db, indicatorId: string): Promise<StoredValidationRule[]> {
  const rows = await db.selectFrom('validation_rules').selectAll().where('indicator_id', '=', indicatorId).orderBy('id').execute();
  return rows.map(toRule);
}

/** One rule by id, or undefined. */
export async function findValidationRule(db: Db, id: number): Promise<StoredValidationRule | undefined> {
  const row = await db.selectFrom('validation_rules').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRule(row) : undefined;
}

/** Stores a new rule of an indicator (params already checked against the kind); returns it as stored. */
export async function insertValidationRule(
  trx: Db, indicatorId: string, fields: ValidationRuleFields, userId: number | null, now: string,
): Promise<StoredValidationRule> {
  const row = await trx.insertInto('validation_rules').values({
    indicator_id: indicatorId, kind: fields.kind, severity: fields.severity, params: paramsText(fields),
    created_by: userId, created_at: now, updated_at: now,
  }).returningAll().executeTakeFirstOrThrow();
  return toRule(row);
}

/** Replaces a rule's kind, severity, scope and params; returns it as stored, or undefined when there is no such rule. */
export async function updateValidationRule(trx: Db, id: number, fields: ValidationRuleFields, now: string): Promise<StoredValidationRule | undefined> {
  const row = await trx.updateTable('validation_rules')
    .set({ kind: fields.kind, severity: fields.severity, params: paramsText(fields), updated_at: now })
    .where('id', '=', id).returningAll().executeTakeFirst();
  return row ? toRule(row) : undefined;
}

/** Removes a rule; returns whether there was one. */
export async function deleteValidationRule(trx: Db, id: number): Promise<boolean> {
  const result = await trx.deleteFrom('validation_rules').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A published value as the validation checks compare with it. */
export type PublishedValue = Pick<Observation, 'series' | 'area' | 'period' | 'dimensions' | 'unit' | 'value'>;

/**
 * The published (current) observations of the given series in the given areas: what a draft's values are compared
 * with (earlier periods, the other categories of a total). Empty when either list is.
 */
export async function publishedValues(db: Db, series: string[], areas: string[]): Promise<PublishedValue[]> {
  if (series.length === 0 || areas.length === 0) return [];
  const out: PublishedValue[] = [];
  for (const someAreas of chunks([...new Set(areas)], 500)) {
    const rows = await db.selectFrom('observations')
      .select(['series_code', 'area_code', 'time_period', 'period_kind', 'period_start', 'period_end', 'dimensions', 'unit', 'value'])
      .where('series_code', 'in', [...new Set(series)]).where('area_code', 'in', someAreas)
      .orderBy('id').execute();
    for (const r of rows) {
      out.push({
        series: r.series_code, area: r.area_code, dimensions: decodeDimensions(r.dimensions), unit: r.unit, value: Number(r.value),
        period: { kind: r.period_kind as TimePeriodKind, label: r.time_period, start: r.period_start, end: r.period_end },
      });
    }
  }
  return out;
}

type RuleRow = { id: number; indicator_id: string; kind: string; severity: string; params: string; created_by: number | null; created_at: string; updated_at: string };

function toRule(row: RuleRow): StoredValidationRule {
  const { scope, ...params } = JSON.parse(row.params) as Record<string, unknown> & { scope?: { series?: string; unit?: string } };
  return {
    id: row.id, indicatorId: row.indicator_id, kind: row.kind as ValidationRuleKind, severity: row.severity as Severity,
    series: scope?.series ?? null, unit: scope?.unit ?? null, params,
    createdBy: row.created_by, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function paramsText(fields: ValidationRuleFields): string {
  const scope = { ...(fields.series ? { series: fields.series } : {}), ...(fields.unit ? { unit: fields.unit } : {}) };
  return JSON.stringify(Object.keys(scope).length > 0 ? { ...fields.params, scope } : fields.params);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
