import type { Observation, TimePeriod } from '../../src/domain/index.ts';

/** A calendar-year period: `year('2021')` → 2021-01-01 … 2021-12-31. */
export function year(label: string): TimePeriod {
  return { kind: 'year', label, start: `${label}-01-01`, end: `${label}-12-31` };
}

/** An observation with defaults (SH_DYN_MORT, Bangladesh, 2021, total) and the given overrides. */
export function observation(overrides: Partial<Observation> = {}): Observation {
  return {
    series: 'SH_DYN_MORT',
    area: '050',
    period: year('2021'),
    dimensions: {},
    value: 1,
    unit: 'PER_1000_LIVE_BIRTHS',
    unitMult: null,
    attributes: {},
    ...overrides,
  };
}
