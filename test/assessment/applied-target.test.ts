import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appliedTarget, isCountUnit, isPercentUnit, nationalTargetFor, type TargetScope } from '../../src/assessment/index.ts';
import { globalRuleFor, type GlobalTargetRuleRow, type StoredProgressTarget } from '../../src/store/index.ts';

const STAMP = { source: 'national' as const, updatedAt: '2026-11-29T10:00:00.000Z', updatedBy: null, milestones: {} };
const scope = (overrides: Partial<TargetScope> = {}): TargetScope => ({
  indicator: '3.2.1', series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: '050', dimensions: { SEX: '_T' }, ...overrides,
});
const national = (overrides: Partial<StoredProgressTarget>): StoredProgressTarget => ({
  indicatorId: '3.2.1', dimensions: {}, direction: 'decrease', ...STAMP, ...overrides,
});
const rule = (text: string, indicatorId = '3.2.1'): GlobalTargetRuleRow => ({ indicatorId, rule: text, source: 'Open SDG 2.4' });

describe('nationalTargetFor', () => {
  const wide = national({ target: { year: 2030, value: 25 } });
  const seriesInArea = national({ series: 'SH_DYN_MORT', area: '050', target: { year: 2030, value: 22 } });
  const otherArea = national({ series: 'SH_DYN_MORT', area: 'BD-C', target: { year: 2030, value: 20 } });
  const female = national({ dimensions: { SEX: 'F' }, target: { year: 2030, value: 18 } });

  it('a target naming the series and the area beats the indicator-wide one, whatever the stored order', () => {
    assert.equal(nationalTargetFor(scope(), [wide, seriesInArea, otherArea]), seriesInArea);
    assert.equal(nationalTargetFor(scope(), [seriesInArea, wide]), seriesInArea);
  });

  it('a target of another area does not cover the key; the indicator-wide one does', () => {
    assert.equal(nationalTargetFor(scope({ area: 'BD-A' }), [wide, otherArea]), wide);
  });

  it('a dimension-scoped target covers only keys holding its code, and beats series + area there', () => {
    assert.equal(nationalTargetFor(scope({ dimensions: { SEX: 'F' } }), [wide, seriesInArea, female]), female);
    assert.equal(nationalTargetFor(scope({ dimensions: { SEX: 'M' } }), [wide, seriesInArea, female]), seriesInArea);
  });

  it('global targets and other indicators are never national targets of the key', () => {
    assert.equal(nationalTargetFor(scope(), [{ ...wide, source: 'global' }, national({ indicatorId: '3.1.1' })]), null);
  });

  it('ties go to the first stored', () => {
    const again = national({ target: { year: 2030, value: 30 } });
    assert.equal(nationalTargetFor(scope(), [wide, again]), wide);
  });
});

describe('appliedTarget', () => {
  const base = { year: 2016, value: 24.3 };

  it('a national target wins over the global rule and carries its baseline, milestones, target and limit', () => {
    const t = national({ baseline: { year: 2015, value: 36 }, milestones: { 2025: 28 }, target: { year: 2030, value: 25 }, limit: 0 });
    assert.deepEqual(appliedTarget(scope(), [t], rule('Reduce by 1/2'), base), {
      source: 'national', direction: 'decrease', milestones: { 2025: 28 }, baseline: { year: 2015, value: 36 },
      target: { year: 2030, value: 25 }, limit: 0, limitFrom: 'target',
    });
  });

  it('global "Reduce by 1/2" from the base value 24.3 (2016) is 12.15 in 2030, decreasing', () => {
    // 24.3 × (1 − 1/2) = 12.15
    assert.deepEqual(appliedTarget(scope(), [], rule('Reduce by 1/2'), base), {
      source: 'global', direction: 'decrease', milestones: {}, rule: 'Reduce by 1/2', target: { value: 12.15, year: 2030 },
    });
  });

  it('global "Reduce by 1/3" from 30 is 20 in 2030', () => {
    // 30 × 2/3 = 20
    const applied = appliedTarget(scope(), [], rule('Reduce by 1/3'), { year: 2015, value: 30 });
    assert.ok('source' in applied);
    assert.deepEqual(applied.target, { value: 20, year: 2030 });
  });

  it('a percentage to increase gets the natural limit 100 from its unit; a set limit stays', () => {
    const pct = scope({ indicator: '7.1.1', unit: 'PERCENT' });
    assert.deepEqual(appliedTarget(pct, [], rule('100%', '7.1.1'), { year: 2015, value: 74.4 }), {
      source: 'global', direction: 'increase', milestones: {}, rule: '100%', target: { value: 100, year: 2030 }, limit: 100, limitFrom: 'unit',
    });
    const set = national({ indicatorId: '7.1.1', direction: 'increase', limit: 95 });
    const applied = appliedTarget(pct, [set], undefined, undefined);
    assert.ok('source' in applied);
    assert.deepEqual([applied.limit, applied.limitFrom], [95, 'target']);
  });

  it('a percentage to decrease has no limit; "percent of households" and "Percentage (%)" are percentages too', () => {
    const applied = appliedTarget(scope({ unit: 'PERCENT' }), [], rule('0%'), base);
    assert.ok('source' in applied);
    assert.equal(applied.limit, undefined);
    assert.deepEqual(['percent of households', 'Percentage (%)', 'percentage points', 'PER_1000_LIVE_BIRTHS'].map(isPercentUnit), [true, true, false, false]);
  });

  it('a percentage or rate rule gives a count a gap: "≤ 25 per 1,000" says nothing about the number of deaths', () => {
    assert.deepEqual(appliedTarget(scope({ unit: 'NUMBER' }), [], rule('≤ 25 per 1,000'), { year: 2015, value: 120000 }), {
      reason: "the global target is a rate per 1,000; the key's unit NUMBER is a count", rule: '≤ 25 per 1,000',
    });
    assert.deepEqual(appliedTarget(scope({ unit: 'NUM_TH' }), [], rule('0%'), base), {
      reason: "the global target is a percentage; the key's unit NUM_TH is a count", rule: '0%',
    });
    // a relative rule still applies to a count: 120,000 × 1/2
    const halved = appliedTarget(scope({ unit: 'NUMBER' }), [], rule('Reduce by 1/2'), { year: 2015, value: 120000 });
    assert.ok('source' in halved);
    assert.deepEqual(halved.target, { value: 60000, year: 2030 });
    assert.deepEqual(['NUMBER', 'NUM_M', 'Number of deaths', 'Number per 100,000 population', 'PER_1000_LIVE_BIRTHS'].map(isCountUnit),
      [true, true, true, false, false]);
  });

  it('"Increase" applies its direction even without data since the base year; a numeric rule then has a gap', () => {
    assert.deepEqual(appliedTarget(scope(), [], rule('Increase'), undefined), { source: 'global', direction: 'increase', milestones: {}, rule: 'Increase' });
    assert.deepEqual(appliedTarget(scope(), [], rule('Reduce by 1/2'), undefined), {
      reason: 'no data at or after the base year to turn the global rule into a number', rule: 'Reduce by 1/2',
    });
  });

  it('no national target and no rule, or a non-statistical rule, give a gap with the reason', () => {
    assert.deepEqual(appliedTarget(scope(), [], undefined, base), { reason: 'no national target and no global rule for this indicator' });
    assert.deepEqual(appliedTarget(scope(), [], rule('Non-statistical'), base), { reason: 'the global target is non-statistical', rule: 'Non-statistical' });
    assert.deepEqual(appliedTarget(scope(), [], rule('(a) Non-statistical; (b) Non-statistical'), base),
      { reason: 'the global target is non-statistical', rule: '(a) Non-statistical; (b) Non-statistical' });
  });

  it('parts that all decrease ("(a) Decrease; (b) Reduce by 1/2") apply decrease with no number', () => {
    const text = '(a) Decrease; (b) Reduce by 1/2';
    assert.deepEqual(appliedTarget(scope(), [], rule(text), base), {
      source: 'global', direction: 'decrease', milestones: {}, rule: text, note: 'every part (a, b) asks to decrease; no number applies to all',
    });
    // no base needed when each part's way is fixed
    const applied = appliedTarget(scope(), [], rule('(a) Decrease; (b) Decrease; (c) Decrease'), undefined);
    assert.ok('source' in applied);
    assert.deepEqual([applied.direction, applied.target], ['decrease', undefined]);
  });

  it('parts "Ratio = 1" each read their way from the base: 0.8 asks to increase', () => {
    const applied = appliedTarget(scope(), [], rule('(a) Ratio = 1; (b) Ratio = 1'), { year: 2015, value: 0.8 });
    assert.ok('source' in applied);
    assert.equal(applied.direction, 'increase');
  });

  it('parts without a choice ("(a) Decrease; (b) 100%") stay a gap naming each part and its way', () => {
    const text = '(a) Decrease; (b) 100%';
    assert.deepEqual(appliedTarget(scope(), [], rule(text), base), {
      reason: 'global rule: its parts do not agree on a direction (a: decrease, b: increase); a national target must say which applies', rule: text,
    });
    const noChange = appliedTarget(scope(), [], rule('Youth: No change; Adults: Increase'), base);
    assert.ok('reason' in noChange);
    assert.match(noChange.reason, /\(Youth: no direction, Adults: increase\)/);
  });
});

describe('appliedTarget with series rules', () => {
  const SERIES_SOURCE = 'global-target-series-rules.csv';
  const indicatorRule = rule('≤ 25 per 1,000');
  const infant: GlobalTargetRuleRow = {
    indicatorId: '3.2.1', series: 'SH_DYN_IMRT', rule: 'Decrease', source: SERIES_SOURCE, reason: 'Infant mortality has no global target of its own.',
  };
  const rules = [indicatorRule, infant];

  it('the series rule wins over the indicator rule: infant mortality decreases with no number, its reason the note', () => {
    assert.deepEqual(appliedTarget(scope({ series: 'SH_DYN_IMRT' }), [], rules, { year: 2015, value: 29 }), {
      source: 'global', direction: 'decrease', milestones: {}, rule: 'Decrease', note: 'Infant mortality has no global target of its own.',
    });
  });

  it('other series of the indicator keep the indicator rule: under-five mortality ≤ 25 in 2030', () => {
    assert.deepEqual(appliedTarget(scope(), [], rules, { year: 2015, value: 34 }), {
      source: 'global', direction: 'decrease', milestones: {}, rule: '≤ 25 per 1,000', target: { value: 25, year: 2030 },
    });
  });

  it('globalRuleFor picks the series rule, else the indicator rule, else nothing', () => {
    assert.equal(globalRuleFor(rules, 'SH_DYN_IMRT'), infant);
    assert.equal(globalRuleFor(rules, 'SH_DYN_MORT'), indicatorRule);
    assert.equal(globalRuleFor(rules), indicatorRule);
    assert.equal(globalRuleFor([infant], 'SH_DYN_MORT'), undefined);
    assert.equal(globalRuleFor(undefined, 'SH_DYN_MORT'), undefined);
  });

  it('a national target still wins over a series rule', () => {
    const t = national({ series: 'SH_DYN_IMRT', target: { year: 2030, value: 15 } });
    const applied = appliedTarget(scope({ series: 'SH_DYN_IMRT' }), [t], rules, { year: 2015, value: 29 });
    assert.ok('source' in applied);
    assert.deepEqual([applied.source, applied.target, applied.rule], ['national', { year: 2030, value: 15 }, undefined]);
  });

  it('a treated share under "Reduce the gap to 100% by 1/2" rises from 16 to 58, limited at 100', () => {
    // untreated 84 halved to 42: treated 100 − 42 = 58
    const treated: GlobalTargetRuleRow = {
      indicatorId: '6.3.1', series: 'EN_WWT_WWDS', rule: 'Reduce the gap to 100% by 1/2', source: SERIES_SOURCE, reason: 'The series is the share treated.',
    };
    const wastewater = scope({ indicator: '6.3.1', series: 'EN_WWT_WWDS', unit: 'PERCENT', dimensions: {} });
    assert.deepEqual(appliedTarget(wastewater, [], [rule('Reduce proportion of untreated wastewater by 1/2', '6.3.1'), treated], { year: 2020, value: 16 }), {
      source: 'global', direction: 'increase', milestones: {}, rule: 'Reduce the gap to 100% by 1/2', target: { value: 58, year: 2030 },
      note: 'The series is the share treated.', limit: 100, limitFrom: 'unit',
    });
  });

  it('"No global target" gives the series a gap whose reason ends with the series reason', () => {
    const volume: GlobalTargetRuleRow = {
      indicatorId: '6.3.1', series: 'EN_WWT_GEN', rule: 'No global target', source: SERIES_SOURCE, reason: 'The volume generated is a denominator.',
    };
    const generated = scope({ indicator: '6.3.1', series: 'EN_WWT_GEN', unit: 'M_M3_PER_YR', dimensions: {} });
    assert.deepEqual(appliedTarget(generated, [], [volume], { year: 2015, value: 456.25 }), {
      reason: 'no global target applies to this series. The volume generated is a denominator.', rule: 'No global target',
    });
  });
});

