/**
 * The reporting calendar: by when data for a period is due. Data for a period is due a number of months after the
 * period ends, per periodicity (annual, quarterly, monthly); the deadline is the last day of that month. The default
 * gives annual data for year Y until 30 June of Y+1, the usual national SDG reporting calendar (the statistics office
 * compiles the year's data in the first half of the next year). A country sets its own in the setting
 * `reporting_calendar`, JSON such as `{"annual": 9, "quarterly": 2}` (months; keys left out keep the default).
 * Pure: dates are ISO `YYYY-MM-DD` strings.
 */
import type { TimePeriod, TimePeriodKind } from '../../domain/index.ts';

/** How often an indicator is reported: `annual` (years, fiscal years, ranges), `quarterly`, `monthly`. */
export type Periodicity = 'annual' | 'quarterly' | 'monthly';
export const PERIODICITIES: readonly Periodicity[] = ['annual', 'quarterly', 'monthly'];

/** Months after a period's end by which its data is due, per periodicity. */
export type ReportingCalendar = Readonly<Record<Periodicity, number>>;

/** Settings key of the national override (JSON, see {@link parseReportingCalendar}). */
export const REPORTING_CALENDAR_SETTING = 'reporting_calendar';

/** Annual data by 30 June of the next year; quarterly by the end of the third month after the quarter; monthly by the end of the second month. */
export const DEFAULT_REPORTING_CALENDAR: ReportingCalendar = Object.freeze({ annual: 6, quarterly: 3, monthly: 2 });

/** A period as the calendar reads it: its kind and first and last day. */
export type PeriodSpan = Pick<TimePeriod, 'kind' | 'start' | 'end'>;

/**
 * The calendar from the setting's JSON text over the default (null or blank text gives the default).
 * @throws Error naming the value when the text is not a JSON object of whole months 0…36 per known periodicity.
 * @example parseReportingCalendar('{"annual": 9}') // { annual: 9, quarterly: 3, monthly: 2 }
 */
export function parseReportingCalendar(text: string | null | undefined): ReportingCalendar {
  if (text === null || text === undefined || text.trim() === '') return DEFAULT_REPORTING_CALENDAR;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${REPORTING_CALENDAR_SETTING}: not JSON: ${text}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${REPORTING_CALENDAR_SETTING}: must be an object such as {"annual": 6}, got ${text}`);
  }
  const out: Record<Periodicity, number> = { ...DEFAULT_REPORTING_CALENDAR };
  for (const [key, months] of Object.entries(parsed)) {
    if (!(PERIODICITIES as readonly string[]).includes(key)) {
      throw new Error(`${REPORTING_CALENDAR_SETTING}: unknown periodicity "${key}" (annual, quarterly or monthly)`);
    }
    if (typeof months !== 'number' || !Number.isInteger(months) || months < 0 || months > 36) {
      throw new Error(`${REPORTING_CALENDAR_SETTING}: ${key} must be whole months 0…36, got ${JSON.stringify(months)}`);
    }
    out[key as Periodicity] = months;
  }
  return Object.freeze(out);
}

/** The periodicity a period's kind stands for: quarters quarterly, months monthly, everything else annual. */
export function periodicityOf(kind: TimePeriodKind): Periodicity {
  return kind === 'quarter' ? 'quarterly' : kind === 'month' ? 'monthly' : 'annual';
}

/**
 * The day a period's data is due: the last day of the month `calendar[periodicity]` months after the month it ends.
 * @example deadlineOf({ kind: 'year', start: '2024-01-01', end: '2024-12-31' }) // '2025-06-30'
 * @example deadlineOf({ kind: 'quarter', start: '2025-01-01', end: '2025-03-31' }) // '2025-06-30'
 */
export function deadlineOf(period: PeriodSpan, calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR): string {
  const year = Number(period.end.slice(0, 4));
  const month = Number(period.end.slice(5, 7));
  return endOfMonth(year, month + calendar[periodicityOf(period.kind)]);
}

/**
 * The latest period of a periodicity whose data is due on or before `moment` (ISO date): what a reader may expect
 * to find published at that moment.
 * @example expectedPeriod('annual', '2026-06-30') // { kind: 'year', start: '2025-01-01', end: '2025-12-31' }
 * @example expectedPeriod('annual', '2026-06-29') // { kind: 'year', start: '2024-01-01', end: '2024-12-31' }
 * @example expectedPeriod('quarterly', '2026-06-30') // { kind: 'quarter', start: '2026-01-01', end: '2026-03-31' }
 */
export function expectedPeriod(periodicity: Periodicity, moment: string, calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR): PeriodSpan {
  const step = periodicity === 'annual' ? 12 : periodicity === 'quarterly' ? 3 : 1;
  const kind: TimePeriodKind = periodicity === 'annual' ? 'year' : periodicity === 'quarterly' ? 'quarter' : 'month';
  // Months counted from year 0: the period holding the moment, then back one period at a time until one is due.
  const momentMonth = Number(moment.slice(0, 4)) * 12 + Number(moment.slice(5, 7)) - 1;
  let first = momentMonth - (momentMonth % step);
  for (;;) {
    const last = first + step - 1;
    const period: PeriodSpan = {
      kind,
      start: `${String(Math.floor(first / 12)).padStart(4, '0')}-${pad((first % 12) + 1)}-01`,
      end: endOfMonth(Math.floor(last / 12), (last % 12) + 1),
    };
    if (deadlineOf(period, calendar) <= moment) return period;
    first -= step;
  }
}

/**
 * The reporting moment of cycle (year) Y: the day annual data for Y−1 is due (30 June Y by default), or `today` when
 * that day has not come yet.
 * @example cycleMoment(2024) // '2024-06-30'
 * @example cycleMoment(2026, DEFAULT_REPORTING_CALENDAR, '2026-03-01') // '2026-03-01'
 */
export function cycleMoment(cycle: number, calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR, today?: string): string {
  const due = deadlineOf({ kind: 'year', start: `${cycle - 1}-01-01`, end: `${cycle - 1}-12-31` }, calendar);
  return today !== undefined && today < due ? today : due;
}

/** The last day of a month; months past 12 run on into the next years (`endOfMonth(2024, 18)` → `2025-06-30`). */
function endOfMonth(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
