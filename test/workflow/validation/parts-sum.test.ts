import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkValues, params } from '../../../src/workflow/validation/parts-sum.ts';
import { rule, value } from './checked-values.ts';

/** Enumerated population by sex, 2022 census (BBS): Dhaka (BD-13) and Gazipur (BD-18) districts; `_O` is hijra. */
function population(area: string, counts: Record<string, number>): ReturnType<typeof value>[] {
  return Object.entries(counts).map(([sex, n]) => value({ series: 'POP', area, unit: 'persons', period: '2022', dimensions: { SEX: sex }, value: n }));
}
const DHAKA = { _T: 14734701, F: 6833989, M: 7900035, _O: 677 };
const GAZIPUR = { _T: 5263450, F: 2526038, M: 2736940, _O: 472 };

describe('parts_sum checkValues', () => {
  const bySex = rule('parts_sum', 'error', { dimension: 'SEX', tolerance: 0 }, { id: 5 });

  it('finds nothing when Dhaka\'s 6833989 women, 7900035 men and 677 hijra make its 14734701 people', () => {
    assert.deepEqual(checkValues([bySex], population('BD-13', DHAKA), { data: [] }), []);
  });

  it('names the total, the sum and the difference when the men are mistyped 7900053', () => {
    const issues = checkValues([bySex], population('BD-13', { ...DHAKA, M: 7900053 }), { data: [] });
    assert.deepEqual(issues, [{
      severity: 'error', kind: 'parts_sum', ruleId: 5, key: 'POP|BD-13|2022||SEX=_T||persons', series: 'POP', area: 'BD-13',
      timePeriod: '2022', dimensions: { SEX: '_T' },
      message: `the SEX categories add up to 14734719 but the total is 14734701: a difference of 18, more than the tolerance 0 (rule 'parts_sum', error)`,
    }]);
  });

  it('lets a difference exactly equal to the tolerance through (18 with tolerance 18) and not one above (17.9)', () => {
    const typo = population('BD-13', { ...DHAKA, M: 7900053 });
    assert.deepEqual(checkValues([rule('parts_sum', 'error', { dimension: 'SEX', tolerance: 18 })], typo, { data: [] }), []);
    assert.equal(checkValues([rule('parts_sum', 'error', { dimension: 'SEX', tolerance: 17.9 })], typo, { data: [] }).length, 1);
  });

  it('compares decimals without floating-point noise: 0.1 + 0.2 is a total of 0.3 with tolerance 0', () => {
    const values = population('BD-13', { _T: 0.3, F: 0.1, M: 0.2 });
    assert.deepEqual(checkValues([bySex], values, { data: [] }), []);
  });

  it('skips a district missing a category the series has elsewhere (Dhaka without hijra, Gazipur with)', () => {
    const { _O, ...withoutHijra } = DHAKA;
    const values = [...population('BD-13', { ...withoutHijra, M: 1 }), ...population('BD-18', GAZIPUR)];
    assert.deepEqual(checkValues([bySex], values, { data: [] }), []);
  });

  it('skips a group without its total', () => {
    const { _T, ...parts } = DHAKA;
    assert.deepEqual(checkValues([bySex], population('BD-13', { ...parts, M: 1 }), { data: [] }), []);
  });

  it('finds the other categories and the total in the context when only the men are checked', () => {
    const published = population('BD-13', DHAKA);
    const [men] = population('BD-13', { M: 7900053 });
    const issues = checkValues([bySex], [men!], { data: published });
    assert.deepEqual(issues.map((i) => [i.key, i.message.split(':')[0]]), [
      ['POP|BD-13|2022||SEX=_T||persons', 'the SEX categories add up to 14734719 but the total is 14734701'],
    ]);
  });

  it('checks only groups a checked value belongs to', () => {
    const wrongGazipur = population('BD-18', { ...GAZIPUR, F: 1 });
    assert.deepEqual(checkValues([bySex], population('BD-13', DHAKA), { data: wrongGazipur }), []);
  });

  it('flags a rate such as under-five mortality 2020 (26.6 female + 30.8 male against 28.8), which is why it fits counts', () => {
    const u5mr = [['_T', 28.8], ['F', 26.6], ['M', 30.8]].map(([sex, n]) => value({ period: '2020', dimensions: { SEX: sex as string }, value: n as number }));
    const [issue] = checkValues([bySex], u5mr, { data: [] });
    assert.equal(issue?.message, `the SEX categories add up to 57.4 but the total is 28.8: a difference of 28.6, more than the tolerance 0 (rule 'parts_sum', error)`);
  });

  it('params default the tolerance to 0 and refuse a negative one', () => {
    assert.deepEqual(params.parse({ dimension: 'SEX' }), { dimension: 'SEX', tolerance: 0 });
    assert.deepEqual(params.safeParse({ dimension: 'SEX', tolerance: -1 }).error?.issues.map((i) => i.path.join('.')), ['tolerance']);
  });
});
