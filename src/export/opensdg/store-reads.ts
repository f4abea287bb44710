import { attributesOf, decodeDimensions, type Db, getSetting } from '../../store/index.ts';
import type { TimePeriodKind } from '../../domain/index.ts';

/** One published observation as the export writes it. */
export interface ExportObservation {
  series: string;
  area: string;
  period: string;
  periodKind: TimePeriodKind;
  periodStart: string;
  dimensions: Record<string, string>;
  unit: string;
  unitMult: number | null;
  value: number;
  attributes: Record<string, string>;
}

/** What the whole export is read against: the country, the languages (default first) and the code names. */
export interface ExportContext {
  /** The country's area code (setting `country`), e.g. `826`: its rows get a blank GeoCode. */
  countryArea: string;
  /** Languages of the stored indicator metadata, the default language (setting `default_language`) first. */
  languages: string[];
  /** Names of codes in the default language by `CONCEPT:code`, e.g. `SEX:F` → `Female`. */
  codeNames: Map<string, string>;
}

/** Reads the ExportContext. @throws Error when the store has no country (run `sdg-tracker init` first). */
export async function readExportContext(db: Db): Promise<ExportContext> {
  const countryArea = await getSetting(db, 'country');
  if (countryArea === null) throw new Error('the database has no country yet: run `sdg-tracker init` first');
  const fallback = (await getSetting(db, 'default_language')) ?? 'en';
  const langs = (await db.selectFrom('indicator_metadata').select('lang').distinct().execute()).map((r) => r.lang).sort();
  const languages = [fallback, ...langs.filter((l) => l !== fallback)];
  const names = await db.selectFrom('labels').select(['entity_id', 'text'])
    .where('entity', '=', 'code').where('field', '=', 'name').where('lang', '=', fallback).execute();
  return { countryArea, languages, codeNames: new Map(names.map((r) => [r.entity_id, r.text])) };
}

/**
 * Ids of the indicators to write: those with published observations through a series link, and those with metadata,
 * in code-point order.
 */
export async function exportedIndicatorIds(db: Db): Promise<{ withData: Set<string>; withMetadata: Set<string> }> {
  const data = await db.selectFrom('series_indicators').select('indicator_id').distinct()
    .where('series_code', 'in', db.selectFrom('observations').select('series_code').distinct()).execute();
  const meta = await db.selectFrom('indicator_metadata').select('indicator_id').distinct().execute();
  return { withData: new Set(data.map((r) => r.indicator_id)), withMetadata: new Set(meta.map((r) => r.indicator_id)) };
}

/** The series linked to an indicator: code → name and how it is linked (`measures` or `proxy`). */
export async function indicatorSeries(db: Db, indicatorId: string): Promise<Map<string, { name: string; relation: string }>> {
  const rows = await db.selectFrom('series').innerJoin('series_indicators', 'series_indicators.series_code', 'series.code')
    .select(['series.code', 'series.name', 'series_indicators.relation']).where('series_indicators.indicator_id', '=', indicatorId).execute();
  return new Map(rows.map((r) => [r.code, { name: r.name, relation: r.relation }]));
}

/**
 * What no file can hold: published observations of series linked to no indicator, and indicators with settings but
 * no metadata (set in the product, e.g. reported online on approval), whose settings the importer derives from metadata.
 */
export async function unexportable(db: Db): Promise<{ unlinkedObservations: number; settingsOnly: string[] }> {
  const unlinked = await db.selectFrom('observations').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('series_code', 'not in', db.selectFrom('series_indicators').select('series_code')).executeTakeFirstOrThrow();
  const settingsOnly = await db.selectFrom('indicator_settings').select('indicator_id')
    .where('indicator_id', 'not in', db.selectFrom('indicator_metadata').select('indicator_id')).orderBy('indicator_id').execute();
  return { unlinkedObservations: Number(unlinked.n), settingsOnly: settingsOnly.map((r) => r.indicator_id) };
}

/** Every published observation of the series linked to an indicator; rows of one breakdown share its object (read only). */
export async function indicatorObservations(db: Db, indicatorId: string): Promise<ExportObservation[]> {
  const rows = await db.selectFrom('observations')
    .innerJoin('series_indicators', 'series_indicators.series_code', 'observations.series_code')
    .select(['observations.series_code', 'area_code', 'time_period', 'period_kind', 'period_start', 'dimensions', 'unit', 'unit_mult',
      'value', 'obs_status', 'nature', 'comment', 'attributes'])
    .where('series_indicators.indicator_id', '=', indicatorId).execute();
  const decoded = new Map<string, Record<string, string>>();
  const dimensionsOf = (key: string): Record<string, string> => {
    let d = decoded.get(key);
    if (!d) decoded.set(key, (d = decodeDimensions(key)));
    return d;
  };
  return rows.map((r) => ({
    series: r.series_code, area: r.area_code, period: r.time_period, periodKind: r.period_kind as TimePeriodKind,
    periodStart: r.period_start, dimensions: dimensionsOf(r.dimensions), unit: r.unit,
    unitMult: r.unit_mult === null ? null : Number(r.unit_mult), value: Number(r.value), attributes: attributesOf(r),
  }));
}

/** An indicator's metadata fields by language. */
export async function indicatorMetadataByLanguage(db: Db, indicatorId: string): Promise<Map<string, Record<string, unknown>>> {
  const rows = await db.selectFrom('indicator_metadata').select(['lang', 'content']).where('indicator_id', '=', indicatorId).execute();
  return new Map(rows.map((r) => [r.lang, JSON.parse(r.content) as Record<string, unknown>]));
}
