import type { Observation, Severity, ValidationIssue, ValidationRule, ValidationRuleKind } from '../../domain/index.ts';
import type { CheckIndex } from './check-index.ts';

/**
 * What the rule checks read: one value as a provider entered or uploaded it (`value` may still be text that is not a
 * number, or null when the cell is empty), with its observation key. Example:
 * `{ key: 'SH_DYN_MORT|050|2020||PER_1000_LIVE_BIRTHS', series: 'SH_DYN_MORT', area: '050', period: year 2020,
 * dimensions: { SEX: 'F' }, unit: 'PER_1000_LIVE_BIRTHS', value: 26.6 }`.
 */
export interface CheckedValue extends Pick<Observation, 'series' | 'area' | 'period' | 'dimensions' | 'unit'> {
  /** The observation key (series, area, period, dimensions, unit), unique within an indicator's data. */
  key: string;
  value: number | string | null;
}

/**
 * What the checks compare with: the indicator's data as it would be if the draft were approved (published values
 * with the draft merged over them). The checked values themselves win over a value of `data` with the same key.
 * `index` is that data indexed over all the checked values (see CheckIndex), given when the values are checked in
 * slices; without it each check builds its own.
 */
export interface CheckContext {
  data: CheckedValue[];
  index?: CheckIndex;
}

/**
 * A rule as the checks apply it: a configured rule, or one the product applies by itself (`builtIn`, `id` null).
 * `unitKind: 'percent'` narrows a rule to values whose unit is a percentage (see {@link isPercentUnit}).
 */
export interface RuleInForce extends ValidationRule {
  builtIn?: boolean;
  unitKind?: 'percent' | null;
}

/** The shape every rule kind's module shares: rules (of any kind; each module takes its own), values, context. */
export type CheckValues = (rules: RuleInForce[], values: CheckedValue[], context: CheckContext) => ValidationIssue[];

/**
 * Whether a unit is a percentage: `PERCENT`, or a unit text containing "percent" or "%" (`Percentage (%)`), but not
 * percentage points (a difference of percentages, which may be negative).
 * @example isPercentUnit('Percentage (%)') // true
 * @example isPercentUnit('PER_1000_LIVE_BIRTHS') // false
 */
export function isPercentUnit(unit: string): boolean {
  return /percent|%/i.test(unit) && !/point/i.test(unit);
}

/** Whether a rule covers a value: same series and unit when the rule names them, a percentage unit for `percent`. */
export function appliesTo(rule: RuleInForce, value: CheckedValue): boolean {
  if (rule.series && rule.series !== value.series) return false;
  if (rule.unit && rule.unit !== value.unit) return false;
  if (rule.unitKind === 'percent' && !isPercentUnit(value.unit)) return false;
  return true;
}

/** The rules of one kind. */
export function rulesOfKind(rules: RuleInForce[], kind: ValidationRuleKind): RuleInForce[] {
  return rules.filter((r) => r.kind === kind);
}

/** The value as a finite number, or null for text, blanks, NaN and infinities. */
export function numberOf(value: CheckedValue['value']): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Removes binary floating-point noise from a computed number (sums, differences, percentages) before it is compared
 * or shown: 26.6 + 30.8 gives 57.400000000000006, which reads back as 57.4.
 */
export function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/** A value as a message shows it: numbers as written (`104.2`), text quoted (`"n/a"`), `empty` for null. */
export function show(value: CheckedValue['value']): string {
  if (value === null) return 'empty';
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * The issue a rule raises about a value: `sentence` plus the rule's kind and severity, e.g.
 * `value 104.2 is above the maximum 100 (rule 'range', error)`.
 */
export function issueAbout(rule: { id: number | null; kind: ValidationRuleKind; severity: Severity }, value: CheckedValue, sentence: string): ValidationIssue {
  return {
    severity: rule.severity,
    kind: rule.kind,
    ruleId: rule.id,
    key: value.key,
    series: value.series,
    area: value.area,
    timePeriod: value.period.label,
    dimensions: value.dimensions,
    message: `${sentence} (rule '${rule.kind}', ${rule.severity})`,
  };
}

/** A text that is the same for two dimension sets with the same codes, whatever their order; `omit` is left out. */
export function dimensionsKey(dimensions: Record<string, string>, omit?: string): string {
  return JSON.stringify(Object.keys(dimensions).filter((d) => d !== omit).sort().map((d) => [d, dimensions[d]]));
}
