import type { Db } from './database.ts';

/** A time period of an indicator locked by an approval: `{ indicatorId: '3.2.1', timePeriod: '2021', submissionId: 7, … }`. */
export interface PeriodLock {
  indicatorId: string;
  timePeriod: string;
  submissionId: number;
  lockedAt: string;
  lockedBy: number | null;
}

/** Locks the periods of an indicator for a submission's approval (a period locked before moves to this approval). */
export async function lockPeriods(trx: Db, indicatorId: string, periods: string[], by: { submissionId: number; userId: number; now: string }): Promise<void> {
  for (const timePeriod of [...new Set(periods)]) {
    await trx.insertInto('period_locks')
      .values({ indicator_id: indicatorId, time_period: timePeriod, submission_id: by.submissionId, locked_at: by.now, locked_by: by.userId })
      .onConflict((oc) => oc.columns(['indicator_id', 'time_period'])
        .doUpdateSet({ submission_id: by.submissionId, locked_at: by.now, locked_by: by.userId }))
      .execute();
  }
}

/** Removes the locks an approval holds; returns the periods unlocked, sorted. */
export async function unlockSubmission(trx: Db, submissionId: number): Promise<string[]> {
  const rows = await trx.selectFrom('period_locks').select('time_period').where('submission_id', '=', submissionId).execute();
  await trx.deleteFrom('period_locks').where('submission_id', '=', submissionId).execute();
  return rows.map((r) => r.time_period).sort();
}

/** Locks of the given indicators, optionally only of some periods, by indicator then period. */
export async function listPeriodLocks(db: Db, indicatorIds: string[], periods?: string[]): Promise<PeriodLock[]> {
  if (indicatorIds.length === 0 || periods?.length === 0) return [];
  let q = db.selectFrom('period_locks').selectAll().where('indicator_id', 'in', indicatorIds);
  if (periods) q = q.where('time_period', 'in', [...new Set(periods)]);
  const rows = await q.orderBy('indicator_id').orderBy('time_period').execute();
  return rows.map((r) => ({
    indicatorId: r.indicator_id, timePeriod: r.time_period, submissionId: r.submission_id, lockedAt: r.locked_at, lockedBy: r.locked_by,
  }));
}

/** The indicators a series measures (a lock on any of them covers the series' values of that period). */
export async function indicatorsOfSeries(db: Db, series: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (series.length === 0) return out;
  const rows = await db.selectFrom('series_indicators').select(['series_code', 'indicator_id']).where('series_code', 'in', [...new Set(series)])
    .orderBy('indicator_id').execute();
  for (const r of rows) out.set(r.series_code, [...(out.get(r.series_code) ?? []), r.indicator_id]);
  return out;
}
