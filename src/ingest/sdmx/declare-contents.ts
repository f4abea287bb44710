import { saveCodeNames, upsertDimensions, upsertSeries, type Db } from '../../store/index.ts';
import { type Dsd, artefactKey, codelistOf, nameOf } from '../sdmx-dsd/index.ts';

/** What the stored observations of an import use: series (units, indicators) and codes per breakdown dimension. */
export interface SeenContents {
  series: Map<string, { units: Set<string>; indicators: string[] }>;
  codes: Map<string, Set<string>>;
}

/**
 * Declares what an import stored, in its transaction: each series of the DSD's CL_SERIES with its name from the list
 * (English, else the first language; the code when the list has no name), its unit when all its observations share
 * one, and a `measures` link to every framework indicator of the series (a national series, outside CL_SERIES, is
 * already stored and stays as it is); each breakdown dimension with its concept's name (`isSdmx` when the global DSD
 * has it too), a national breakdown from CUST_BREAKDOWN_LB under its own ID (kept when already declared); and the
 * names of the codes used, in every language the code list gives (names already stored are kept).
 */
export async function declareContents(trx: Db, dsd: Dsd, seen: SeenContents): Promise<void> {
  const seriesComponent = dsd.dimensions.find((d) => d.id === 'SERIES');
  const seriesList = seriesComponent ? codelistOf(dsd, seriesComponent) : undefined;
  const declared = [...seen.series].filter(([code]) => !seriesList || seriesList.codes.has(code));
  await upsertSeries(trx, declared.map(([code, s]) => ({
    code,
    name: nameOf(seriesList?.codes.get(code)?.names ?? {}, code),
    unit: s.units.size === 1 ? [...s.units][0] || null : null,
    indicators: s.indicators.map((indicatorId) => ({ indicatorId, relation: 'measures' as const })),
  })));
  const dimensions = dsd.dimensions.filter((d) => seen.codes.has(d.id));
  const known = new Set(dsd.dimensions.map((d) => d.id));
  await upsertDimensions(trx, [
    ...dimensions.map((d) => ({ id: d.id, name: nameOf(dsd.concepts.get(d.id) ?? {}, d.id), isSdmx: true })),
    ...[...seen.codes.keys()].filter((id) => !known.has(id)).map((id) => ({ id, name: id, isSdmx: false })),
  ]);
  const names: { concept: string; code: string; lang: string; name: string }[] = [];
  for (const d of dimensions) {
    const list = d.codelist ? dsd.codelists.get(artefactKey(d.codelist)) : undefined;
    for (const code of seen.codes.get(d.id) ?? []) {
      for (const [lang, name] of Object.entries(list?.codes.get(code)?.names ?? {})) names.push({ concept: d.id, code, lang, name });
    }
  }
  await saveCodeNames(trx, names);
}
