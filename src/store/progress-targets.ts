import type { Db } from './database.ts';
import { decodeDimensions, encodeDimensions } from './dimension-key.ts';

/** Where a target comes from: set by the country, or the global 2030 target applied where the country set none. */
export type TargetSource = 'national' | 'global';

/**
 * One indicator's progress target for one scope. A scope field left out applies to every series, unit, area or
 * disaggregation. @example { indicatorId: '3.2.1', direction: 'decrease', baseline: { year: 2015, value: 34 },
 * milestones: { 2020: 30, 2025: 27 }, target: { year: 2030, value: 25 }, source: 'national', … }
 */
export interface StoredProgressTarget {
  indicatorId: string;
  series?: string;
  unit?: string;
  area?: string;
  /** Disaggregation, e.g. `{ SEX: 'F' }`; `{}` for the whole. */
  dimensions: Record<string, string>;
  source: TargetSource;
  direction: 'increase' | 'decrease';
  baseline?: { year: number; value: number };
  /** Year → value on the way to the target. */
  milestones: Record<string, number>;
  target?: { year: number; value: number };
  /** Natural limit the value cannot pass, e.g. 100 for a percentage. */
  limit?: number;
  /** ISO 8601 UTC. */
  updatedAt: string;
  /** User id, or null when loaded by the system (e.g. the global targets on first start). */
  updatedBy: number | null;
}

/**
 * Inserts each target, or replaces the one stored for the same indicator, scope and source. Call inside the
 * caller's transaction so an import stays all or nothing.
 */
export async function upsertProgressTargets(trx: Db, targets: StoredProgressTarget[]): Promise<void> {
  for (const t of targets) {
    const row = {
      indicator_id: t.indicatorId,
      series_code: t.series ?? '',
      unit: t.unit ?? '',
      area_code: t.area ?? '',
      dimensions: encodeDimensions(t.dimensions),
      source: t.source,
      direction: t.direction,
      baseline_year: t.baseline?.year ?? null,
      baseline_value: t.baseline?.value ?? null,
      milestones: JSON.stringify(t.milestones),
      target_year: t.target?.year ?? null,
      target_value: t.target?.value ?? null,
      natural_limit: t.limit ?? null,
      updated_at: t.updatedAt,
      updated_by: t.updatedBy,
    };
    await trx.insertInto('progress_targets').values(row)
      .onConflict((oc) => oc.columns(['indicator_id', 'series_code', 'unit', 'area_code', 'dimensions', 'source']).doUpdateSet({
        direction: row.direction, baseline_year: row.baseline_year, baseline_value: row.baseline_value, milestones: row.milestones,
        target_year: row.target_year, target_value: row.target_value, natural_limit: row.natural_limit,
        updated_at: row.updated_at, updated_by: row.updated_by,
      }))
      .execute();
  }
}

/** Every target of one indicator, national before global, then by series, unit, area and disaggregation key. */
export async function listProgressTargets(db: Db, indicatorId: string): Promise<StoredProgressTarget[]> {
  const rows = await db.selectFrom('progress_targets').selectAll().where('indicator_id', '=', indicatorId)
    .orderBy('source', 'desc').orderBy('series_code').orderBy('unit').orderBy('area_code').orderBy('dimensions').execute();
  return rows.map((r) => {
    const target: StoredProgressTarget = {
      indicatorId: r.indicator_id,
      dimensions: decodeDimensions(r.dimensions),
      source: r.source as TargetSource,
      direction: r.direction as StoredProgressTarget['direction'],
      milestones: JSON.parse(r.milestones) as Record<string, number>,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
    };
    if (r.series_code) target.series = r.series_code;
    if (r.unit) target.unit = r.unit;
    if (r.area_code) target.area = r.area_code;
    if (r.baseline_year !== null && r.baseline_value !== null) target.baseline = { year: r.baseline_year, value: Number(r.baseline_value) };
    if (r.target_year !== null && r.target_value !== null) target.target = { year: r.target_year, value: Number(r.target_value) };
    if (r.natural_limit !== null) target.limit = Number(r.natural_limit);
    return target;
  });
}

/** Every stored target, of every indicator (same order as {@link listProgressTargets} within an indicator). */
export async function listAllProgressTargets(db: Db): Promise<StoredProgressTarget[]> {
  const ids = await db.selectFrom('progress_targets').select('indicator_id').distinct().orderBy('indicator_id').execute();
  const all: StoredProgressTarget[] = [];
  for (const { indicator_id } of ids) all.push(...await listProgressTargets(db, indicator_id));
  return all;
}

/**
 * A global rule of one indicator, e.g. `{ indicatorId: '1.2.1', rule: 'Reduce by 1/2', source: '…' }`; with `series`,
 * the rule of that series only, which overrides the indicator's (`reason` says why, in one sentence).
 */
export interface GlobalTargetRuleRow {
  indicatorId: string;
  series?: string;
  rule: string;
  source: string;
  reason?: string;
}

/** Replaces every global target rule, of indicators and of series (all or nothing inside the caller's transaction). */
export async function replaceGlobalTargetRules(trx: Db, rules: GlobalTargetRuleRow[]): Promise<void> {
  await trx.deleteFrom('global_target_rules').execute();
  for (let i = 0; i < rules.length; i += 200) {
    const chunk = rules.slice(i, i + 200).map((r) => ({
      indicator_id: r.indicatorId, series_code: r.series ?? '', rule: r.rule, source: r.source, reason: r.reason ?? '',
    }));
    if (chunk.length) await trx.insertInto('global_target_rules').values(chunk).execute();
  }
}

/**
 * Global target rules by indicator id: each indicator's rows, its own rule (no `series`) first, then its series
 * rules by series code. Pick the one that applies to a series with {@link globalRuleFor}.
 */
export async function listGlobalTargetRules(db: Db): Promise<Map<string, GlobalTargetRuleRow[]>> {
  const rows = await db.selectFrom('global_target_rules').selectAll().orderBy('indicator_id').orderBy('series_code').execute();
  const rules = new Map<string, GlobalTargetRuleRow[]>();
  for (const r of rows) {
    const row: GlobalTargetRuleRow = { indicatorId: r.indicator_id, rule: r.rule, source: r.source };
    if (r.series_code) row.series = r.series_code;
    if (r.reason) row.reason = r.reason;
    const list = rules.get(r.indicator_id) ?? [];
    list.push(row);
    rules.set(r.indicator_id, list);
  }
  return rules;
}

/**
 * The rule that applies to `series` among one indicator's rules: the series' own rule, else the indicator's;
 * without `series`, the indicator's. Undefined when neither exists.
 * @example globalRuleFor(rules.get('3.2.1'), 'SH_DYN_IMRT')?.rule // 'Decrease' (the indicator's is '≤ 25 per 1,000')
 */
export function globalRuleFor(rules: readonly GlobalTargetRuleRow[] | undefined, series?: string): GlobalTargetRuleRow | undefined {
  if (!rules) return undefined;
  return (series === undefined ? undefined : rules.find((r) => r.series === series)) ?? rules.find((r) => r.series === undefined);
}

/**
 * Deletes the target of one indicator, scope and source (a scope field left out is the "every value" scope), and
 * answers whether there was one. @example await deleteProgressTarget(trx, '3.2.1', { dimensions: { SEX: 'F' } }) // true
 */
export async function deleteProgressTarget(
  trx: Db, indicatorId: string, scope: { series?: string; unit?: string; area?: string; dimensions: Record<string, string> },
  source: TargetSource = 'national',
): Promise<boolean> {
  const result = await trx.deleteFrom('progress_targets').where('indicator_id', '=', indicatorId)
    .where('series_code', '=', scope.series ?? '').where('unit', '=', scope.unit ?? '').where('area_code', '=', scope.area ?? '')
    .where('dimensions', '=', encodeDimensions(scope.dimensions)).where('source', '=', source).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
