import { TOTAL, type Observation, type TimePeriodKind } from '../../domain/index.ts';
import { CODED_ATTRIBUTES, type CodeBook, OBSERVATION_ATTRIBUTES, isObservationAttribute, isSdmxDimension } from './code-book.ts';

/**
 * One part of an observation the code book does not know: `part` and `id` say which (`unit` UNIT_MEASURE, `unitMult`
 * UNIT_MULT, a `dimension` or an `attribute` by its ID), `value` is the value given and `reason` a sentence naming the
 * value and what is allowed. Example: `{ part: 'unit', id: 'UNIT_MEASURE', value: 'KG',
 * reason: 'unknown unit: "KG" is not a unit of series SE_PRE_PARTN (units: PERCENT)' }`.
 */
export interface CodeProblem {
  part: 'unit' | 'unitMult' | 'dimension' | 'attribute';
  id: string;
  value: string;
  reason: string;
}

/** Codes named in a message before it says how many more there are. */
const CODES_SHOWN = 12;
/** The powers of ten CL_UNIT_MULT has. */
const UNIT_MULT_RANGE = 15;

/**
 * Checks the codes of one observation against its indicator's code book; an empty list when all are known. A series
 * the book does not hold is left to the caller (it is not the indicator's). The rules:
 * - a dimension is one a series of the indicator uses, or an SDG DSD dimension with a stored code list; its code is
 *   `_T`, one the indicator's data uses, or one of that code list;
 * - the unit is one of the series' units (any unit when none is known, but never blank);
 * - the unit multiplier is an integer from -15 to 15, and so is a UNIT_MULT attribute;
 * - attributes are observation attributes of the DSD (see OBSERVATION_ATTRIBUTES) or ones the series' published data
 *   carries; OBS_STATUS and NATURE take codes of CL_OBS_STATUS and CL_NATURE, or a value the published data has.
 * @example checkObservationCodes(book422, observation({ series: 'SE_PRE_PARTN', unit: 'KG', dimensions: { FOO: 'BAR' } }))
 * // [{ part: 'dimension', id: 'FOO', value: 'BAR', reason: 'unknown dimension: indicator 4.2.2 has no breakdown "FOO" (value "BAR"; …)' },
 * //  { part: 'unit', id: 'UNIT_MEASURE', value: 'KG', reason: 'unknown unit: "KG" is not a unit of series SE_PRE_PARTN (units: PERCENT)' }]
 */
export function checkObservationCodes(book: CodeBook, o: Pick<Observation, 'series' | 'dimensions' | 'unit' | 'unitMult' | 'attributes'>): CodeProblem[] {
  const series = book.series.get(o.series);
  if (!series) return [];
  const problems: CodeProblem[] = [];
  for (const [id, code] of Object.entries(o.dimensions)) {
    const reason = dimensionProblem(book, o.series, id, code);
    if (reason) problems.push({ part: 'dimension', id, value: code, reason });
  }
  if (o.unit.trim() === '') {
    const units = series.units.size > 0 ? ` (units: ${listed([...series.units].sort())})` : '';
    problems.push({ part: 'unit', id: 'UNIT_MEASURE', value: o.unit, reason: `blank unit: name the unit of series ${o.series}${units}` });
  } else if (series.units.size > 0 && !series.units.has(o.unit)) {
    problems.push({ part: 'unit', id: 'UNIT_MEASURE', value: o.unit, reason: `unknown unit: "${o.unit}" is not a unit of series ${o.series} (units: ${listed([...series.units].sort())})` });
  }
  if (o.unitMult !== null && !isUnitMult(String(o.unitMult))) {
    problems.push({ part: 'unitMult', id: 'UNIT_MULT', value: String(o.unitMult), reason: notUnitMult(String(o.unitMult)) });
  }
  for (const [id, value] of Object.entries(o.attributes)) {
    const reason = attributeProblem(book, o.series, id, value);
    if (reason) problems.push({ part: 'attribute', id, value, reason });
  }
  return problems;
}

/**
 * Why a period's kind is new to its series, or null: the series' published data has periods of other kinds only. A
 * warning, not an error: quarters beside years are a second time line the provider must explain.
 * @example periodKindProblem(book422, 'SE_PRE_PARTN', { kind: 'fiscal-year', label: '2014/15' })
 * // 'period kind: 2014/15 is a fiscal year, but series SE_PRE_PARTN has years only; explain the new kind of period in a comment'
 */
export function periodKindProblem(book: CodeBook, series: string, period: { kind: TimePeriodKind; label: string }): string | null {
  const kinds = book.series.get(series)?.periodKinds;
  if (!kinds || kinds.size === 0 || kinds.has(period.kind)) return null;
  const has = [...kinds].sort().map((k) => KIND_NAMES[k][1]).join(' and ');
  return `period kind: ${period.label} is a ${KIND_NAMES[period.kind][0]}, but series ${series} has ${has} only; explain the new kind of period in a comment`;
}

/**
 * The unit a series' values take when a file gives none: the series' one unit, or null when it has several or none.
 * @example singleUnit(book422, 'SE_PRE_PARTN') // 'PERCENT'
 */
export function singleUnit(book: CodeBook, series: string): string | null {
  const units = book.series.get(series)?.units;
  return units && units.size === 1 ? [...units][0]! : null;
}

const KIND_NAMES: Record<TimePeriodKind, [string, string]> = {
  year: ['year', 'years'], 'fiscal-year': ['fiscal year', 'fiscal years'], quarter: ['quarter', 'quarters'], month: ['month', 'months'],
  range: ['range of years', 'ranges of years'], 'date-range': ['range of dates', 'ranges of dates'],
};

function dimensionProblem(book: CodeBook, series: string, id: string, code: string): string | null {
  const used = book.indicatorDimensions.get(id);
  const list = isSdmxDimension(id) ? book.codeLists.get(id) : undefined;
  if (!used && !list) {
    const own = [...book.indicatorDimensions.keys()].sort();
    const sdmx = [...book.codeLists.keys()].filter((d) => isSdmxDimension(d) && !own.includes(d)).sort();
    const allowed = `${own.length > 0 ? `breakdowns: ${own.join(', ')}, or` : 'no breakdowns yet; use'} one of the SDMX dimensions ${listed(sdmx)}`;
    return `unknown dimension: indicator ${book.indicatorId} has no breakdown "${id}" (value "${code}"; ${allowed})`;
  }
  if (code === TOTAL || book.series.get(series)?.dimensions.get(id)?.has(code) || used?.has(code) || list?.has(code)) return null;
  const shown = [...(used ?? [])].sort();
  const rest = [...(list ?? [])].filter((c) => !shown.includes(c)).sort();
  return `unknown code: "${code}" is not a code of ${id} (codes: ${listed([...shown, ...rest])})`;
}

function attributeProblem(book: CodeBook, series: string, id: string, value: string): string | null {
  const published = book.series.get(series)?.attributes.get(id);
  if (!isObservationAttribute(id) && !published) {
    return `unknown attribute: "${id}" is not an observation attribute (attributes: ${OBSERVATION_ATTRIBUTES.join(', ')})`;
  }
  if (value.trim() === '' || published?.has(value)) return null;
  if (id === 'UNIT_MULT') return isUnitMult(value) ? null : notUnitMult(value);
  const codelist = CODED_ATTRIBUTES[id];
  const codes = codelist ? book.codeLists.get(id) : undefined;
  if (!codelist || !codes || codes.has(value)) return null;
  return `unknown code: "${value}" is not a code of ${id} (${codelist}: ${listed([...codes].sort())})`;
}

function isUnitMult(text: string): boolean {
  return /^[+-]?\d{1,2}$/.test(text.trim()) && Math.abs(Number(text)) <= UNIT_MULT_RANGE;
}

function notUnitMult(text: string): string {
  return `not a unit multiplier: "${text}" (UNIT_MULT is an integer power of ten from -${UNIT_MULT_RANGE} to ${UNIT_MULT_RANGE}: 0 = units, 3 = thousands, 6 = millions)`;
}

/** Codes for a message: the first twelve, then how many more. */
function listed(codes: string[]): string {
  if (codes.length === 0) return 'none';
  const more = codes.length > CODES_SHOWN ? `, … ${codes.length - CODES_SHOWN} more` : '';
  return `${codes.slice(0, CODES_SHOWN).join(', ')}${more}`;
}
