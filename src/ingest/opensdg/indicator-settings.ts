import type { Db } from '../../store/index.ts';
import type { IndicatorMetadata } from './indicator-metadata.ts';

/** Rows per multi-row statement: a few hundred parameters, well under every engine's limit. */
const BATCH = 100;

/**
 * Removes what an earlier import of this source wrote to `indicator_settings` and `indicator_metadata`, so an
 * indicator dropped from the repository does not linger. Call inside the import's transaction.
 */
export async function deleteSourceSettings(trx: Db, sourceId: number): Promise<void> {
  const owned = trx.selectFrom('indicator_settings').select('indicator_id').where('source_id', '=', sourceId);
  await trx.deleteFrom('indicator_metadata').where('indicator_id', 'in', owned).execute();
  await trx.deleteFrom('indicator_settings').where('source_id', '=', sourceId).execute();
}

/**
 * Writes each indicator's settings row and one metadata row per language (its fields as a JSON object), replacing
 * the rows another source wrote for the same indicators, in every language.
 * @example await writeIndicatorSettings(trx, 3, [['1.2.1', metadata]])
 */
export async function writeIndicatorSettings(trx: Db, sourceId: number, indicators: [string, IndicatorMetadata][]): Promise<void> {
  const settings = indicators.map(([indicatorId, { settings: s }]) => ({
    indicator_id: indicatorId,
    reporting_status: s.reportingStatus,
    graph_type: s.graphType,
    data_non_statistical: s.dataNonStatistical ? 1 : 0,
    national_geographical_coverage: s.nationalGeographicalCoverage,
    computation_units: s.computationUnits,
    source_id: sourceId,
  }));
  for (let i = 0; i < settings.length; i += BATCH) {
    await trx.insertInto('indicator_settings').values(settings.slice(i, i + BATCH))
      .onConflict((oc) => oc.column('indicator_id').doUpdateSet((eb) => ({
        reporting_status: eb.ref('excluded.reporting_status'),
        graph_type: eb.ref('excluded.graph_type'),
        data_non_statistical: eb.ref('excluded.data_non_statistical'),
        national_geographical_coverage: eb.ref('excluded.national_geographical_coverage'),
        computation_units: eb.ref('excluded.computation_units'),
        source_id: eb.ref('excluded.source_id'),
      })))
      .execute();
  }
  if (indicators.length > 0) {
    await trx.deleteFrom('indicator_metadata').where('indicator_id', 'in', indicators.map(([id]) => id)).execute();
  }
  const metadata = indicators.flatMap(([indicatorId, m]) =>
    Object.entries(m.fields).map(([lang, fields]) => ({ indicator_id: indicatorId, lang, content: JSON.stringify(fields) })));
  for (let i = 0; i < metadata.length; i += BATCH) {
    await trx.insertInto('indicator_metadata').values(metadata.slice(i, i + BATCH)).execute();
  }
}
