import { sql } from 'kysely';
import type { TimePeriod } from '../domain/index.ts';
import type { Db } from './database.ts';

/**
 * What the agency scorecard reads: who leads each indicator, the periods each indicator has data for, and the facts
 * of every submission sent for review (what it delivered, its warnings and returns). Read-only.
 */

/** A period with data or delivered: kind, first and last day. */
export type StoredPeriodSpan = Pick<TimePeriod, 'kind' | 'start' | 'end'>;

/** A submission as the scorecard counts it (see SubmissionFacts in analysis/scorecard). */
export interface StoredSubmissionFacts {
  id: number;
  indicator: string;
  organisation: string;
  state: string;
  submittedAt: string | null;
  decidedAt: string | null;
  /** Periods of its upserts of keys that had no published value. */
  deliveredPeriods: StoredPeriodSpan[];
  /** Values sent with a warning comment, plus warnings explained on values it does not change (latest submit). */
  warnings: number;
  /** `submission.return` events. */
  returns: number;
}

/**
 * Indicator → the organisation that leads it (role `lead`, at most one per indicator).
 * @example (await leadOrganisations(db)).get('3.2.1') // 'HSD'
 */
export async function leadOrganisations(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('indicator_responsibilities').select(['indicator_id', 'organisation_id'])
    .where('role', '=', 'lead').execute();
  return new Map(rows.map((r) => [r.indicator_id, r.organisation_id]));
}

/**
 * The distinct periods each indicator has published data for (any series, area or breakdown), by indicator.
 * @example (await indicatorPeriods(db, ['3.2.1'])).get('3.2.1') // [{ kind: 'year', start: '2020-01-01', end: '2020-12-31' }, …]
 */
export async function indicatorPeriods(db: Db, indicatorIds: string[]): Promise<Map<string, StoredPeriodSpan[]>> {
  const out = new Map<string, StoredPeriodSpan[]>();
  if (indicatorIds.length === 0) return out;
  const rows = await db.selectFrom('observations as o').innerJoin('series_indicators as si', 'si.series_code', 'o.series_code')
    .select(['si.indicator_id', 'o.period_kind', 'o.period_start', 'o.period_end']).distinct()
    .where('si.indicator_id', 'in', indicatorIds)
    .orderBy('si.indicator_id').orderBy('o.period_end').orderBy('o.period_start').execute();
  for (const r of rows) {
    const list = out.get(r.indicator_id) ?? [];
    list.push({ kind: r.period_kind as TimePeriod['kind'], start: r.period_start, end: r.period_end });
    out.set(r.indicator_id, list);
  }
  return out;
}

/**
 * Every submission of the given indicators that was sent for review at least once, in id order, with what it
 * delivered, its warnings and its returns.
 */
export async function submissionFacts(db: Db, indicatorIds: string[]): Promise<StoredSubmissionFacts[]> {
  if (indicatorIds.length === 0) return [];
  const subs = await db.selectFrom('submissions')
    .select(['id', 'indicator_id', 'organisation_id', 'state', 'submitted_at', 'decided_at'])
    .where('submitted_at', 'is not', null).where('indicator_id', 'in', indicatorIds).orderBy('id').execute();
  if (subs.length === 0) return [];
  const ids = subs.map((s) => s.id);
  const [delivered, commented, events] = await Promise.all([
    db.selectFrom('submission_changes').select(['submission_id', 'period_kind', 'period_start', 'period_end']).distinct()
      .where('submission_id', 'in', ids).where('op', '=', 'upsert').where('observation_id', 'is', null).execute(),
    db.selectFrom('submission_changes').select(['submission_id', sql<number | string>`count(*)`.as('n')])
      .where('submission_id', 'in', ids).where('warning_comment', 'is not', null).where(sql<boolean>`trim(warning_comment) <> ''`)
      .groupBy('submission_id').execute(),
    db.selectFrom('audit_events').select(['submission_id', 'action', 'new_value'])
      .where('submission_id', 'in', ids).where('action', 'in', ['submission.submit', 'submission.return']).orderBy('id').execute(),
  ]);
  const periods = new Map<number, StoredPeriodSpan[]>();
  for (const r of delivered) {
    periods.set(r.submission_id, [...(periods.get(r.submission_id) ?? []), { kind: r.period_kind as TimePeriod['kind'], start: r.period_start, end: r.period_end }]);
  }
  const warnings = new Map(commented.map((r) => [r.submission_id, Number(r.n)]));
  const aside = new Map<number, number>();
  const returns = new Map<number, number>();
  for (const e of events) {
    if (e.submission_id === null) continue;
    if (e.action === 'submission.return') returns.set(e.submission_id, (returns.get(e.submission_id) ?? 0) + 1);
    else aside.set(e.submission_id, Object.keys(warningCommentsOf(e.new_value)).length);
  }
  return subs.map((s) => ({
    id: s.id, indicator: s.indicator_id, organisation: s.organisation_id, state: s.state, submittedAt: s.submitted_at,
    decidedAt: s.decided_at, deliveredPeriods: (periods.get(s.id) ?? []).sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0)),
    warnings: (warnings.get(s.id) ?? 0) + (aside.get(s.id) ?? 0), returns: returns.get(s.id) ?? 0,
  }));
}

/**
 * Changes whenever what the scorecard reads may have changed (audit events cover submissions, responsibilities and
 * approvals; counts cover imports; settings cover the calendar and the progress choices).
 */
export async function scorecardDataVersion(db: Db): Promise<string> {
  const row = await sql<{ a: unknown; o: unknown; h: unknown; r: unknown; t: unknown; s: unknown }>`select
    (select max(id) from audit_events) as a,
    (select count(*) from observations) as o,
    (select max(id) from observation_history) as h,
    (select count(*) from indicator_responsibilities) as r,
    (select max(updated_at) || count(*) from progress_targets) as t,
    (select count(*) from data_sources) as s`.execute(db);
  const settings = await db.selectFrom('settings').select(['key', 'value'])
    .where((eb) => eb.or([eb('key', 'like', 'progress%'), eb('key', '=', 'reporting_calendar')])).orderBy('key').execute();
  const r = row.rows[0];
  return [r?.a, r?.o, r?.h, r?.r, r?.t, r?.s, ...settings.map((x) => `${x.key}=${x.value}`)].map(String).join('|');
}

function warningCommentsOf(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed = JSON.parse(json) as { warningComments?: unknown };
    return parsed.warningComments && typeof parsed.warningComments === 'object' ? parsed.warningComments as Record<string, unknown> : {};
  } catch {
    return {};
  }
}
