import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkValues, params } from '../../../src/workflow/validation/yoy-change.ts';
import { rule, value } from './checked-values.ts';

/** Under-five mortality in Bangladesh, both sexes (UN SDG Global Database): per 1,000 live births by year. */
const U5MR: Record<string, number> = { 2014: 40, 2015: 38, 2018: 32.2, 2019: 30.4, 2020: 28.8, 2021: 27.3 };
const published = (...years: string[]) => years.map((y) => value({ period: y, dimensions: { SEX: '_T' }, value: U5MR[y]! }));
const total = (period: string, n: number) => value({ period, dimensions: { SEX: '_T' }, value: n });

describe('yoy_change checkValues', () => {
  const fivePercent = rule('yoy_change', 'warning', { maxPercent: 5 }, { id: 6 });

  it('says 27.3 in 2021 is 5.21% below 28.8 in 2020, naming both values and periods', () => {
    const issues = checkValues([fivePercent], [total('2021', 27.3)], { data: published('2019', '2020') });
    assert.deepEqual(issues, [{
      severity: 'warning', kind: 'yoy_change', ruleId: 6, key: 'SH_DYN_MORT|050|2021||SEX=_T||PER_1000_LIVE_BIRTHS',
      series: 'SH_DYN_MORT', area: '050', timePeriod: '2021', dimensions: { SEX: '_T' },
      message: `value 27.3 for 2021 is 5.21% below 28.8 for 2020, more than the allowed change of 5% (rule 'yoy_change', warning)`,
    }]);
  });

  it('catches a mistyped 72.3 for 2021: 151.04% above 28.8 in 2020', () => {
    const [issue] = checkValues([rule('yoy_change', 'error', { maxPercent: 20 })], [total('2021', 72.3)], { data: published('2020') });
    assert.equal(issue?.message, `value 72.3 for 2021 is 151.04% above 28.8 for 2020, more than the allowed change of 20% (rule 'yoy_change', error)`);
  });

  it('lets a change exactly at the limit through: 38 in 2015 after 40 in 2014 is 5%', () => {
    assert.deepEqual(checkValues([fivePercent], [total('2015', 38)], { data: published('2014') }), []);
  });

  it('compares with the latest earlier period, across a gap: 2018 for 2021 when 2019 and 2020 are missing', () => {
    const [issue] = checkValues([fivePercent], [total('2021', 27.3)], { data: published('2014', '2018') });
    assert.match(issue?.message ?? '', /^value 27\.3 for 2021 is 15\.22% below 32\.2 for 2018,/);
  });

  it('takes the previous period from the checked values before the context (a draft 2020 over the published one)', () => {
    const [issue] = checkValues([fivePercent], [total('2020', 26), total('2021', 27.3)], { data: published('2019', '2020') });
    assert.deepEqual([issue?.timePeriod, issue?.message.split(',')[0]], ['2020', 'value 26 for 2020 is 14.47% below 30.4 for 2019']);
  });

  it('finds nothing to compare without a previous period, or when the previous value is 0', () => {
    assert.deepEqual(checkValues([fivePercent], [total('2014', 40)], { data: published('2015') }), []);
    const deaths = (period: string, n: number) => value({ series: 'VC_DSR_MORT', unit: 'NUMBER', period, value: n });
    assert.deepEqual(checkValues([fivePercent], [deaths('2021', 12)], { data: [deaths('2020', 0)] }), []);
  });

  it('compares only the same sex, unit and period kind', () => {
    const female = value({ period: '2020', dimensions: { SEX: 'F' }, value: 1 });
    const quarter = value({ period: { kind: 'quarter', label: '2021-Q1', start: '2021-01-01', end: '2021-03-31' }, dimensions: { SEX: '_T' }, value: 99 });
    assert.deepEqual(checkValues([fivePercent], [total('2021', 27.3), quarter], { data: [female] }), []);
  });

  it('params need a positive maxPercent', () => {
    assert.deepEqual(params.safeParse({ maxPercent: 0 }).error?.issues.map((i) => i.path.join('.')), ['maxPercent']);
    assert.equal(params.safeParse({}).success, false);
  });
});
