import type { AppliedTarget, Projection, ProgressResult } from './progress-types.ts';
import { ruleText } from './rule-text.ts';

/**
 * Progress classes, reasons, figures and projections in the reader's words, from the `progress.*` strings. Pure: give
 * it the page's `t` and number formatters.
 */

/** What the words need from the page's i18n (see `useI18n`). */
export interface ProgressWordsI18n {
  t(key: string, options?: Record<string, unknown>): string;
  /** A value as tables show it, e.g. `27.34` → `27.3`. */
  formatShort(value: number): string;
  /** A year in the page's digits. */
  localDigits(text: string | number): string;
}

/**
 * A class in words, e.g. `substantial_progress` → `Substantial progress`; a class without a string reads as its id
 * with spaces.
 */
export function className(i18n: ProgressWordsI18n, status: string): string {
  return i18n.t(`progress.classes.${status}`, { defaultValue: humanise(status) });
}

/** A method's short name, e.g. `unsd` → `UNSD Progress Chart`. */
export function methodName(i18n: ProgressWordsI18n, method: string, fallback?: string): string {
  return i18n.t(`progress.methods.${method}`, { defaultValue: fallback ?? method });
}

/**
 * The `progress.reasons.*` key of a reason the API gives (a code such as `too_few_points`, or one of the server's
 * sentences), with the year it names when it names one; `other` for a sentence it does not know.
 * @example reasonKey('one year of data from 2016: at least two are needed') // { key: 'too_few_points' }
 * reasonKey('no data in or after 2015') // { key: 'no_data_since', year: '2015' }
 */
export function reasonKey(reason: string): { key: string; year?: string } {
  if (/^[a-z_0-9]+$/.test(reason)) return { key: reason };
  const since = /no data (?:in|at) or after (?:the base year|(\d{4}))/.exec(reason);
  if (since) return since[1] ? { key: 'no_data_since', year: since[1] } : { key: 'no_data_since_base' };
  if (/^one year of data/.test(reason)) return { key: 'too_few_points' };
  if (/no national target and no global rule/.test(reason)) return { key: 'no_target_rule' };
  if (/non-statistical/.test(reason)) return { key: 'non_statistical' };
  if (/^global rule/.test(reason)) return { key: 'rule_unusable' };
  if (/global target is a rate.*is a count/.test(reason)) return { key: 'unit_mismatch' };
  if (/no series has a (class|score)/.test(reason)) return { key: 'no_series_assessed' };
  if (/opposite signs/.test(reason)) return { key: 'opposite_signs' };
  if (/no growth is required/.test(reason)) return { key: 'no_growth_required' };
  if (/sub-series|duplicate value/.test(reason)) return { key: 'mixed_series' };
  return { key: 'other' };
}

/** A reason in words, e.g. `moving_away` → `The trend moves away from the target.` */
export function reasonText(i18n: ProgressWordsI18n, reason: string | null | undefined): string {
  if (!reason) return i18n.t('progress.reasons.other');
  const { key, year } = reasonKey(reason);
  return i18n.t(`progress.reasons.${key}`, { defaultValue: i18n.t('progress.reasons.other'), year: year ? i18n.localDigits(year) : '' });
}

/** The figures a method's result rests on, in the order each method reports them. */
const FIGURES: Readonly<Record<string, readonly (keyof ProgressResult)[]>> = {
  opensdg: ['score', 'ratio'],
  unsd: ['ratio', 'cagr'],
  eurostat: ['ratio', 'cagr'],
  'escap-csi': ['index'],
  'escap-ap': ['projected', 'ratio'],
};

/**
 * The figures of a result in words, e.g. Open SDG `{ score: 5, ratio: 1.948 }` → `['score 5 (from −5 to 5)',
 * 'observed ÷ required growth 1.95']`; a CAGR reads as a percentage a year (`−0.0536` → `−5.36% a year`). Empty when none.
 */
export function figureTexts(i18n: ProgressWordsI18n, method: string, result: ProgressResult | undefined): string[] {
  if (!result) return [];
  const out: string[] = [];
  for (const field of FIGURES[method] ?? ['score', 'ratio', 'cagr', 'index', 'projected']) {
    const value = result[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const shown = field === 'cagr' ? i18n.formatShort(value * 100) : i18n.formatShort(value);
    out.push(i18n.t(`progress.indicator.figure_${field}`, { value: shown, min: i18n.formatShort(-5), max: i18n.formatShort(5) }));
  }
  return out;
}

/**
 * The target in words: `National target` or `Global target (≤ 25 per 1,000)`, with the value and year when asked:
 * `Global target (≤ 25 per 1,000): 25 by 2030`.
 */
export function targetName(i18n: ProgressWordsI18n, target: AppliedTarget): string {
  return target.source === 'national' || !target.rule
    ? i18n.t(`progress.indicator.${target.source}Target`)
    : i18n.t('progress.indicator.globalTargetRule', { rule: ruleText(target.rule) });
}

/**
 * When a projection meets the target, in words: `met in 2023 at the current pace`, or why not (already met, moving
 * away, not by 2100, no projection and why).
 */
export function metText(i18n: ProgressWordsI18n, projection: Projection): string {
  if (projection.metYear !== null) return i18n.t('progress.indicator.metIn', { year: i18n.localDigits(projection.metYear) });
  switch (projection.reason) {
    case 'already_met': return i18n.t('progress.indicator.alreadyMet');
    case 'moving_away': return i18n.t('progress.indicator.movingAway');
    case 'not_by_2100': return i18n.t('progress.indicator.notBy2100', { year: i18n.localDigits(2100) });
    default: return i18n.t('progress.indicator.noProjection', { reason: reasonText(i18n, projection.reason) });
  }
}

function humanise(id: string): string {
  const words = id.replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
