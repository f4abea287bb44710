/**
 * Figures worked by hand from rows of the seed table tcv-examples.csv (copied here as literals):
 *
 * id,metric,before_value,after_value,unit,reduction_pct,evidence_type
 * land-records-cost,cost,1045,80,BDT,92.3,ex-ante estimate (cost-benefit study)          → independent
 * land-records-time,time,30-45,15,days,50-67,ex-ante estimate (cost-benefit study)       → independent
 * land-records-visits,visits,5,2,visits,60.0,ex-ante estimate (cost-benefit study)       → independent
 * digital-centres-waiting,waiting time,7 days,1 hour,mixed,99.4,programme report citing mid-term evaluation → official_claim
 * e-mutation-rule,time,,28,days,,regulation / ministry instruction                       → official_claim
 * e-mutation-fee,official fee,,1170,BDT,,official fee schedule ("Tk 20 court fee + Tk 50 notice + Tk 1,000 record
 *   correction + Tk 100 ledger")                                                          → official_claim
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  costReductions, reductionOf, rangeOf, sumCosts, tcvReductions, weakestStrength, type CostItem, type Range,
} from '../../../src/analysis/innovations/index.ts';

const close = (actual: Range | null | undefined, low: number, high: number, mid: number): void => {
  assert.ok(actual, 'range is null');
  for (const [k, a, e] of [['low', actual.low, low], ['high', actual.high, high], ['mid', actual.mid, mid]] as const) {
    assert.ok(Math.abs(a - e) < 1e-9, `${k}: ${a} ≠ ${e}`);
  }
};
const one = (x: number): [number, number, number] => [x, x, x];
const bdt = (component: CostItem['component'], amount: number, strength: CostItem['strength'] = 'independent', label?: string): CostItem =>
  ({ component, amount, currency: 'BDT', strength, ...(label ? { label } : {}) });

describe('tcvReductions on the land-records rows', () => {
  const r = tcvReductions(
    { time: { text: '30-45', unit: 'day', strength: 'independent' }, cost: [bdt('all', 1045)], visits: { count: 5, strength: 'independent' } },
    { time: { text: '15', unit: 'day', strength: 'independent' }, cost: [bdt('all', 80)], visits: { count: 2, strength: 'independent' } },
  );
  it('time 30-45 → 15 days is a 50–67 % cut, 60 % at the 37.5-day midpoint, as the seed row says', () => {
    const d = r.time!.days;
    // absolute: 30 − 15 = 15 … 45 − 15 = 30 days; midpoint 37.5 − 15 = 22.5
    close(d.absolute, 15, 30, 22.5);
    // percent: 1 − 15/30 = 50 %; 1 − 15/45 = 66.67 % (the row's "50-67"); 1 − 15/37.5 = 60 % (the row's note)
    close(d.percent, 50, 100 * (1 - 15 / 45), 60);
    assert.equal(Math.round(d.percent!.high), 67);
    // the same in hours: 360 … 720, mid 540; percentages unchanged
    close(r.time!.hours.absolute, 360, 720, 540);
    close(r.time!.hours.percent, 50, 100 * (1 - 15 / 45), 60);
    assert.equal(r.time!.before.text, '30-45');
    assert.equal(d.strength, 'independent');
    assert.equal(d.strengthNote, '');
  });
  it('cost BDT 1045 → 80 per transaction is a 965 BDT, 92.3 % cut', () => {
    const all = r.cost.byComponent.find((c) => c.component === 'all')!;
    close(all.absolute, ...one(965)); // 1045 − 80
    close(all.percent, ...one(100 * 965 / 1045)); // 92.344… → the row's 92.3
    assert.equal(Math.round(all.percent!.mid * 10) / 10, 92.3);
    assert.equal(all.unit, 'BDT');
    close(r.cost.total!.absolute, ...one(965));
    assert.deepEqual(r.cost.notes, []);
  });
  it('visits 5 → 2 is 3 visits fewer, 60 %', () => {
    close(r.visits!.absolute, ...one(3)); // 5 − 2
    close(r.visits!.percent, ...one(60)); // 3 / 5
    assert.equal(r.visits!.strength, 'independent');
    assert.deepEqual(r.notes, []);
  });
});

describe('tcvReductions on digital-centres-waiting', () => {
  it('"7 days" → "1 hour" is 99.4 % on 168 calendar hours, in English and in Bengali', () => {
    for (const [before, after] of [['7 days', '1 hour'], ['৭ দিন', '১ ঘণ্টা']] as const) {
      const r = tcvReductions({ time: { text: before, strength: 'official_claim' } }, { time: { text: after, strength: 'official_claim' } });
      close(r.time!.hours.absolute, ...one(167)); // 168 − 1
      close(r.time!.hours.percent, ...one(100 * 167 / 168)); // 99.404…
      assert.equal(Math.round(r.time!.hours.percent!.mid * 10) / 10, 99.4);
      close(r.time!.days.absolute, ...one(167 / 24)); // 6.958… days
      assert.equal(r.time!.hours.strength, 'official_claim');
      assert.equal(r.time!.before.text, before);
    }
  });
});

describe('a figure combined from evidence of different strengths', () => {
  it('30-45 days (independent study) → 28 days (official rule) is 6.7–37.8 %, 25.3 % at the midpoint, official_claim and says why', () => {
    const r = tcvReductions({ time: { text: '30-45 days', strength: 'independent' } }, { time: { text: '28 days', strength: 'official_claim' } });
    const d = r.time!.days;
    close(d.absolute, 2, 17, 9.5); // 30 − 28, 45 − 28, 37.5 − 28
    close(d.percent, 100 * 2 / 30, 100 * 17 / 45, 100 * 9.5 / 37.5); // 6.67, 37.78, 25.33
    assert.equal(d.strength, 'official_claim');
    assert.equal(d.strengthNote, 'weakest of independent (baseline), official_claim (post)');
  });
  it('weakestStrength never averages: peer_reviewed with self_reported gives self_reported', () => {
    assert.deepEqual(weakestStrength([['peer_reviewed', 'a'], ['self_reported', 'b']]),
      { strength: 'self_reported', note: 'weakest of peer_reviewed (a), self_reported (b)' });
  });
});

describe('sumCosts and costReductions', () => {
  const fee = (amount: number, label: string) => bdt('fees', amount, 'official_claim', label);
  const eMutation = [fee(20, 'court fee'), fee(50, 'notice'), fee(1000, 'record correction'), fee(100, 'ledger')];
  it('sums the e-mutation fee items to BDT 1170, as the fee schedule row says', () => {
    const s = sumCosts(eMutation);
    assert.ok(s.ok);
    close(s.total, ...one(1170)); // 20 + 50 + 1000 + 100
    assert.equal(s.currency, 'BDT');
    assert.equal(s.strength, 'official_claim');
  });
  it('refuses to sum items in different currencies and says so', () => {
    const s = sumCosts([fee(1170, 'fee'), { component: 'travel', amount: 2, currency: 'usd', strength: 'self_reported' }]);
    assert.deepEqual(s, { ok: false, reason: 'not summed: the items are in different currencies (BDT, USD); amounts are never converted' });
  });
  it('refuses to add an all-components figure to a component', () => {
    const s = sumCosts([bdt('all', 1045), bdt('fees', 20)]);
    assert.equal(s.ok, false);
  });
  it('compares component by component, takes the weakest strength of the total, and leaves a one-sided component out with a note', () => {
    const before = [bdt('fees', 1045, 'independent'), bdt('travel', 300, 'self_reported'), bdt('intermediaries', 500, 'self_reported')];
    const after = [fee(1170, 'e-mutation fee'), bdt('travel', 0, 'self_reported')];
    const r = costReductions(before, after);
    assert.deepEqual(r.byComponent.map((c) => c.component), ['fees', 'travel']);
    close(r.byComponent[0]!.absolute, ...one(-125)); // 1045 − 1170: the official fee is higher than the study's cost
    close(r.byComponent[1]!.percent, ...one(100)); // 300 → 0
    assert.equal(r.byComponent[0]!.strength, 'official_claim');
    assert.equal(r.total, null);
    assert.deepEqual(r.notes, [
      'intermediaries: not compared, no post value (a cost that is gone is recorded as 0)',
      'total: not compared, the baseline and the post measure different components',
    ]);
  });
  it('refuses to compare a component kept in BDT before and in USD after', () => {
    const r = costReductions([bdt('fees', 1045)], [{ component: 'fees', amount: 1, currency: 'USD', strength: 'independent' }]);
    assert.deepEqual(r.byComponent, []);
    assert.deepEqual(r.notes, [
      'fees: not compared, baseline in BDT and post in USD; amounts are never converted',
      'total: not compared, baseline in BDT and post in USD; amounts are never converted',
    ]);
  });
});

describe('reductionOf edge cases', () => {
  it('gives no percentage when the baseline is 0, and says why', () => {
    const r = reductionOf('visits', { value: rangeOf(0), strength: 'independent' }, { value: rangeOf(1), strength: 'independent' });
    close(r.absolute, ...one(-1));
    assert.equal(r.percent, null);
    assert.equal(r.percentNote, 'no percentage: the baseline 0 visits is not above 0');
  });
  it('notes a metric measured on one side only', () => {
    const r = tcvReductions({ visits: { count: [2, 3], strength: 'self_reported' } }, { time: { text: '28 days', strength: 'official_claim' } });
    assert.equal(r.time, null);
    assert.equal(r.visits, null);
    assert.deepEqual(r.notes, ['time: not compared, no baseline value', 'visits: not compared, no post value']);
  });
});
