import type { IndicatorSettings, ReportingStatus } from '../domain/index.ts';
import type { Db } from './database.ts';

/** One indicator's settings and its metadata fields per language, as a data source declares them. */
export interface IndicatorSettingsEntry {
  indicatorId: string;
  /** The data source that declared them; re-importing that source replaces them. */
  sourceId: number;
  settings: IndicatorSettings;
  /** Language → metadata fields, e.g. `{ en: { graph_title: '…', source_organisation_1: '…' }, fr: { … } }`. */
  metadata: Record<string, Record<string, unknown>>;
}

/** Rows per multi-row statement: a few hundred parameters, well under every engine's limit. */
const BATCH = 100;

/**
 * Writes each indicator's settings row and one metadata row per language (the fields as a JSON object), replacing
 * whatever was stored for those indicators before, in every language. Call inside the import's transaction.
 */
export async function writeIndicatorSettings(trx: Db, entries: IndicatorSettingsEntry[]): Promise<void> {
  const settings = entries.map(({ indicatorId, sourceId, settings: s }) => ({
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
  const ids = entries.map((e) => e.indicatorId);
  for (let i = 0; i < ids.length; i += BATCH) {
    await trx.deleteFrom('indicator_metadata').where('indicator_id', 'in', ids.slice(i, i + BATCH)).execute();
  }
  const metadata = entries.flatMap((e) =>
    Object.entries(e.metadata).map(([lang, fields]) => ({ indicator_id: e.indicatorId, lang, content: JSON.stringify(fields) })));
  for (let i = 0; i < metadata.length; i += BATCH) {
    await trx.insertInto('indicator_metadata').values(metadata.slice(i, i + BATCH)).execute();
  }
}

/**
 * Removes the settings and metadata that these data sources declared, so an indicator dropped from a source does
 * not linger. Call inside the import's transaction, before writing the new ones.
 */
export async function deleteSourceSettings(trx: Db, sourceIds: number[]): Promise<void> {
  if (sourceIds.length === 0) return;
  const owned = trx.selectFrom('indicator_settings').select('indicator_id').where('source_id', 'in', sourceIds);
  await trx.deleteFrom('indicator_metadata').where('indicator_id', 'in', owned).execute();
  await trx.deleteFrom('indicator_settings').where('source_id', 'in', sourceIds).execute();
}

/** Ids of the indicators that have settings (from any source or set by hand). */
export async function configuredIndicatorIds(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('indicator_settings').select('indicator_id').execute();
  return new Set(rows.map((r) => r.indicator_id));
}

/** Settings of every configured indicator, by indicator id. Indicators without a row are `notstarted`. */
export async function allIndicatorSettings(db: Db): Promise<Map<string, IndicatorSettings>> {
  const rows = await db.selectFrom('indicator_settings').selectAll().execute();
  return new Map(rows.map((r) => [r.indicator_id, {
    reportingStatus: r.reporting_status as ReportingStatus,
    graphType: r.graph_type,
    dataNonStatistical: r.data_non_statistical === 1,
    nationalGeographicalCoverage: r.national_geographical_coverage,
    computationUnits: r.computation_units,
  }]));
}

/** Metadata fields of an indicator in `lang`, over the English ones (both empty when none). */
export async function indicatorMetadata(db: Db, indicatorId: string, lang: string): Promise<Record<string, unknown>> {
  const rows = await db.selectFrom('indicator_metadata').select(['lang', 'content'])
    .where('indicator_id', '=', indicatorId).where('lang', 'in', [...new Set(['en', lang])]).execute();
  const en = rows.find((r) => r.lang === 'en');
  const local = rows.find((r) => r.lang === lang && lang !== 'en');
  return { ...(en ? JSON.parse(en.content) : {}), ...(local ? JSON.parse(local.content) : {}) } as Record<string, unknown>;
}

/**
 * Marks an indicator as reported online (`complete`) once approved data for it is published: creates its settings
 * row when it has none, raises `notstarted` or `inprogress`; leaves `complete` and `notapplicable` alone.
 * Returns the status it had (null without a row), or undefined when nothing changed.
 */
export async function markReportedOnline(trx: Db, indicatorId: string): Promise<ReportingStatus | null | undefined> {
  const row = await trx.selectFrom('indicator_settings').select('reporting_status').where('indicator_id', '=', indicatorId).executeTakeFirst();
  if (!row) {
    await trx.insertInto('indicator_settings').values({
      indicator_id: indicatorId, reporting_status: 'complete', graph_type: null, data_non_statistical: 0,
      national_geographical_coverage: null, computation_units: null, source_id: null,
    }).execute();
    return null;
  }
  if (row.reporting_status !== 'notstarted' && row.reporting_status !== 'inprogress') return undefined;
  await trx.updateTable('indicator_settings').set({ reporting_status: 'complete' }).where('indicator_id', '=', indicatorId).execute();
  return row.reporting_status as ReportingStatus;
}
