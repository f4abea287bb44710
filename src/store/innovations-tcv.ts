import type { CostComponent, EvidenceStrength, TcvDimension, TcvMeasurement, TcvPhase } from '../domain/index.ts';
import type { Db } from './database.ts';

/** A TCV figure as read back, with the strength of the evidence it comes from (null when it names none). */
export interface StoredTcvMeasurement extends TcvMeasurement {
  id: number;
  strength: EvidenceStrength | null;
}

/**
 * Replaces every TCV figure of a case with `rows` (all of one case; `caseId` of each row is checked).
 * @throws Error naming a row whose `caseId` is another case's.
 */
export async function replaceTcvMeasurements(trx: Db, caseId: string, rows: readonly TcvMeasurement[]): Promise<void> {
  const stray = rows.find((r) => r.caseId !== caseId);
  if (stray) throw new Error(`TCV figure ${stray.measureKey} (${stray.phase}) belongs to case ${stray.caseId}, not ${caseId}`);
  await trx.deleteFrom('innovation_tcv_measurements').where('case_id', '=', caseId).execute();
  if (!rows.length) return;
  await trx.insertInto('innovation_tcv_measurements').values(rows.map((m) => ({
    case_id: m.caseId, measure_key: m.measureKey, service: m.service, dimension: m.dimension, component: m.component,
    phase: m.phase, metric_text: m.metricText, value_text: m.valueText, unit_text: m.unitText, value_low: m.valueLow,
    value_high: m.valueHigh, value_unit: m.valueUnit, currency: m.currency, scope: m.scope, reference_year: m.referenceYear,
    published_reduction_text: m.publishedReductionText, evidence_id: m.evidenceId,
  }))).execute();
}

/**
 * The TCV figures of a case (or of every case), in the order measure key → baseline before post, each with the
 * strength of its evidence beside it.
 */
export async function listTcvMeasurements(db: Db, caseId?: string): Promise<StoredTcvMeasurement[]> {
  const rows = await db.selectFrom('innovation_tcv_measurements as m')
    .leftJoin('innovation_evidence as e', 'e.id', 'm.evidence_id')
    .selectAll('m').select('e.strength')
    .$if(caseId !== undefined, (q) => q.where('m.case_id', '=', caseId ?? ''))
    .orderBy('m.case_id').orderBy('m.measure_key').orderBy('m.phase').orderBy('m.id').execute();
  return rows.map((m) => ({
    id: m.id, caseId: m.case_id, measureKey: m.measure_key, service: m.service, dimension: m.dimension as TcvDimension,
    component: m.component as CostComponent | null, phase: m.phase as TcvPhase, metricText: m.metric_text, valueText: m.value_text,
    unitText: m.unit_text, valueLow: m.value_low, valueHigh: m.value_high, valueUnit: m.value_unit, currency: m.currency,
    scope: m.scope, referenceYear: m.reference_year, publishedReductionText: m.published_reduction_text, evidenceId: m.evidence_id,
    strength: (m.strength ?? null) as EvidenceStrength | null,
  }));
}
