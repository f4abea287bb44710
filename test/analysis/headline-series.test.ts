import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pickHeadline, type HeadlineCandidate } from '../../src/analysis/headline-series.ts';

function candidate(overrides: Partial<HeadlineCandidate>): HeadlineCandidate {
  return { series: 'X', seriesName: 'X', relation: 'measures', nonTotal: 0, periodEnd: '2021-12-31', unit: 'PERCENT', ...overrides };
}

describe('pickHeadline', () => {
  // Bangladesh 3.2.1 in the UN SDG Global Database: four series, all ending in 2021, each with an AGE code.
  const u5 = [
    candidate({ series: 'SH_DYN_IMRT', seriesName: 'Infant mortality rate (deaths per 1,000 live births)', nonTotal: 1, unit: 'PER_1000_LIVE_BIRTHS' }),
    candidate({ series: 'SH_DYN_IMRTN', seriesName: 'Infant deaths (number)', nonTotal: 1, unit: 'NUMBER' }),
    candidate({ series: 'SH_DYN_MORT', seriesName: 'Under-five mortality rate, by sex (deaths per 1,000 live births)', nonTotal: 1, unit: 'PER_1000_LIVE_BIRTHS' }),
    candidate({ series: 'SH_DYN_MORTN', seriesName: 'Under-five deaths (number)', nonTotal: 1, unit: 'NUMBER' }),
  ];

  it('chooses the series whose name covers the indicator title: under-five mortality for "Under-5 mortality rate"', () => {
    assert.equal(pickHeadline('Under-5 mortality rate', u5)?.series, 'SH_DYN_MORT');
  });

  it('prefers a series that measures the indicator over a proxy, whatever the names say', () => {
    const proxy = candidate({ series: 'LITERACY', seriesName: 'Under-5 mortality rate', relation: 'proxy' });
    assert.equal(pickHeadline('Under-5 mortality rate', [proxy, ...u5])?.series, 'SH_DYN_MORT');
  });

  it('prefers a rate to a count, then the more recent series, when names tie', () => {
    const rate = candidate({ series: 'B', seriesName: 'Poverty', periodEnd: '2016-12-31' });
    const count = candidate({ series: 'A', seriesName: 'Poverty', unit: 'NUMBER', periodEnd: '2022-12-31' });
    const newer = candidate({ series: 'C', seriesName: 'Poverty', periodEnd: '2019-12-31' });
    assert.equal(pickHeadline('Poverty', [count, rate, newer])?.series, 'C');
  });

  it('answers null when the indicator has no data', () => {
    assert.equal(pickHeadline('Anything', []), null);
  });
});
