import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkValues, params } from '../../../src/workflow/validation/numeric.ts';
import { rule, value } from './checked-values.ts';

describe('numeric checkValues', () => {
  it('finds nothing wrong with a finite number such as 28.8 when no rule is configured', () => {
    assert.deepEqual(checkValues([], [value({ value: 28.8 })], { data: [] }), []);
  });

  it('says text, an empty cell and an infinity are not numbers, as errors of no configured rule', () => {
    const issues = checkValues([], [value({ value: 'n/a', period: '2019' }), value({ value: null, period: '2020' }), value({ value: Infinity })], { data: [] });
    assert.deepEqual(issues.map((i) => [i.timePeriod, i.severity, i.ruleId, i.message]), [
      ['2019', 'error', null, `value "n/a" is not a number (rule 'numeric', error)`],
      ['2020', 'error', null, `the value is empty; a number is needed (rule 'numeric', error)`],
      ['2021', 'error', null, `value Infinity is not a finite number (rule 'numeric', error)`],
    ]);
  });

  it('with integer: true refuses 4035241.5 households in Dhaka and takes 4035241', () => {
    const households = { series: 'HH_TOTAL', area: 'BD-13', unit: 'households', period: '2022' };
    const integer = rule('numeric', 'error', { integer: true }, { id: 4, series: 'HH_TOTAL' });
    const issues = checkValues([integer], [value({ ...households, value: 4035241.5 }), value({ ...households, value: 4035241, area: 'BD-18' })], { data: [] });
    assert.deepEqual(issues, [{
      severity: 'error', kind: 'numeric', ruleId: 4, key: 'HH_TOTAL|BD-13|2022||households', series: 'HH_TOTAL', area: 'BD-13',
      timePeriod: '2022', dimensions: {}, message: `value 4035241.5 is not a whole number (rule 'numeric', error)`,
    }]);
  });

  it('with integer: true narrowed to one series leaves the decimals of another series alone', () => {
    const integer = rule('numeric', 'warning', { integer: true }, { series: 'HH_TOTAL' });
    assert.deepEqual(checkValues([integer], [value({ value: 27.3 })], { data: [] }), []);
  });

  it('params accept {} and { integer: true } and refuse unknown params', () => {
    assert.deepEqual(params.parse({}), {});
    assert.deepEqual(params.parse({ integer: true }), { integer: true });
    assert.equal(params.safeParse({ whole: true }).success, false);
  });
});
