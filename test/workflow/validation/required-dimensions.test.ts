import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkValues, params } from '../../../src/workflow/validation/required-dimensions.ts';
import { rule, value } from './checked-values.ts';

describe('required_dimensions checkValues', () => {
  const bySex = rule('required_dimensions', 'error', { dimensions: ['SEX'] }, { id: 2, series: 'SH_DYN_MORT' });

  it('says a 2020 under-five mortality value of 28.8 without SEX misses it', () => {
    const issues = checkValues([bySex], [value({ period: '2020', dimensions: { AGE: 'Y0T4' }, value: 28.8 })], { data: [] });
    assert.deepEqual(issues, [{
      severity: 'error', kind: 'required_dimensions', ruleId: 2, key: 'SH_DYN_MORT|050|2020||AGE=Y0T4||PER_1000_LIVE_BIRTHS',
      series: 'SH_DYN_MORT', area: '050', timePeriod: '2020', dimensions: { AGE: 'Y0T4' },
      message: `value 28.8 has no SEX code, which every value of series SH_DYN_MORT needs (rule 'required_dimensions', error)`,
    }]);
  });

  it('counts the total _T as a code and takes F and M', () => {
    const values = ['_T', 'F', 'M'].map((sex) => value({ dimensions: { SEX: sex, AGE: 'Y0T4' } }));
    assert.deepEqual(checkValues([bySex], values, { data: [] }), []);
  });

  it('names every missing dimension, and "this indicator" for a rule of every series', () => {
    const both = rule('required_dimensions', 'warning', { dimensions: ['AGE', 'SEX'] });
    const [issue] = checkValues([both], [value({ value: 'x' })], { data: [] });
    assert.equal(issue?.message, `value "x" has no AGE or SEX code, which every value of this indicator needs (rule 'required_dimensions', warning)`);
  });

  it('leaves values of other series alone', () => {
    assert.deepEqual(checkValues([bySex], [value({ series: 'SH_DYN_NMRT' })], { data: [] }), []);
  });

  it('params need at least one dimension ID', () => {
    assert.equal(params.safeParse({ dimensions: [] }).error?.issues[0]?.message, 'name at least one dimension');
    assert.deepEqual(params.safeParse({ dimensions: ['SEX', 'a b'] }).error?.issues.map((i) => i.path.join('.')), ['dimensions.1']);
  });
});
