import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkValues, params } from '../../../src/workflow/validation/range.ts';
import { rule, value } from './checked-values.ts';

/** Population aged 15+ using the internet, Dhaka district, 2022 census (percent). */
const internet = { series: 'INTERNET_15PLUS', area: 'BD-13', unit: 'percent', period: '2022' };

describe('range checkValues', () => {
  const percent = rule('range', 'error', { min: 0, max: 100 }, { id: 9 });

  it('says 104.2 is above the maximum 100 and -3 below the minimum 0, naming the value and the limit', () => {
    const issues = checkValues([percent], [
      value({ ...internet, dimensions: { SEX: 'F' }, value: 104.2 }), value({ ...internet, dimensions: { SEX: 'M' }, value: -3 }),
    ], { data: [] });
    assert.deepEqual(issues.map((i) => [i.key, i.ruleId, i.message]), [
      ['INTERNET_15PLUS|BD-13|2022||SEX=F||percent', 9, `value 104.2 is above the maximum 100 (rule 'range', error)`],
      ['INTERNET_15PLUS|BD-13|2022||SEX=M||percent', 9, `value -3 is below the minimum 0 (rule 'range', error)`],
    ]);
  });

  it('takes the limits themselves (inclusive) and the census value 52.1', () => {
    const values = [0, 100, 52.1].map((n, i) => value({ ...internet, area: `BD-${i}`, value: n }));
    assert.deepEqual(checkValues([percent], values, { data: [] }), []);
  });

  it('with only a minimum lets any large value through', () => {
    assert.deepEqual(checkValues([rule('range', 'warning', { min: 0 })], [value({ value: 1e9 })], { data: [] }), []);
  });

  it('leaves values of another unit, series or text to other checks', () => {
    const narrowed = rule('range', 'error', { max: 100 }, { series: 'INTERNET_15PLUS', unit: 'percent' });
    const values = [value({ value: 250 }), value({ ...internet, unit: 'persons', value: 250 }), value({ ...internet, value: 'lots' })];
    assert.deepEqual(checkValues([narrowed], values, { data: [] }), []);
  });

  it('params need min or max, and min not above max', () => {
    assert.deepEqual(params.safeParse({}).error?.issues.map((i) => [i.path.join('.'), i.message]), [['min', 'give min, max or both']]);
    assert.deepEqual(params.safeParse({ min: 5, max: 1 }).error?.issues.map((i) => [i.path.join('.'), i.message]), [['max', 'must not be below min']]);
    assert.deepEqual(params.parse({ min: -1.5 }), { min: -1.5 });
  });
});
