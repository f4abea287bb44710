import type { CostComponent, TcvDimension } from '../../domain/index.ts';

/**
 * The TCV dimension and cost component of a metric as the TCV examples word it: `time` and `waiting time` → time;
 * `cost` → cost (the whole cost, no component); `official fee` → cost, component `fees`; `visits` → visits; anything
 * else (`travel distance`, `documents / time`, aggregate percentages) → `other`.
 */
export function tcvDimensionOf(metric: string): { dimension: TcvDimension; component: CostComponent | null } {
  switch (metric.trim().toLowerCase()) {
    case 'time': case 'waiting time': return { dimension: 'time', component: null };
    case 'cost': return { dimension: 'cost', component: null };
    case 'official fee': case 'fee': case 'fees': return { dimension: 'cost', component: 'fees' };
    case 'visits': return { dimension: 'visits', component: null };
    default: return { dimension: 'other', component: null };
  }
}

/** Hours in one unit of time; calendar time, so a day is 24 hours (a "working day" follows no simple rule). */
const HOURS: Record<string, number> = { hour: 1, hours: 1, day: 24, days: 24, week: 168, weeks: 168 };

/**
 * The loader's simple rule for a figure's normalised value. The wording is a number or a range `a-b`, optionally
 * followed by a unit word (`7 days`, `1 hour`); without a word the row's unit column is the unit.
 * - time: hours (hour 1, day 24, week 168) → `{ low, high, unit: 'hours' }`;
 * - cost: an ISO 4217 unit (`BDT`) → the amount in it, `currency` set;
 * - visits: the count, unit `visits`;
 * - other: the number in the unit column's unit when that is a plain word (`km`), not `mixed`.
 * Anything else (`21 documents; 28 working days`, `working days`, a `mixed` unit without a word) gives nulls, left for
 * the analysis to read. A single number gives low = high.
 * @example normaliseTcvValue('time', '30-45', 'days') // { low: 720, high: 1080, unit: 'hours', currency: null }
 * @example normaliseTcvValue('time', '7 days', 'mixed') // { low: 168, high: 168, unit: 'hours', currency: null }
 */
export function normaliseTcvValue(dimension: TcvDimension, text: string, unitColumn: string | null): {
  low: number | null; high: number | null; unit: string | null; currency: string | null;
} {
  const none = { low: null, high: null, unit: null, currency: null };
  const m = /^(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?\s*([A-Za-z]+)?$/.exec(text.trim().replace(/,/g, ''));
  if (!m) return none;
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : Number(m[2]);
  const unit = (m[3] ?? unitColumn ?? '').trim();
  if (dimension === 'time') {
    const factor = HOURS[unit.toLowerCase()];
    return factor === undefined ? none : { low: low * factor, high: high * factor, unit: 'hours', currency: null };
  }
  if (dimension === 'cost') return /^[A-Z]{3}$/.test(unit) ? { low, high, unit, currency: unit } : none;
  if (dimension === 'visits') return /^visits?$/i.test(unit) || unit === '' ? { low, high, unit: 'visits', currency: null } : none;
  return /^[A-Za-z]+$/.test(unit) && unit.toLowerCase() !== 'mixed' ? { low, high, unit, currency: null } : none;
}
