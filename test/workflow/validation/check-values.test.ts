import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInRules, checkValues, checkValuesInTurns, isPercentUnit, ROWS_PER_TURN, rulesInForce } from '../../../src/workflow/validation/index.ts';
import { rule, value } from './checked-values.ts';

describe('checkValues over every rule kind', () => {
  it('orders issues by key, then kind, and runs the numeric check without a configured rule', () => {
    const rules = [rule('yoy_change', 'warning', { maxPercent: 10 }, { id: 3 }), rule('range', 'error', { max: 50 }, { id: 2 })];
    const issues = checkValues(rules, [value({ period: '2021', value: 72.3 }), value({ period: '2022', value: 'n/a' })], {
      data: [value({ period: '2019', value: 30.4 })],
    });
    assert.deepEqual(issues.map((i) => [i.timePeriod, i.kind, i.ruleId]), [['2021', 'range', 2], ['2021', 'yoy_change', 3], ['2022', 'numeric', null]]);
    assert.equal(issues[1]?.message, `value 72.3 for 2021 is 137.83% above 30.4 for 2019, more than the allowed change of 10% (rule 'yoy_change', warning)`);
  });

  it('checkValuesInTurns answers what checkValues answers over slices of values, reporting a parts_sum group split between slices once', async () => {
    const rules = [rule('yoy_change', 'warning', { maxPercent: 10 }, { id: 3 }), rule('parts_sum', 'error', { dimension: 'SEX' }, { id: 4 })];
    const years = Array.from({ length: ROWS_PER_TURN }, (_, i) => String(1000 + i));
    const totals = years.map((y, i) => value({ period: y, dimensions: { SEX: '_T' }, value: 10 + (i % 3) }));
    const parts = years.flatMap((y) => [value({ period: y, dimensions: { SEX: 'F' }, value: 5 }), value({ period: y, dimensions: { SEX: 'M' }, value: 5 })]);
    const values = [...totals, ...parts];
    const inTurns = await checkValuesInTurns(rules, values, { data: [] });
    assert.deepEqual(inTurns, checkValues(rules, values, { data: [] }));
    const sums = inTurns.filter((i) => i.kind === 'parts_sum');
    assert.equal(sums.length, years.filter((_, i) => i % 3 !== 0).length);
    assert.equal(new Set(sums.map((i) => i.key)).size, sums.length);
  });

  it('yoy_change compares with the latest period starting before, the longer one when two start together', () => {
    const fiscal = (label: string, start: string, end: string, n: number) => value({ period: { kind: 'fiscal-year', label, start, end }, value: n });
    const issues = checkValues([rule('yoy_change', 'warning', { maxPercent: 10 })], [fiscal('2021/22', '2021-07-01', '2022-06-30', 50)], {
      data: [fiscal('2019/20', '2019-07-01', '2020-06-30', 50), fiscal('2020/21', '2020-07-01', '2021-06-30', 40), fiscal('2020/21b', '2020-07-01', '2020-12-31', 50)],
    });
    assert.deepEqual(issues.map((i) => i.message.split(',')[0]), ['value 50 for 2021/22 is 25% above 40 for 2020/21']);
  });

  it('refuses a rule of an unknown kind, naming it', () => {
    assert.throws(() => checkValues([rule('ratio' as 'range', 'error', {})], [value()], { data: [] }), /unknown validation rule kind "ratio"/);
  });
});

describe('built-in rules', () => {
  it('rulesInForce gives an indicator without rules a 0–100 warning for percentages only', () => {
    const rules = rulesInForce('17.8.1', []);
    const internet = { series: 'IT_USE_ii99', area: 'BD-13', period: '2022' };
    const issues = checkValues(rules, [
      value({ ...internet, unit: 'PERCENT', value: 104.2 }), value({ ...internet, unit: 'Percentage (%)', value: -1, area: 'BD-18' }),
      value({ ...internet, unit: 'persons', value: 7900035, area: 'BD-40' }),
    ], { data: [] });
    assert.deepEqual(issues.map((i) => [i.area, i.ruleId, i.message]), [
      ['BD-13', null, `value 104.2 is above the maximum 100 (rule 'range', warning)`],
      ['BD-18', null, `value -1 is below the minimum 0 (rule 'range', warning)`],
    ]);
  });

  it('rulesInForce drops the percentage range once an indicator has a configured rule', () => {
    const configured = [rule('numeric', 'error', { integer: true })];
    assert.deepEqual(rulesInForce('17.8.1', configured), configured);
    assert.deepEqual(builtInRules('17.8.1', configured).map((r) => [r.kind, r.builtIn]), [['numeric', true]]);
  });

  it('isPercentUnit knows PERCENT, percent texts and % but not per-1,000 rates or percentage points', () => {
    assert.deepEqual(['PERCENT', 'percent of households', '%', 'PER_1000_LIVE_BIRTHS', 'Percentage points'].map(isPercentUnit),
      [true, true, true, false, false]);
  });
});
