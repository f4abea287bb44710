import type { TimePeriodKind } from '../../domain/index.ts';
import { codeBook, type CodeBook, type SeriesCodes } from '../../ingest/observation-codes/index.ts';
import { dimensionLabels, seriesFacets, seriesOfIndicator, type Db } from '../../store/index.ts';

/** Attributes whose published values are kept in the code book (the others only count as carried). */
const KEPT_VALUES = new Set(['OBS_STATUS', 'NATURE', 'UNIT_MULT']);

/**
 * Reads the code book an indicator's new values are checked against (see checkObservationCodes): for each of its
 * series, from the published observations only (a draft never vouches for itself), the dimensions and codes, the
 * units plus the unit the series is declared in, the kinds of time period and the attributes carried (with the
 * values of OBS_STATUS, NATURE and UNIT_MULT texts); and the SDMX code lists the framework load stored as labels.
 * Five reads; works inside a transaction.
 * @example (await loadCodeBook(db, '4.2.2')).series.get('SE_PRE_PARTN')?.units // Set { 'PERCENT' }
 */
export async function loadCodeBook(db: Db, indicatorId: string): Promise<CodeBook> {
  const declared = await seriesOfIndicator(db, indicatorId);
  const codes = declared.map((s) => s.code);
  const [facets, periods, attributeRows, labels] = await Promise.all([
    seriesFacets(db, indicatorId),
    codes.length === 0 ? [] : db.selectFrom('observations').select(['series_code', 'period_kind', 'obs_status', 'nature']).distinct()
      .where('series_code', 'in', codes).execute(),
    codes.length === 0 ? [] : db.selectFrom('observations').select(['series_code', 'attributes']).distinct()
      .where('series_code', 'in', codes).where('attributes', 'is not', null).execute(),
    dimensionLabels(db, 'en'),
  ]);
  const series = new Map<string, SeriesCodes>();
  for (const s of declared) {
    const f = facets.get(s.code);
    const units = new Set(f?.units ?? []);
    if (s.unit) units.add(s.unit);
    series.set(s.code, { dimensions: f?.dimensions ?? new Map(), units, periodKinds: new Set(), attributes: new Map() });
  }
  const carried = (code: string, id: string, value: string | null): void => {
    const of = series.get(code);
    if (!of || value === null) return;
    const values = of.attributes.get(id) ?? new Set<string>();
    if (KEPT_VALUES.has(id)) values.add(value);
    of.attributes.set(id, values);
  };
  for (const r of periods) {
    series.get(r.series_code)?.periodKinds.add(r.period_kind as TimePeriodKind);
    carried(r.series_code, 'OBS_STATUS', r.obs_status);
    carried(r.series_code, 'NATURE', r.nature);
  }
  for (const r of attributeRows) {
    for (const [id, value] of Object.entries(JSON.parse(r.attributes!) as Record<string, string>)) carried(r.series_code, id, value);
  }
  return codeBook({ indicatorId, series, codeLists: codeListsOf(labels.codes) });
}

/**
 * The SDMX code lists by concept from the stored code names (`SEX:F` → Female, …).
 * @example codeListsOf(new Map([['SEX:F', 'Female'], ['SEX:M', 'Male']])) // Map { 'SEX' => Set { 'F', 'M' } }
 */
export function codeListsOf(codeNames: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const codeLists = new Map<string, Set<string>>();
  for (const key of codeNames.keys()) {
    const colon = key.indexOf(':');
    const concept = key.slice(0, colon);
    if (!codeLists.has(concept)) codeLists.set(concept, new Set());
    codeLists.get(concept)!.add(key.slice(colon + 1));
  }
  return codeLists;
}
