import type { Observation } from '../../domain/index.ts';
import {
  dimensionLabels, findOpenSubmission, listAreas, listDraftChanges, publishedOfSeries, seriesOfIndicator, type Db, type DraftChangeRecord,
} from '../../store/index.ts';
import { type TemplateTable, templateTable } from './template-table.ts';

/** One allowed code of a template column, for the workbook's `codes` sheet: `{ column: 'SEX', code: 'F', name: 'Female' }`. */
export interface TemplateCode {
  column: string;
  code: string;
  name: string;
}

/** Everything an indicator's upload template holds: the indicator, its data as a table, the allowed codes. */
export interface IndicatorTemplate {
  indicator: { id: string; code: string; title: string };
  table: TemplateTable;
  codes: TemplateCode[];
}

/**
 * Reads what an indicator's template is made of: the published observations of each of its series with the open
 * submission's draft over them (its values replace or add to the published ones, its deletions leave them out), so a
 * template sent back unchanged changes nothing, in either upload mode (see templateTable); and the codes each coded column allows, in English: the indicator's series, the reference areas in
 * tree order, the units and unit multipliers, each dimension's codes (those the data uses first, then the rest of
 * its SDMX code list), OBS_STATUS and NATURE.
 * @example (await loadTemplate(db, { id: '3.2.1', code: '3.2.1', title: 'Under-5 mortality rate' })).table.rows.length // 66
 */
export async function loadTemplate(db: Db, indicator: IndicatorTemplate['indicator']): Promise<IndicatorTemplate> {
  const [series, labels, areas] = await Promise.all([seriesOfIndicator(db, indicator.id), dimensionLabels(db, 'en'), listAreas(db, 'en')]);
  const open = await findOpenSubmission(db, indicator.id);
  const draft = new Map((open ? await listDraftChanges(db, open.id) : []).map((c) => [c.key, c]));
  const observations: Observation[] = [];
  for (const s of series) {
    for (const p of await publishedOfSeries(db, s.code)) {
      const change = draft.get(p.key);
      draft.delete(p.key);
      if (change) {
        if (change.op === 'upsert') observations.push(drafted(change));
        continue;
      }
      observations.push({ series: p.series, area: p.area, period: p.period, dimensions: p.dimensions, value: p.value, unit: p.unit, unitMult: p.unitMult, attributes: p.attributes });
    }
  }
  const seriesCodes = new Set(series.map((s) => s.code));
  for (const change of draft.values()) {
    if (change.op === 'upsert' && seriesCodes.has(change.series)) observations.push(drafted(change));
  }
  const table = templateTable(observations);
  const listed = (concept: string): TemplateCode[] => [...labels.codes]
    .filter(([key]) => key.startsWith(`${concept}:`))
    .map(([key, name]) => ({ column: concept, code: key.slice(concept.length + 1), name }));
  const codes: TemplateCode[] = [
    ...series.map((s) => ({ column: 'SERIES', code: s.code, name: s.name })),
    ...unitCodes(observations, labels.codes),
    ...listed('UNIT_MULT').sort((a, b) => Number(a.code) - Number(b.code)),
    ...areas.map((a) => ({ column: 'REF_AREA', code: a.code, name: a.name })),
    ...table.dimensions.flatMap((id) => dimensionCodes(id, observations, listed(id), labels.codes)),
    ...listed('OBS_STATUS'),
    ...listed('NATURE'),
  ];
  return { indicator, table, codes };
}

/** A draft upsert as the observation it proposes. */
function drafted(c: DraftChangeRecord): Observation {
  return { series: c.series, area: c.area, period: c.period, dimensions: c.dimensions, value: c.value ?? Number.NaN, unit: c.unit, unitMult: c.unitMult, attributes: c.attributes };
}

function unitCodes(observations: Observation[], names: Map<string, string>): TemplateCode[] {
  const units = [...new Set(observations.map((o) => o.unit))].filter((u) => u !== '').sort();
  return units.map((code) => ({ column: 'UNIT_MEASURE', code, name: names.get(`UNIT_MEASURE:${code}`) ?? code }));
}

/** A dimension's codes: those the data uses (total first), then the rest of its code list. */
function dimensionCodes(id: string, observations: Observation[], list: TemplateCode[], names: Map<string, string>): TemplateCode[] {
  const used = [...new Set(observations.map((o) => o.dimensions[id]).filter((c): c is string => c !== undefined))]
    .sort((a, b) => (a === '_T' ? -1 : b === '_T' ? 1 : a.localeCompare(b, 'en', { numeric: true })));
  const fromData = used.map((code) => ({ column: id, code, name: names.get(`${id}:${code}`) ?? (code === '_T' ? 'Total' : code) }));
  return [...fromData, ...list.filter((c) => !used.includes(c.code)).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))];
}
