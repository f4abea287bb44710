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
 * SDMX writes TIME_PERIOD in two more forms (SDMX 2.1 Standards, Section 6 "Technical Notes", 4.2.5 reporting
 * periods, 4.2.7 time ranges), read in either notation:
 * - a reporting period `YYYY-Pn` of a reporting year: `2014-A1` (year), `2020-S1`/`S2` (half year), `2020-T1`…`T3`
 *   (four months), `2024-Q1` (quarter), `2020-M05` (month), `2020-W01`…`W53` (ISO 8601 week, from Monday),
 *   `2020-D001`…`D366` (day). Without REPORTING_YEAR_START_DAY the reporting year is the calendar year, so `2014-A1` is
 *   the year `2014` and `2020-M05` the month `2020-05`; half years, thirds, weeks and days are date ranges
 *   (`2020-S2` → `2020-07-01/2020-12-31`). A fiscal year exported as `2014-A1` comes back through its TIME_DETAIL
 *   (the SDMX importer's job, see the SDMX observation checker);
 * - a time range `start/duration`: a date and an ISO 8601 duration in years, months and days (`2010-01-01/P6Y` is
 *   the range `2010-2015`, `2020-05-15/P31D` the date range `2020-05-15/2020-06-14`). Years from 1 January give a year
 *   or a range, `P1M`/`P3M` from the first of a month/quarter a month/quarter, anything else a date range.
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
/** One day in milliseconds. */
const DAY = 86_400_000;

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
/** SDMX reporting periods: `2014-A1`, `2020-S2`, `2020-T3`, `2020-M05`, `2020-W53`, `2020-D366` (quarters: QUARTER). */
const REPORTING_PERIOD = /^(\d{4})-(A1|S[12]|T[1-3]|M\d{2}|W\d{2}|D\d{3})$/;
/** An SDMX time range: a start date and an ISO 8601 duration of years, months and days (`2010-01-01/P6Y`). */
const TIME_RANGE = /^(\d{4})-(\d{2})-(\d{2})\/P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/;

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
  if ((m = REPORTING_PERIOD.exec(text))) return reportingPeriod(Number(m[1]), m[2]!);
  if ((m = TIME_RANGE.exec(text))) return timeRange(m);
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

/**
 * A period of a reporting year that starts on 1 January (no REPORTING_YEAR_START_DAY given): `A1` the year, `S`/`T`
 * halves and thirds as date ranges, `M` a month, `W` an ISO 8601 week (Monday to Sunday; week 1 holds 4 January),
 * `D` one day of the year. Out-of-range numbers (`M13`, `W54`, `D366` of a common year) give null.
 */
function reportingPeriod(y: number, part: string): TimePeriod | null {
  const n = Number(part.slice(1));
  switch (part[0]) {
    case 'A': return year(y);
    case 'S': return monthSpan(y, (n - 1) * 6 + 1, 6);
    case 'T': return monthSpan(y, (n - 1) * 4 + 1, 4);
    case 'M': return month(y, n);
    case 'W': {
      const jan4 = Date.UTC(y, 0, 4);
      const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (n - 1) * 7 * DAY;
      if (n < 1 || new Date(monday + 3 * DAY).getUTCFullYear() !== y) return null;
      return dayRange(monday, monday + 6 * DAY);
    }
    default: {
      const day = Date.UTC(y, 0, n);
      return n < 1 || new Date(day).getUTCFullYear() !== y ? null : dayRange(day, day);
    }
  }
}

/** `count` months from month `first` of year `y`, as a date range. */
function monthSpan(y: number, first: number, count: number): TimePeriod | null {
  return dateRange(y, first, 1, y, first + count - 1, daysIn(y, first + count - 1));
}

/**
 * `2010-01-01/P6Y`: the last day is the start plus the duration, less one day. A duration in years from 1 January is
 * a year or a range (`2010-2015`), `P1M` or `P3M` from the first of a month or quarter a month or quarter, anything
 * else a date range (`2020-05-01/P31D` stays the date range `2020-05-01/2020-05-31`, as the export writes one).
 */
function timeRange(m: RegExpExecArray): TimePeriod | null {
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [years, months, days] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || years + months + days === 0) return null;
  const end = new Date(Date.UTC(y + years, mo - 1 + months, d + days) - DAY);
  const [ey, em, ed] = [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()];
  if (mo === 1 && d === 1 && months === 0 && days === 0) return range(y, ey);
  if (d === 1 && years === 0 && days === 0) {
    if (months === 1) return month(y, mo);
    if (months === 3 && mo % 3 === 1) return quarter(y, (mo + 2) / 3);
  }
  return dateRange(y, mo, d, ey, em, ed);
}

/** The days from one UTC midnight to another (both counted) as a date range. */
function dayRange(from: number, to: number): TimePeriod | null {
  const a = new Date(from);
  const b = new Date(to);
  return dateRange(a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate(), b.getUTCFullYear(), b.getUTCMonth() + 1, b.getUTCDate());
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
