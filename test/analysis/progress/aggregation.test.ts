import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  goalOf, indicatorFromSeries, snapshot, summarise, summariseBy, summariseByOrganisation, targetOf,
  type IndicatorAssessment,
} from '../../../src/analysis/progress/aggregation.ts';

const near = (actual: number | undefined, expected: number, eps = 1e-9) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < eps, `${actual} ≉ ${expected}`);

// Five indicators of goals 1 and 3 with UNSD classes (ranks: on_track 0, fair 1, limited 2, deterioration 3).
const unsd: IndicatorAssessment[] = [
  { indicator: '1.1.1', status: 'on_track' },
  { indicator: '1.2.1', status: 'fair_progress' },
  { indicator: '3.1.1', status: 'deterioration' },
  { indicator: '3.2.1', status: 'limited_progress' },
  { indicator: '3.3.1', status: 'not_available', reason: 'too_few_points' },
];

describe('indicatorFromSeries', () => {
  it('gives a class-based indicator the median class of its series: on_track, deterioration, fair → fair_progress', () => {
    // ranks 0, 3, 1 → sorted 0, 1, 3 → middle 1.
    const r = indicatorFromSeries('unsd', [{ status: 'on_track' }, { status: 'deterioration' }, { status: 'fair_progress' }]);
    assert.deepEqual(r, { status: 'fair_progress' });
  });

  it('takes the worse of the two middle classes for an even count, and ignores not_available series', () => {
    // eurostat ranks 0 (significant) and 2 (insufficient) → sorted 0, 2 → element ⌊2/2⌋ = 1 → insufficient_progress.
    const r = indicatorFromSeries('eurostat', [{ status: 'significant_progress' }, { status: 'not_available' },
      { status: 'insufficient_progress' }]);
    assert.deepEqual(r, { status: 'insufficient_progress' });
  });

  it('gives not_available when no series has a class', () => {
    assert.equal(indicatorFromSeries('escap-ap', [{ status: 'not_available' }]).status, 'not_available');
    assert.equal(indicatorFromSeries('unsd', []).status, 'not_available');
  });

  it('gives an Open SDG indicator the mean series score: 5 (target met) and 0.5456 → 2.7728, substantial_progress', () => {
    // (5 + 0.5456) / 2 = 2.7728 ≥ 2.5; not every series met its target.
    const r = indicatorFromSeries('opensdg', [{ status: 'target_achieved', score: 5, targetAchieved: true },
      { status: 'moderate_progress', score: 0.5456, targetAchieved: false }]);
    assert.equal(r.status, 'substantial_progress');
    near(r.score, 2.7728);
  });

  it('gives an Open SDG indicator target_achieved when every scored series met its target', () => {
    const r = indicatorFromSeries('opensdg', [{ status: 'target_achieved', score: 5 }, { status: 'target_achieved', score: 5 }]);
    assert.equal(r.status, 'target_achieved');
  });

  it('gives an ESCAP Current Status indicator the mean index 0.5833 and the median class', () => {
    // indexes (0.25 + 1 + 0.5) / 3 = 0.58333; ranks 2, 0, 1 → sorted 0, 1, 2 → on_expected_path.
    const r = indicatorFromSeries('escap-csi', [{ status: 'behind_expected_path', index: 0.25 },
      { status: 'target_achieved', index: 1 }, { status: 'on_expected_path', index: 0.5 }]);
    assert.equal(r.status, 'on_expected_path');
    near(r.index, 0.58333, 1e-5);
  });

  it('classes an ESCAP Current Status indicator by its mean index against the mean expected share: 0.5833 ≥ 0.5', () => {
    // index (0.25 + 1 + 0.5) / 3 = 0.58333; expected (0.4 + 0.5 + 0.6) / 3 = 0.5 → on_expected_path.
    const r = indicatorFromSeries('escap-csi', [{ status: 'behind_expected_path', index: 0.25, expected: 0.4 },
      { status: 'target_achieved', index: 1, expected: 0.5 }, { status: 'on_expected_path', index: 0.5, expected: 0.6 }]);
    assert.equal(r.status, 'on_expected_path');
    near(r.index, 0.58333, 1e-5);
    near(r.expected, 0.5);
  });

  it('gives an ESCAP indicator target_achieved only when every series met it: a series moved back past its target keeps it on the path', () => {
    // Both met: mean 1 → target_achieved. Met (1) and fallen back (no index): mean of the one index 1 ≥ 0.5, but not every
    // member met → on_expected_path.
    const met = { status: 'target_achieved', index: 1, expected: 0.5 };
    assert.equal(indicatorFromSeries('escap-csi', [met, met]).status, 'target_achieved');
    assert.equal(indicatorFromSeries('escap-csi', [met, { status: 'regressing', expected: 0.5 }]).status, 'on_expected_path');
  });

  it('throws, naming the value, for a class the method does not have', () => {
    assert.throws(() => indicatorFromSeries('unsd', [{ status: 'on_expected_path' }]), /unknown unsd class "on_expected_path"/);
  });
});

describe('summarise', () => {
  it('counts every indicator and shares the assessed: 2 on track, 1 deteriorating, 1 without data', () => {
    // assessed 3: shares 2/3 and 1/3; ranks 0, 0, 3 → median element 1 → on_track.
    const s = summarise('unsd', [{ status: 'on_track' }, { status: 'on_track' }, { status: 'deterioration' },
      { status: 'not_available' }]);
    assert.deepEqual(s, {
      total: 4, assessed: 3, counts: { on_track: 2, deterioration: 1, not_available: 1 },
      shares: { on_track: 2 / 3, deterioration: 1 / 3 }, status: 'on_track',
    });
  });

  it('gives an Open SDG group the mean score: 3 and −1 → 1, moderate_progress; the unscored indicator is left out', () => {
    const s = summarise('opensdg', [{ status: 'substantial_progress', score: 3 }, { status: 'limited_progress', score: -1 },
      { status: 'not_available' }]);
    assert.equal(s.status, 'moderate_progress');
    near(s.score, 1);
    assert.deepEqual([s.total, s.assessed], [3, 2]);
  });

  it('gives an ESCAP goal the mean of its indicator indexes: 0.2, 0.6, 1 → 0.6', () => {
    const s = summarise('escap-csi', [{ status: 'behind_expected_path', index: 0.2 },
      { status: 'on_expected_path', index: 0.6 }, { status: 'target_achieved', index: 1 }]);
    near(s.score, 0.6);
    assert.equal(s.status, 'on_expected_path');
  });

  it('classes an ESCAP goal by its mean index, not its median class: −0.9, 0.6, 0.6 → 0.1 < 0.5, behind the expected path', () => {
    // Median class: ranks 3, 1, 1 → sorted 1, 1, 3 → on_expected_path; ESCAP's goal bar is the mean index
    // (−0.9 + 0.6 + 0.6) / 3 = 0.1, which is 0 or more but below the mean expected share 0.5 → behind_expected_path.
    const s = summarise('escap-csi', [{ status: 'regressing', index: -0.9, expected: 0.5 },
      { status: 'on_expected_path', index: 0.6, expected: 0.5 }, { status: 'on_expected_path', index: 0.6, expected: 0.5 }]);
    assert.equal(s.status, 'behind_expected_path');
    near(s.score, 0.1);
    near(s.expected, 0.5);
  });

  it('classes an ESCAP goal with a negative mean index as regressing: −0.5 and 0.2 → −0.15', () => {
    const s = summarise('escap-csi', [{ status: 'regressing', index: -0.5, expected: 0.3 },
      { status: 'behind_expected_path', index: 0.2, expected: 0.3 }]);
    assert.equal(s.status, 'regressing');
    near(s.score, -0.15);
  });

  it('gives an empty group not_available with no shares', () => {
    assert.deepEqual(summarise('escap-ap', []), { total: 0, assessed: 0, counts: {}, shares: {}, status: 'not_available' });
  });
});

describe('snapshot, summariseBy and summariseByOrganisation', () => {
  it('snapshot gives goals × status: goal 1 half on track, half fair; goal 3 one deteriorating, one limited, one without data', () => {
    // goal 1: ranks 0, 1 → element 1 → fair_progress; goal 3: ranks 2, 3 → element 1 → deterioration.
    // national: ranks 0, 1, 2, 3 → element 2 → limited_progress, each class 1/4 of the 4 assessed.
    const { national, goals } = snapshot('unsd', unsd);
    assert.deepEqual(Object.keys(goals), ['1', '3']);
    assert.deepEqual(goals['1']?.shares, { on_track: 0.5, fair_progress: 0.5 });
    assert.equal(goals['1']?.status, 'fair_progress');
    assert.deepEqual(goals['3']?.counts, { deterioration: 1, limited_progress: 1, not_available: 1 });
    assert.equal(goals['3']?.status, 'deterioration');
    assert.deepEqual([national.total, national.assessed, national.status], [5, 4, 'limited_progress']);
    assert.deepEqual(national.shares, { on_track: 0.25, fair_progress: 0.25, limited_progress: 0.25, deterioration: 0.25 });
  });

  it('summariseBy targets groups indicators by the first two parts of their code', () => {
    const byTarget = summariseBy('unsd', unsd, targetOf);
    assert.deepEqual(Object.keys(byTarget), ['1.1', '1.2', '3.1', '3.2', '3.3']);
    assert.equal(byTarget['3.3']?.status, 'not_available');
  });

  it('summariseByOrganisation counts each indicator once per organisation and leaves out those without one', () => {
    // bbs: 1.1.1 on_track, 3.1.1 deterioration → ranks 0, 3 → deterioration;
    // dghs: 3.1.1 deterioration, 1.2.1 fair (listed twice, counted once) → ranks 1, 3 → deterioration, total 2.
    const byOrg = summariseByOrganisation('unsd', unsd, { '1.1.1': ['bbs'], '3.1.1': ['bbs', 'dghs'], '1.2.1': ['dghs', 'dghs'] });
    assert.deepEqual(Object.keys(byOrg).toSorted(), ['bbs', 'dghs']);
    assert.deepEqual(byOrg.bbs?.counts, { on_track: 1, deterioration: 1 });
    assert.equal(byOrg.bbs?.status, 'deterioration');
    assert.deepEqual([byOrg.dghs?.total, byOrg.dghs?.shares], [2, { fair_progress: 0.5, deterioration: 0.5 }]);
  });

  it('goalOf and targetOf read the code: 3.8.1 → 3 and 3.8', () => {
    assert.deepEqual([goalOf('3.8.1'), targetOf('3.8.1')], [['3'], ['3.8']]);
  });
});
