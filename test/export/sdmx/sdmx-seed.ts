import type { Series, TimePeriod } from '../../../src/domain/index.ts';
import type { Store } from '../../../src/store/index.ts';
import { observation, year } from '../../support/builders.ts';
import { seedBangladesh, UNDER_FIVE_MORTALITY } from '../../support/country-seed.ts';

/** Extreme poverty (SI_POV_DAY1, indicator 1.1.1), in percent as the UN SDG Global Database writes it. */
const POVERTY: Series = { code: 'SI_POV_DAY1', name: 'Proportion of population below international poverty line', unit: 'PERCENT', indicators: [{ indicatorId: '1.1.1', relation: 'measures' }] };

const fiscal = (label: string, from: number): TimePeriod => ({ kind: 'fiscal-year', label, start: `${from}-01-01`, end: `${from + 1}-12-31` });
const range: TimePeriod = { kind: 'range', label: '2010-2015', start: '2010-01-01', end: '2015-12-31' };

/**
 * Bangladesh with two indicators whose codes are all in the SDG DSD's code lists: under-five mortality (3.2.1) by sex
 * for ages 0–4 in 2020 and 2021, estimated (OBS_STATUS E, NATURE E), one comment a spreadsheet would run as a formula;
 * extreme poverty (1.1.1) in percent for the fiscal year 2016/17 by urban and rural areas, and for the range 2010–2015
 * with its survey as SOURCE_DETAIL. Nine observations.
 */
export async function seedSdmxData(store: Store): Promise<void> {
  const u5 = (y: string, sex: string, value: number, comment?: string) => observation({
    period: year(y), dimensions: { SEX: sex, AGE: 'Y0T4' }, value,
    attributes: { OBS_STATUS: 'E', NATURE: 'E', ...(comment ? { COMMENT_OBS: comment } : {}) },
  });
  await seedBangladesh(store, 'test:sdmx', [UNDER_FIVE_MORTALITY, POVERTY], [
    u5('2020', '_T', 28.8), u5('2020', 'F', 26.6), u5('2020', 'M', 30.8),
    u5('2021', '_T', 27.3), u5('2021', 'F', 25.2, '=1+2 revised'), u5('2021', 'M', 29.2),
    observation({ series: 'SI_POV_DAY1', unit: 'PERCENT', period: fiscal('2016/17', 2016), dimensions: { URBANISATION: 'R' }, value: 16.2 }),
    observation({ series: 'SI_POV_DAY1', unit: 'PERCENT', period: fiscal('2016/17', 2016), dimensions: { URBANISATION: 'U' }, value: 6.8 }),
    observation({ series: 'SI_POV_DAY1', unit: 'PERCENT', period: range, dimensions: { URBANISATION: '_T' }, value: 18.5, attributes: { SOURCE_DETAIL: 'HIES 2010' } }),
  ]);
}
