import type { Observation } from '../../domain/index.ts';
import { ApiError } from '../../api/errors.ts';
import { indicatorsOfSeries, listPeriodLocks, type Db } from '../../store/index.ts';

/**
 * Checks that draft values can be written for an indicator: each series measures the indicator, each reference area
 * exists, and no time period is locked by an approval (of this indicator or of another indicator the series also
 * measures: approved data is locked wherever it is shown).
 * @throws ApiError BAD_PARAMETER naming an unknown series or area; INVALID_STATE naming the locked period, the
 * indicator and the approving submission.
 */
export async function checkDraftTargets(db: Db, indicatorId: string, observations: Pick<Observation, 'series' | 'area' | 'period'>[]): Promise<void> {
  if (observations.length === 0) return;
  const series = [...new Set(observations.map((o) => o.series))];
  const indicatorsBySeries = await indicatorsOfSeries(db, series);
  for (const code of series) {
    if (!(indicatorsBySeries.get(code) ?? []).includes(indicatorId)) {
      throw new ApiError('BAD_PARAMETER', `parameter changes: series ${code} does not measure indicator ${indicatorId}`);
    }
  }
  const areas = [...new Set(observations.map((o) => o.area))];
  const known = new Set<string>();
  for (let i = 0; i < areas.length; i += 500) {
    const rows = await db.selectFrom('reference_areas').select('code').where('code', 'in', areas.slice(i, i + 500)).execute();
    for (const r of rows) known.add(r.code);
  }
  const unknown = areas.find((a) => !known.has(a));
  if (unknown !== undefined) throw new ApiError('BAD_PARAMETER', `parameter changes: "${unknown}" is not a reference area code`);

  const indicators = [...new Set([...indicatorsBySeries.values()].flat())];
  const periods = [...new Set(observations.map((o) => o.period.label))];
  const locks = await listPeriodLocks(db, indicators, periods);
  const lock = locks.find((l) => l.indicatorId === indicatorId) ?? locks[0];
  if (lock) {
    throw new ApiError('INVALID_STATE', `time period ${lock.timePeriod} of indicator ${lock.indicatorId} is locked by the approval of`
      + ` submission ${lock.submissionId} (${lock.lockedAt}); an admin must re-open that submission first`, {
      timePeriod: lock.timePeriod, indicatorId: lock.indicatorId, submissionId: lock.submissionId, lockedAt: lock.lockedAt,
    });
  }
}
