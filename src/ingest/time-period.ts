import type { TimePeriod } from '../domain/index.ts';

/**
 * How to read an ambiguous `YYYY-NN` period:
 * - `open-sdg`: national files (Open SDG, spreadsheets) write spans with a short end year, so `2014-15` is the fiscal
 *   year 2014/15 and `2003-05` the range 2003–2005; `YYYY-NN` is a month only when NN cannot be a nearby later year
 *   of the same century (`2020-05` and `1993-01` are months, but `2005-07` is the range 2005–2007);
 * - `sdmx`: ISO 8601 as SDMX writes TIME_PERIOD, so `YYYY-MM` is always a month (`2005-07` is July 2005). Every
 *   canonical label reads back to its own period in this notation.
 */
export type PeriodNotation = 'open-sdg' | 'sdmx';

/** Thrown when a text is not a time period; `value` is the text as given. */
export class TimePeriodError extends Error {
  readonly code = 'TIME_PERIOD_INVALID';
  constructor(readonly value: string) {
    super(`"${value}" is not a time period (expected e.g. 2015, 2014/15, 2024 Q1, 2020-05, 2010-2015, 15 May to 14 June 2020)`);
  }
}

/**
 * Reads a period as real SDG files write it and returns its canonical form (see TimePeriod). Bracketed or
 * parenthesised notes are dropped first (`2019/20 [Note 1]`, `2001-2005 (baseline)`; see {@link splitPeriodNote}).
 *
 * | kind | written as | canonical label |
 * |---|---|---|
 * | year | `2015`, `2015.0` | `2015` |
 * | fiscal-year | `2014/15`, `2014/2015`, `2014-15`, `2019 20` (two consecutive years) | `2014/15` |
 * | quarter | `2024 Q1`, `2024-Q1`, `2024Q1`, `Q1 2024` | `2024-Q1` |
 * | month | `1993 01` (space and two digits 01–12), `2020-05`, `May 2020` | `2020-05` |
 * | range | `2010-2015`, `2010 to 2015`, `2003-05`, `2016/18`; between fiscal years `2002/03-2007/08`, `2007/08 to 2008/09` | `2010-2015`, `2002/03-2007/08` |
 * | date-range | `15 May to 14 June 2020`, `2020-05-15/2020-06-14` | `2020-05-15/2020-06-14` |
 *
 * A hyphenated four-digit pair is always a range, even of consecutive years (`2016-2017`); a slash or short form of
 * consecutive years is a fiscal year. Nothing else is guessed: `1974a` or `This is a non-statistical indicator` throw.
 *
 * @throws TimePeriodError naming the value.
 * @example parseTimePeriod('2014/15') // { kind: 'fiscal-year', label: '2014/15', start: '2014-01-01', end: '2015-12-31' }
 * @example parseTimePeriod('2024 Q1') // { kind: 'quarter', label: '2024-Q1', start: '2024-01-01', end: '2024-03-31' }
 */
export function parseTimePeriod(text: string, notation: PeriodNotation = 'open-sdg'): TimePeriod {
  const period = readPeriod(splitPeriodNote(text).text, notation);
  if (!period) throw new TimePeriodError(text);
  return period;
}

/**
 * Separates a period text from its bracketed or parenthesised notes; whitespace is collapsed.
 * @example splitPeriodNote('2019/20 [Note 5]') // { text: '2019/20', note: 'Note 5' }
 * @example splitPeriodNote('2015') // { text: '2015', note: null }
 */
export function splitPeriodNote(text: string): { text: string; note: string | null } {
  const notes: string[] = [];
  const stripped = text.replace(/\s*(?:\[([^\]]*)\]|\(([^)]*)\))\s*/g, (_, square?: string, round?: string) => {
    notes.push((square ?? round ?? '').trim());
    return ' ';
  });
  return { text: stripped.replace(/\s+/g, ' ').trim(), note: notes.length > 0 ? notes.join('; ') : null };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** The longest span a short end year (`2003-05`) may describe; beyond it `YYYY-NN` is a month. */
const MAX_SHORT_SPAN = 10;

const YEAR = /^(\d{4})(?:\.0+)?$/;
const QUARTER = /^(\d{4}) ?-? ?Q([1-4])$/i;
const QUARTER_FIRST = /^Q([1-4]) ?-? ?(\d{4})$/i;
const SLASH = /^(\d{4})\/(\d{2}|\d{4})$/;
const SHORT_HYPHEN = /^(\d{4})-(\d{2})$/;
const SHORT_SPACE = /^(\d{4}) (\d{2})$/;
const LONG_HYPHEN = /^(\d{4})-(\d{4})$/;
const MONTH_YEAR = new RegExp(`^${MONTH_NAME}\\.? (\\d{4})$`, 'i');
const YEAR_MONTH = new RegExp(`^(\\d{4}) ${MONTH_NAME}$`, 'i');
const SPAN = /^(.+?) ?(?: to |-) ?(.+)$/;
const DATE_RANGE = new RegExp(`^(\\d{1,2}) ${MONTH_NAME}(?: (\\d{4}))? to (\\d{1,2}) ${MONTH_NAME} (\\d{4})$`, 'i');
const ISO_DATE_RANGE = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/;

function readPeriod(text: string, notation: PeriodNotation): TimePeriod | null {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) return year(Number(m[1]));
  if ((m = QUARTER.exec(text))) return quarter(Number(m[1]), Number(m[2]));
  if ((m = QUARTER_FIRST.exec(text))) return quarter(Number(m[2]), Number(m[1]));
  if ((m = SLASH.exec(text))) return m[2]!.length === 4 ? span(Number(m[1]), Number(m[2])) : shortSpan(Number(m[1]), m[2]!);
  if ((m = SHORT_HYPHEN.exec(text))) return shortHyphen(Number(m[1]), m[2]!, notation);
  if ((m = SHORT_SPACE.exec(text))) {
    const n = Number(m[2]);
    return n >= 1 && n <= 12 ? month(Number(m[1]), n) : shortSpan(Number(m[1]), m[2]!);
  }
  if ((m = LONG_HYPHEN.exec(text))) return range(Number(m[1]), Number(m[2]));
  if ((m = MONTH_YEAR.exec(text))) return month(Number(m[2]), monthNumber(m[1]!));
  if ((m = YEAR_MONTH.exec(text))) return month(Number(m[1]), monthNumber(m[2]!));
  if ((m = DATE_RANGE.exec(text))) return namedDateRange(m);
  if ((m = ISO_DATE_RANGE.exec(text))) return isoDateRange(m);
  if ((m = SPAN.exec(text))) return spanBetween(m[1]!, m[2]!, notation);
  return null;
}

function year(y: number): TimePeriod {
  return { kind: 'year', label: String(y), start: `${y}-01-01`, end: `${y}-12-31` };
}

function quarter(y: number, q: number): TimePeriod {
  const first = (q - 1) * 3 + 1;
  return { kind: 'quarter', label: `${y}-Q${q}`, start: isoDate(y, first, 1), end: isoDate(y, first + 2, daysIn(y, first + 2)) };
}

function month(y: number, m: number): TimePeriod | null {
  if (m < 1 || m > 12) return null;
  return { kind: 'month', label: `${y}-${pad(m)}`, start: isoDate(y, m, 1), end: isoDate(y, m, daysIn(y, m)) };
}

function range(from: number, to: number): TimePeriod | null {
  if (to < from) return null;
  if (to === from) return year(from);
  return { kind: 'range', label: `${from}-${to}`, start: `${from}-01-01`, end: `${to}-12-31` };
}

/** Two years written as a pair: consecutive → fiscal year, further apart → range. */
function span(from: number, to: number): TimePeriod | null {
  if (to !== from + 1) return range(from, to);
  return { kind: 'fiscal-year', label: `${from}/${pad(to % 100)}`, start: `${from}-01-01`, end: `${to}-12-31` };
}

/** The end year of `2014/15` or `2014/2015`; a two-digit year rolls over the century (`1999/00` → 2000). */
function endYear(from: number, text: string): number {
  if (text.length === 4) return Number(text);
  const to = Math.floor(from / 100) * 100 + Number(text);
  return to < from ? to + 100 : to;
}

function shortSpan(from: number, text: string): TimePeriod | null {
  const to = endYear(from, text);
  return to - from <= MAX_SHORT_SPAN && to > from ? span(from, to) : null;
}

/**
 * `YYYY-NN`: in open-sdg notation a span when NN is the next year (`2014-15`, `1999-00`) or a later year of the same
 * century within {@link MAX_SHORT_SPAN} (`2003-05`), else a month (`2020-05`, `1993-01`).
 */
function shortHyphen(from: number, text: string, notation: PeriodNotation): TimePeriod | null {
  const n = Number(text);
  if (notation === 'sdmx') return month(from, n);
  const yy = from % 100;
  if (n === (yy + 1) % 100 || (n > yy && n - yy <= MAX_SHORT_SPAN)) return shortSpan(from, text);
  return month(from, n);
}

/** `2007/08 to 2008/09`, `2002/03-2007/08`, `2010 to 2015`: a range whose ends are years or fiscal years. */
function spanBetween(left: string, right: string, notation: PeriodNotation): TimePeriod | null {
  const a = readPeriod(left, notation);
  const b = readPeriod(right, notation);
  if (!a || !b || !isYearLike(a) || !isYearLike(b) || b.end <= a.end) return null;
  if (a.kind === 'year' && b.kind === 'year') return range(Number(a.label), Number(b.label));
  return { kind: 'range', label: `${a.label}-${b.label}`, start: a.start, end: b.end };
}

function isYearLike(p: TimePeriod): boolean {
  return p.kind === 'year' || p.kind === 'fiscal-year';
}

/** `15 May to 14 June 2020`; the first date takes the second's year, or the year before when its month is later. */
function namedDateRange(m: RegExpExecArray): TimePeriod | null {
  const toYear = Number(m[6]);
  const fromMonth = monthNumber(m[2]!);
  const toMonth = monthNumber(m[5]!);
  const fromYear = m[3] ? Number(m[3]) : fromMonth > toMonth ? toYear - 1 : toYear;
  return dateRange(fromYear, fromMonth, Number(m[1]), toYear, toMonth, Number(m[4]));
}

function isoDateRange(m: RegExpExecArray): TimePeriod | null {
  const n = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return dateRange(...n);
}

function dateRange(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): TimePeriod | null {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d1 < 1 || d2 < 1 || d1 > daysIn(y1, m1) || d2 > daysIn(y2, m2)) return null;
  const start = isoDate(y1, m1, d1);
  const end = isoDate(y2, m2, d2);
  if (end < start) return null;
  return { kind: 'date-range', label: `${start}/${end}`, start, end };
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
