import type { Severity, ValidationRuleKind } from '../../../src/domain/index.ts';
import { encodeDimensions } from '../../../src/store/index.ts';
import type { CheckedValue, RuleInForce } from '../../../src/workflow/validation/index.ts';
import { year } from '../../support/builders.ts';

/**
 * A checked value with defaults (SH_DYN_MORT, Bangladesh `050`, 2021, per 1,000 live births) and overrides; the key
 * follows the overrides. `period` may be given as a year label.
 */
export function value(overrides: Partial<Omit<CheckedValue, 'period' | 'key'>> & { period?: CheckedValue['period'] | string } = {}): CheckedValue {
  const { period, ...rest } = overrides;
  const v = {
    series: 'SH_DYN_MORT', area: '050', dimensions: {}, unit: 'PER_1000_LIVE_BIRTHS', value: 1 as CheckedValue['value'],
    ...rest,
    period: typeof period === 'string' ? year(period) : period ?? year('2021'),
  };
  return { ...v, key: `${v.series}|${v.area}|${v.period.label}|${encodeDimensions(v.dimensions)}|${v.unit}` };
}

/** A configured rule of indicator 3.2.1 with the given kind, severity, params and overrides (id 1 unless given). */
export function rule(kind: ValidationRuleKind, severity: Severity, params: Record<string, unknown>, overrides: Partial<RuleInForce> = {}): RuleInForce {
  return { id: 1, indicatorId: '3.2.1', kind, severity, series: null, unit: null, params, ...overrides };
}
