/**
 * Time wording as service reports write it ("30-45 days", "7 days", "1 hour", "2–3 weeks", "half a day",
 * "15 minutes", "৭ দিন", "28 working days") read into a range in hours and in days, the original text kept.
 * Source: a2i, Service Process Simplification (SPS) / TCV — "Time" is the time the citizen needs to obtain the
 * service, from application to delivery.
 *
 * Rule for days: a day is a calendar day of 24 hours, because the citizen waits elapsed time, weekends and holidays
 * included, and because the published TCV figures are computed that way (UNDP Bangladesh programme summary
 * 2012–2016, citing the a2i mid-term evaluation: "7 days" → "1 hour" is a 99.4 % cut only on 7 × 24 = 168 hours;
 * on 7 × 8 working hours it would be 98.2 %). Wording that says working days ("working days", "business days",
 * "কর্মদিবস") is turned into calendar time at 7/5 calendar days per working day (a five-day working week, as in
 * Bangladesh, Sunday–Thursday) and marked `basis: 'working'`, `approximate: true`. A week is 7 days, a month 30 days
 * (approximate), a year 365 days; "half a day" is 12 hours under the same rule.
 */
import { rangeOf, scaleRange, type Range } from './reduction.ts';

/** A unit of time as written: minute, hour, (calendar) day, working day, week, month, year. */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'working_day' | 'week' | 'month' | 'year';

/** Hours in one unit under the calendar rule (see the module comment). */
export const HOURS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  minute: 1 / 60, hour: 1, day: 24, working_day: 24 * 7 / 5, week: 7 * 24, month: 30 * 24, year: 365 * 24,
};

/** Time wording read into numbers. */
export interface TimeSpan {
  /** The wording exactly as given. */
  text: string;
  /** The unit the wording (or the given default unit) names. */
  unit: TimeUnit;
  /** The numbers as written, in `unit`. */
  value: Range;
  /** Elapsed calendar hours. */
  hours: Range;
  /** Elapsed calendar days (hours / 24). */
  days: Range;
  /** 'working' when the wording counts working days, else 'calendar'. */
  basis: 'calendar' | 'working';
  /** True for "about …", months and working days (converted at an average). */
  approximate: boolean;
}

/** Thrown when time wording cannot be read; `text` is the wording given. */
export class TimeWordingError extends Error {
  constructor(readonly text: string, reason: string) {
    super(`cannot read time "${text}": ${reason}`);
    this.name = 'TimeWordingError';
  }
}

const UNIT_WORDS: readonly (readonly [RegExp, TimeUnit])[] = [
  [/^(?:working|work|business) ?days?$|^কর্মদিবস$|^কার্যদিবস$|^কর্ম দিবস$/u, 'working_day'],
  [/^(?:minutes?|mins?)$|^মিনিট$/u, 'minute'],
  [/^(?:hours?|hrs?|h)$|^ঘণ্টা$|^ঘন্টা$/u, 'hour'],
  [/^(?:calendar )?days?$|^দিন$/u, 'day'],
  [/^(?:weeks?|wks?)$|^সপ্তাহ$/u, 'week'],
  [/^months?$|^মাস$/u, 'month'],
  [/^(?:years?|yrs?)$|^বছর$/u, 'year'],
];
const APPROX = /^(?:about|around|approx\.?|approximately|roughly|~|প্রায়)\s*/u;
const HALF = /^(?:half (?:an? )?|half-|আধা |অর্ধ )(.+)$/u;
const ONE = /^(?:an?|one|এক) (.+)$/u;
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const AMOUNT = new RegExp(String.raw`^${NUMBER}(?:\s*(?:-|–|—|to|থেকে)\s*${NUMBER})?\s*(.*)$`, 'u');
const BENGALI_DIGIT = /[\u09e6-\u09ef]/gu;

/**
 * Reads time wording into a {@link TimeSpan}. `defaultUnit` (a TimeUnit or a unit word such as "days" or "দিন")
 * applies when the wording has no unit of its own: the seed table writes "30-45" with "days" in its unit column, and
 * "7 days" with "mixed" there (a default that is never needed is never read).
 * @throws TimeWordingError naming the text when it has no number, an unknown unit, or no unit and no usable default.
 * @example parseTimeWording('7 days').hours // { low: 168, high: 168, mid: 168 }
 * @example parseTimeWording('30-45', 'day').days // { low: 30, high: 45, mid: 37.5 }
 * @example parseTimeWording('৭ দিন').days.mid // 7
 * @example parseTimeWording('half a day').hours.mid // 12
 */
export function parseTimeWording(text: string, defaultUnit?: TimeUnit | string | null): TimeSpan {
  let s = text.normalize('NFKC').replace(BENGALI_DIGIT, (d) => String(d.charCodeAt(0) - 0x09e6))
    .toLowerCase().replace(/\s+/gu, ' ').trim();
  if (!s) throw new TimeWordingError(text, 'empty');
  const approximate = APPROX.test(s);
  s = s.replace(APPROX, '');
  let value: Range;
  let unitWord: string;
  const half = HALF.exec(s);
  const one = ONE.exec(s);
  const amount = AMOUNT.exec(s);
  if (half) [value, unitWord] = [rangeOf(0.5), half[1]!];
  else if (one) [value, unitWord] = [rangeOf(1), one[1]!];
  else if (amount) [value, unitWord] = [rangeOf(Number(amount[1]), Number(amount[2] ?? amount[1])), amount[3]!];
  else throw new TimeWordingError(text, 'no number, "half a …" or "a …" found');
  if (!unitWord && !defaultUnit) throw new TimeWordingError(text, 'no unit in the text and no default unit given');
  const unit = unitWord ? unitOf(text, unitWord) : defaultUnitOf(text, defaultUnit!);
  const hours = scaleRange(value, HOURS_PER_UNIT[unit]);
  return {
    text, unit, value, hours, days: scaleRange(hours, 1 / 24),
    basis: unit === 'working_day' ? 'working' : 'calendar',
    approximate: approximate || unit === 'working_day' || unit === 'month',
  };
}

function unitOf(text: string, written: string): TimeUnit {
  const word = written.toLowerCase().replace(/[.,;]$/u, '').trim();
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(word)) return unit;
  throw new TimeWordingError(text, `unknown unit "${word}" (expected minutes, hours, days, working days, weeks, months or years)`);
}

function defaultUnitOf(text: string, unit: string): TimeUnit {
  if (Object.hasOwn(HOURS_PER_UNIT, unit)) return unit as TimeUnit;
  try {
    return unitOf(text, unit);
  } catch {
    throw new TimeWordingError(text, `no unit in the text and the default unit "${unit}" is not a unit of time`);
  }
}
