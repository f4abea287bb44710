import { stringify } from 'csv-stringify/sync';
import { encodeDimensions } from '../../store/index.ts';
import { seriesCode } from '../../ingest/opensdg/index.ts';
import type { SdmxAttributeId } from '../../ingest/sdmx-dimensions.ts';
import { splitPeriodNote } from '../../ingest/time-period.ts';
import { attributeOrder } from './attribute-order.ts';
import { attributeText, codeText, periodText, unitMultText, valueText } from './cell-texts.ts';
import { type FileColumns, type FileContents, headerRow, planFileColumns } from './file-columns.ts';
import type { ExportContext, ExportObservation } from './store-reads.ts';

/** One indicator's data file: its CSV text and what it holds. */
export interface DataFileText {
  text: string;
  rows: number;
  columns: FileColumns;
  /** What this file cannot carry so that it reads back the same (each a sentence naming the indicator). */
  notes: string[];
}

/**
 * The Open SDG CSV of one indicator's published observations (see FileColumns for the columns): a row per
 * observation, the headline rows (fewest breakdowns) first, then by series, unit, breakdown, area (the country first)
 * and period. Series are written by name in a `Series` column when their codes are those the importer derives from
 * indicator and name (seriesCode), else by code in an SDMX `SERIES` column; the default series has a blank cell.
 * Totals are blank cells, the country's rows have a blank GeoCode; a TIME_DETAIL attribute goes into the Year cell
 * as a note (`2019/20 [Note 5]`), as the source wrote it, when it reads back there (else into a column); attribute
 * columns follow the order the stored attributes keep (attributeOrder), so they are stored in that order again.
 *
 * The CSV is written with csv-stringify, without the formula escape of src/export/csv: a data repository is read by
 * Open SDG's builders, which would keep the escape as part of the text.
 * @throws ExportError (see cell-texts.ts, file-columns.ts) for a value with no text that reads back.
 */
export function dataFileText(
  indicatorId: string, observations: ExportObservation[], linked: Map<string, { name: string; relation: string }>, context: ExportContext,
): DataFileText {
  const notes: string[] = [];
  const seriesNames = new Map([...linked].map(([code, s]) => [code, s.name]));
  const proxies = [...linked].filter(([, s]) => s.relation !== 'measures').map(([code]) => code);
  if (proxies.length > 0) notes.push(`${indicatorId}: series ${proxies.join(', ')} stand in for the indicator (proxy); the files link every series as measuring it`);
  const codes = new Set(observations.map((o) => o.series));
  const named = [...codes].every((c) => c === indicatorId || c === seriesCode(indicatorId, seriesNames.get(c) ?? ''));
  const contents: FileContents = {
    series: named ? ([...codes].some((c) => c !== indicatorId) ? 'Series' : null) : 'SERIES',
    units: false, dimensionCodes: new Map(), geoCode: false, unitMult: false, attributeIds: [], timeDetailInYear: false,
  };
  if (!named) {
    const lost = [...codes].filter((c) => c !== indicatorId && seriesNames.get(c) !== c);
    if (lost.length > 0) notes.push(`${indicatorId}: series ${lost.join(', ')} are written by code; their names are not in the file`);
  }
  let dimensionKeys: string | null = null;
  const attributeSequences = new Map<string, string[]>();
  let notesFit = true;
  const sorted = sortRows(observations, context.countryArea);
  for (const o of sorted) {
    if (o.unit !== '') contents.units = true;
    if (o.area !== context.countryArea) contents.geoCode = true;
    if (o.unitMult !== null) contents.unitMult = true;
    for (const id in o.dimensions) {
      let used = contents.dimensionCodes.get(id);
      if (!used) contents.dimensionCodes.set(id, (used = new Set()));
      used.add(o.dimensions[id]!);
    }
    const attributeKeys = Object.keys(o.attributes);
    attributeSequences.set(attributeKeys.join('\u001f'), attributeKeys);
    const note = o.attributes.TIME_DETAIL;
    if (note !== undefined && !yearNoteReadsBack(o.period, note)) notesFit = false;
    const keys = Object.keys(o.dimensions).sort().join('\u001f');
    if (dimensionKeys !== null && keys !== dimensionKeys) dimensionKeys = '\u0000';
    else dimensionKeys ??= keys;
  }
  const observationKeys = new Set(sorted.map((o) => `${o.series}|${o.area}|${o.period}|${encodeDimensions(o.dimensions)}|${o.unit}`));
  if (observationKeys.size < sorted.length) {
    notes.push(`${indicatorId}: observations repeating another's key (held by several data sources), which the importer leaves out: ${sorted.length - observationKeys.size}`);
  }
  if (dimensionKeys === '\u0000') {
    notes.push(`${indicatorId}: rows break down by different dimensions; a dimension a row lacks is written blank and reads back as the total _T`);
  }
  contents.attributeIds = attributeOrder(attributeSequences.values(), ['TIME_DETAIL']);
  contents.timeDetailInYear = notesFit && contents.attributeIds[0] === 'TIME_DETAIL';
  const columns = planFileColumns(contents);
  const periods = new Map<string, string>();
  const cellCaches = columns.dimensions.map(() => new Map<string, string>());
  const attributeCaches = columns.attributes.map(() => new Map<string, string>());
  const rows: string[][] = [headerRow(columns)];
  for (const o of sorted) {
    let year = periods.get(o.period);
    if (year === undefined) periods.set(o.period, (year = periodText(o.period, o.periodKind)));
    const note = o.attributes.TIME_DETAIL;
    const row = [columns.timeDetailInYear && note !== undefined ? `${year} [${note}]` : year];
    if (columns.series === 'Series') row.push(o.series === indicatorId ? '' : seriesNames.get(o.series)!);
    else if (columns.series === 'SERIES') row.push(o.series === indicatorId ? '' : o.series);
    if (columns.units) row.push(o.unit);
    for (const [i, d] of columns.dimensions.entries()) {
      const code = o.dimensions[d.id];
      if (code === undefined) {
        row.push('');
        continue;
      }
      let text = cellCaches[i]!.get(code);
      if (text === undefined) cellCaches[i]!.set(code, (text = codeText(d.id, code, context.codeNames.get(`${d.id}:${code}`))));
      row.push(text);
    }
    if (columns.geoCode) row.push(o.area === context.countryArea ? '' : o.area);
    if (columns.unitMult) row.push(o.unitMult !== null ? unitMultText(o.unitMult) : o.attributes.UNIT_MULT ?? '');
    for (const [i, a] of columns.attributes.entries()) {
      const value = o.attributes[a.id];
      if (value === undefined || a.national) {
        row.push(value ?? '');
        continue;
      }
      let text = attributeCaches[i]!.get(value);
      if (text === undefined) attributeCaches[i]!.set(value, (text = attributeText(a.id as SdmxAttributeId, value)));
      row.push(text);
    }
    row.push(valueText(o.value));
    rows.push(row);
  }
  return { text: stringify(rows, { record_delimiter: 'unix' }), rows: observations.length, columns, notes };
}

/** Whether `2019/20 [note]` gives back the note as the importer reads it (splitPeriodNote), period text aside. */
function yearNoteReadsBack(period: string, note: string): boolean {
  return splitPeriodNote(`${period} [${note}]`).note === note;
}

/** Headline rows first (fewest breakdowns), then series, unit, breakdown, area (country first), period. */
function sortRows(observations: ExportObservation[], countryArea: string): ExportObservation[] {
  const keyed = observations.map((o) => ({
    o,
    broken: Object.values(o.dimensions).filter((c) => c !== '_T').length,
    dims: encodeDimensions(o.dimensions),
    area: o.area === countryArea ? '' : o.area,
  }));
  keyed.sort((a, b) => a.broken - b.broken || compare(a.o.series, b.o.series) || compare(a.o.unit, b.o.unit) || compare(a.dims, b.dims)
    || compare(a.area, b.area) || compare(a.o.periodStart, b.o.periodStart) || compare(a.o.period, b.o.period));
  return keyed.map((k) => k.o);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
