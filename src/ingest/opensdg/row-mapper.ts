import type { Observation } from '../../domain/index.ts';
import { encodeDimensions } from '../../store/index.ts';
import { attributeCode, dimensionCode, unitMultiplier } from '../sdmx-dimensions.ts';
import type { GeoCodeArea } from './areas.ts';
import type { ColumnPlan } from './column-plan.ts';
import type { PeriodReader } from './period-reader.ts';
import { reasons } from './reject-reasons.ts';
import { seriesCode } from './series-codes.ts';
import { isDecimalNumber } from '../numeric-value.ts';

/** A row that maps to an observation; `key` identifies it for duplicate detection (see DuplicateIndex). */
export interface MappedRow {
  observation: Observation;
  key: string;
  sharedSeries: boolean;
}

/** A row that does not, with the column at fault ('' for the whole row) and the reason (see reject-reasons.ts). */
export interface UnmappedRow {
  column: string;
  reason: string;
}

/** What one indicator file's rows are read against. */
export interface RowContext {
  indicatorId: string;
  /** Area of rows without a GeoCode, e.g. `826`. */
  countryArea: string;
  /** The stored area a GeoCode names under any of its codes (see areaResolver in store/areas.ts), e.g. `BD30` → `BD-C`. */
  knownArea: (geoCode: string) => string | undefined;
  /** Name of the default series (a readable indicator name). */
  defaultSeriesName: string;
  periods: PeriodReader;
}

/**
 * Maps the cells of one data file's rows to observations, following the file's ColumnPlan. Rows are checked in this
 * order, and the first problem rejects the row: cell count, Value (blank, then not a number), Year. A blank breakdown
 * cell is the total `_T`; texts are trimmed and put in Unicode NFC; a period note (`2019/20 [Note 5]`) is kept as the
 * TIME_DETAIL attribute; a Unit multiplier text that is not a power of ten is kept as the UNIT_MULT attribute with
 * unitMult null. While mapping it collects the series, areas and breakdowns the file uses. Distinct cell texts are
 * mapped once per file and cached.
 */
export class RowMapper {
  /** Series code → name and the units its observations use. */
  readonly series = new Map<string, { name: string; units: Set<string> }>();
  /** Breakdown IDs used, with whether each is an SDMX dimension. */
  readonly dimensions = new Map<string, boolean>();
  /** For each GeoCode met, the value of each geography column on its rows: a text while it is the same on all, else null. */
  private readonly areaNames = new Map<string, (string | null | undefined)[]>();
  private readonly knownCodes = new Map<string, string | undefined>();
  private readonly geography: { index: number; level: string }[];
  private readonly codeCaches: Map<string, string>[];
  private readonly attributeCaches: Map<string, string>[];
  private lastSeries = '';
  private lastUnit = '';
  private readonly seriesCodes = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  private readonly indexes = new Map<string, number>();
  private readonly unitMults = new Map<string, number | null>();

  constructor(private readonly plan: ColumnPlan, private readonly context: RowContext) {
    this.codeCaches = plan.dimensions.map(() => new Map());
    this.attributeCaches = plan.attributes.map(() => new Map());
    this.geography = plan.dimensions.filter((d) => d.geography).map((d) => ({ index: d.index, level: plan.header[d.index]!.trim().toLowerCase() }));
  }

  /**
   * The GeoCode areas met so far. Each is named by the most specific geography column (the rightmost) whose value is
   * the same on every row with that code, e.g. `Region` = `North East` for E12000001 when `Local authority` varies
   * under it; an area no column names consistently is named by its code, at level `area`.
   */
  areas(): GeoCodeArea[] {
    return [...this.areaNames].map(([code, names]) => {
      for (let g = this.geography.length - 1; g >= 0; g--) {
        const name = names[g];
        if (name) return { code, name: name.normalize('NFC'), level: this.geography[g]!.level };
      }
      return { code, name: code, level: 'area' };
    });
  }

  private noteAreaNames(geoCode: string, cells: string[]): void {
    let names = this.areaNames.get(geoCode);
    if (!names) this.areaNames.set(geoCode, (names = []));
    for (let g = 0; g < this.geography.length; g++) {
      const seen = names[g];
      if (seen === null) continue;
      const cell = cells[this.geography[g]!.index]!.trim();
      names[g] = seen === undefined || seen === cell ? cell : null;
    }
  }

  /** Maps one row's cells. */
  map(cells: string[]): MappedRow | UnmappedRow {
    const plan = this.plan;
    if (cells.length !== plan.header.length) return { column: '', reason: reasons.wrongCellCount(cells.length, plan.header.length) };
    const valueText = cells[plan.value]!.trim();
    if (valueText === '') return { column: plan.header[plan.value]!, reason: reasons.blankValue(plan.header[plan.value]!) };
    if (!isDecimalNumber(valueText)) return { column: plan.header[plan.value]!, reason: reasons.notANumber(cells[plan.value]!) };
    const yearText = cells[plan.year]!;
    const period = this.context.periods.read(yearText);
    if (!period) return { column: plan.header[plan.year]!, reason: reasons.notATimePeriod(yearText) };

    const geoCode = plan.geoCode >= 0 ? cells[plan.geoCode]!.trim() : '';
    const known = geoCode ? this.knownAreaOf(geoCode) : undefined;
    const area = known ?? (geoCode || this.context.countryArea);
    const seriesText = plan.series >= 0 ? cells[plan.series]! : '';
    const series = this.seriesOf(seriesText);
    const unit = plan.unit >= 0 ? this.textOf(cells[plan.unit]!) : '';
    if (series !== this.lastSeries || unit !== this.lastUnit) {
      this.series.get(series)!.units.add(unit);
      this.lastSeries = series;
      this.lastUnit = unit;
    }

    const dimensions: Record<string, string> = {};
    let codes = '';
    if (geoCode && known === undefined) this.noteAreaNames(geoCode, cells);
    for (let i = 0; i < plan.dimensions.length; i++) {
      const d = plan.dimensions[i]!;
      const cell = cells[d.index]!;
      const cache = this.codeCaches[i]!;
      let code = cache.get(cell);
      if (code === undefined) {
        cache.set(cell, (code = dimensionCode(d.id, cell)));
        this.dimensions.set(d.id, d.sdmx);
      }
      dimensions[d.id] = code;
      codes += `,${this.indexOf(code)}`;
    }

    let attributes: Record<string, string> = NO_ATTRIBUTES;
    if (period.note || plan.unitMult >= 0 || plan.attributes.length > 0) attributes = {};
    if (period.note) attributes.TIME_DETAIL = period.note;
    let unitMult: number | null = null;
    if (plan.unitMult >= 0) {
      const text = cells[plan.unitMult]!;
      unitMult = this.unitMultOf(text);
      if (unitMult === null && text.trim() !== '') attributes.UNIT_MULT = text.trim();
    }
    for (let i = 0; i < plan.attributes.length; i++) {
      const a = plan.attributes[i]!;
      const text = cells[a.index]!;
      let code = this.attributeCaches[i]!.get(text);
      if (code === undefined) this.attributeCaches[i]!.set(text, (code = a.sdmx ? attributeCode(a.sdmx, text) : text.trim().normalize('NFC')));
      if (code === '') continue;
      attributes[a.id] = attributes[a.id] === undefined ? code : `${attributes[a.id]}; ${code}`;
    }
    const observation: Observation = {
      series, area, period: period.period, dimensions, value: Number(valueText), unit, unitMult, attributes,
    };
    // Within one file the columns are fixed, so the file-local numbers of series, area, period, unit and breakdown
    // codes in column order identify an observation in a short key; an SDMX-coded series may recur in other files
    // with other columns, so its key spells out the texts and the canonical dimension key.
    const sharedSeries = plan.seriesCoded && seriesText.trim() !== '';
    const breakdown = sharedSeries ? encodeDimensions(dimensions) : codes;
    const key = sharedSeries
      ? `${series}\u001f${area}\u001f${period.period.label}\u001f${unit}\u001f${breakdown}`
      : `${this.indexOf(series)},${this.indexOf(area)},${this.indexOf(period.period.label)},${this.indexOf(unit)}${breakdown}`;
    return { observation, key, sharedSeries };
  }

  /** The series code of a Series cell (cached per distinct cell). */
  private seriesOf(cell: string): string {
    let code = this.seriesCodes.get(cell);
    if (code === undefined) {
      const text = this.textOf(cell);
      code = this.plan.seriesCoded && text !== '' ? text : seriesCode(this.context.indicatorId, text);
      this.seriesCodes.set(cell, code);
      if (!this.series.has(code)) this.series.set(code, { name: text || this.context.defaultSeriesName, units: new Set() });
    }
    return code;
  }

  /** The stored area a GeoCode names under any of its aliases, or undefined for a new area (cached per code). */
  private knownAreaOf(geoCode: string): string | undefined {
    if (!this.knownCodes.has(geoCode)) this.knownCodes.set(geoCode, this.context.knownArea(geoCode));
    return this.knownCodes.get(geoCode);
  }

  /** A small number standing for a text within this file, so duplicate keys stay short. */
  private indexOf(text: string): number {
    let n = this.indexes.get(text);
    if (n === undefined) this.indexes.set(text, (n = this.indexes.size));
    return n;
  }

  /** A cell trimmed and in Unicode NFC (cached per distinct cell). */
  private textOf(cell: string): string {
    let text = this.texts.get(cell);
    if (text === undefined) this.texts.set(cell, (text = cell.trim().normalize('NFC')));
    return text;
  }

  private unitMultOf(text: string): number | null {
    let n = this.unitMults.get(text);
    if (n === undefined) this.unitMults.set(text, (n = unitMultiplier(text)));
    return n;
  }
}

/** Shared by every observation without attributes (never written to). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
