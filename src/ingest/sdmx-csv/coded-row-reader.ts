import type { Observation, TimePeriod } from '../../domain/index.ts';
import { numericValue } from '../numeric-value.ts';
import { attributeCode, dimensionCode, unitMultiplier } from '../sdmx-dimensions.ts';
import { TimePeriodError, parseTimePeriod, splitPeriodNote } from '../time-period.ts';
import type { CellProblem, ReadRow, RowReader, UploadColumns } from '../upload/upload-row.ts';
import { type CodedColumns, codeOfLabelled, planColumnsOrProblem } from './coded-columns.ts';

/**
 * A reader of SDMX-coded rows (SDMX-CSV 1.0 and 2.0, the upload template as CSV or XLSX). Each row is checked in full
 * and every problem reported, each naming its column:
 * - `OBS_VALUE` blank, or not a decimal number (`n/a`, `<5`, `1,200`);
 * - `TIME_PERIOD` not a period in SDMX notation (ISO 8601: `2021`, `2021-Q1`, `2021-05`, `2014/15`, `2010-2015`);
 * - `REF_AREA` or `SERIES` blank;
 * - SDMX-CSV 2.0 `ACTION` `D` (a deletion row: an upload in replace mode deletes what the file leaves out instead).
 * Breakdown cells become codes through dimensionCode (blank → `_T`, `Female` → `F`), OBS_STATUS and NATURE through
 * attributeCode; a UNIT_MULT that is not a power of ten is kept as the UNIT_MULT attribute text (as the Open SDG
 * import does); a period note (`2019/20 [Note 5]`) becomes TIME_DETAIL unless that column says otherwise. Series and
 * area are kept as written: the upload checker resolves them.
 * @returns the reader, or the problem with the header (no TIME_PERIOD or no OBS_VALUE column).
 * @example codedRowReader(['TIME_PERIOD', 'SERIES', 'REF_AREA', 'SEX', 'OBS_VALUE']).map(['2021', 'SH_DYN_MORT', '050', 'F', '25.2'])
 *   // { observation: { series: 'SH_DYN_MORT', area: '050', dimensions: { SEX: 'F' }, value: 25.2, … } }
 */
export function codedRowReader(header: string[]): RowReader | CellProblem {
  const plan = planColumnsOrProblem(header);
  if ('reason' in plan) return plan;
  return new CodedRowReader(plan);
}

/** Attributes whose values are codes of a code list (the others are free text such as COMMENT_OBS). */
const CODED_ATTRIBUTES = new Set(['OBS_STATUS', 'NATURE', 'BASE_PER', 'TIME_COVERAGE', 'GEO_INFO_TYPE']);

class CodedRowReader implements RowReader {
  readonly columns: UploadColumns;
  private readonly periods = new Map<string, { period: TimePeriod; note: string | null } | string>();
  private readonly codes: Map<string, string>[];
  /** Columns whose cells are codes, so a labelled file writes them `code: label`. */
  private readonly coded: Set<number>;

  constructor(private readonly plan: CodedColumns) {
    const name = (index: number): string | null => (index < 0 ? null : plan.header[index]!.trim());
    this.columns = {
      series: name(plan.series), area: name(plan.area), period: name(plan.period)!, value: name(plan.value)!, unit: name(plan.unit),
      dimensions: new Map(plan.dimensions.map((d) => [d.id, plan.header[d.index]!.trim()])), unitMult: name(plan.unitMult),
      attributes: new Map([...plan.attributes].reverse().map((a) => [a.id, plan.header[a.index]!.trim()])),
    };
    this.codes = plan.dimensions.map(() => new Map());
    this.coded = new Set([plan.series, plan.area, plan.unit, plan.unitMult, plan.action, ...plan.dimensions.map((d) => d.index),
      ...plan.attributes.filter((a) => CODED_ATTRIBUTES.has(a.id)).map((a) => a.index)]);
  }

  map(given: string[]): ReadRow | { problems: CellProblem[] } {
    const plan = this.plan;
    const problems: CellProblem[] = [];
    const cells = plan.labelled ? given.map((c, i) => (this.coded.has(i) ? codeOfLabelled(c) : c)) : given;
    const cell = (index: number): string => (index < 0 ? '' : (cells[index] ?? '').trim());
    const column = (index: number): string => plan.header[index]!.trim();
    if (given.length !== plan.header.length) {
      problems.push({ column: '', reason: `wrong cell count: ${given.length} cells where the header has ${plan.header.length}` });
    }
    if (plan.action >= 0 && cell(plan.action).toUpperCase() === 'D') {
      problems.push({ column: column(plan.action), reason: 'deletion row (ACTION D): upload in replace mode and leave the row out to delete a value' });
    }
    const value = numericValue(cell(plan.value));
    if ('reason' in value) {
      const text = cell(plan.value);
      problems.push({
        column: column(plan.value),
        reason: text === '' ? `blank value: the ${column(plan.value)} cell is empty` : `not a number: ${value.reason.includes('bound') ? value.reason : `"${text}"`}`,
      });
    }
    const period = this.periodOf(cell(plan.period));
    if (typeof period === 'string') problems.push({ column: column(plan.period), reason: period });
    if (plan.area >= 0 && cell(plan.area) === '') problems.push({ column: column(plan.area), reason: `blank area: the ${column(plan.area)} cell is empty` });
    if (plan.series >= 0 && cell(plan.series) === '') problems.push({ column: column(plan.series), reason: `blank series: the ${column(plan.series)} cell is empty` });
    if (problems.length > 0 || 'reason' in value || typeof period === 'string') return { problems };

    const dimensions: Record<string, string> = {};
    plan.dimensions.forEach((d, i) => {
      const text = cells[d.index] ?? '';
      let code = this.codes[i]!.get(text);
      if (code === undefined) this.codes[i]!.set(text, (code = dimensionCode(d.id, text)));
      dimensions[d.id] = code;
    });
    const attributes: Record<string, string> = {};
    if (period.note) attributes.TIME_DETAIL = period.note;
    let unitMult: number | null = null;
    const multText = cell(plan.unitMult);
    if (multText !== '') {
      unitMult = unitMultiplier(multText);
      if (unitMult === null) attributes.UNIT_MULT = multText.normalize('NFC');
    }
    for (const a of plan.attributes) {
      const code = attributeCode(a.id, cells[a.index] ?? '');
      if (code === '') continue;
      attributes[a.id] = attributes[a.id] === undefined || a.id === 'TIME_DETAIL' ? code : `${attributes[a.id]}; ${code}`;
    }
    const observation: Observation = {
      series: cell(plan.series).normalize('NFC'), area: cell(plan.area), period: period.period, dimensions, value: value.value,
      unit: cell(plan.unit).normalize('NFC'), unitMult, attributes,
    };
    return { observation };
  }

  /** The period of a TIME_PERIOD cell and its note, or the reason it is not one (cached per distinct text). */
  private periodOf(text: string): { period: TimePeriod; note: string | null } | string {
    let entry = this.periods.get(text);
    if (entry === undefined) {
      try {
        entry = text === '' ? `blank period: the ${this.columns.period} cell is empty` : { period: parseTimePeriod(text, 'sdmx'), note: splitPeriodNote(text).note };
      } catch (e) {
        if (!(e instanceof TimePeriodError)) throw e;
        entry = `not a time period: "${text}" (expected e.g. 2015, 2014/15, 2024-Q1, 2020-05, 2010-2015)`;
      }
      this.periods.set(text, entry);
    }
    return entry;
  }
}
