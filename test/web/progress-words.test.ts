import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLASS_SCALE, classStyle, NOT_AVAILABLE_COLOUR, scaleStep } from '../../web/src/progress/class-style.ts';
import type { Projection } from '../../web/src/progress/progress-types.ts';
import { className, figureTexts, metText, reasonKey, reasonText, targetName } from '../../web/src/progress/progress-words.ts';
import { isShownKey, scopeDimension, shownKey } from '../../web/src/progress/shown-key.ts';
import { englishWords } from './english-words.ts';

const i18n = englishWords;

test('classStyle spreads each method’s on-track classes over the blues and its off-track classes over the oranges, best to worst', () => {
  const steps = (method: string, classes: string[]) => classes.map((c) => CLASS_SCALE.indexOf(classStyle(method, c).colour as never));
  // Open SDG: 2 on track (0, 1), 3 off track over steps 3…6: 3 + round(i × 3 / 2) = 3, 5 (4.5 → 5), 6
  assert.deepEqual(steps('opensdg', ['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration']), [0, 1, 3, 5, 6]);
  // UNSD: 1 on track, 3 off track
  assert.deepEqual(steps('unsd', ['on_track', 'fair_progress', 'limited_progress', 'deterioration']), [0, 3, 5, 6]);
  // Eurostat: 2 on track, 4 off track: 3 + i → 3, 4, 5, 6
  assert.deepEqual(steps('eurostat', ['significant_progress', 'moderate_progress', 'insufficient_progress', 'moderate_movement_away',
    'movement_away', 'significant_movement_away']), [0, 1, 3, 4, 5, 6]);
  // ESCAP: 2 on track, 2 off track → 3, 6
  assert.deepEqual(steps('escap-ap', ['target_achieved', 'maintain_progress', 'accelerate_progress', 'reverse_trend']), [0, 1, 3, 6]);
  assert.equal(scaleStep(0, 1, 0), 0);
});

test('classStyle gives each class an icon besides its colour, and not_available grey with a dash', () => {
  assert.deepEqual(classStyle('unsd', 'deterioration'), { rank: 3, of: 4, colour: '#8c2d04', text: '#ffffff', icon: 'down' });
  assert.deepEqual(classStyle('opensdg', 'target_achieved'), { rank: 0, of: 5, colour: '#1d4f91', text: '#ffffff', icon: 'achieved' });
  assert.equal(classStyle('opensdg', 'moderate_progress').icon, 'slow');
  assert.equal(classStyle('eurostat', 'moderate_progress').icon, 'up', 'Eurostat’s moderate progress is on track, Open SDG’s is not');
  assert.equal(classStyle('escap-csi', 'regressing').icon, 'down');
  assert.deepEqual(classStyle('unsd', 'not_available'), { rank: null, of: 4, colour: NOT_AVAILABLE_COLOUR, text: '#1a1a1a', icon: 'unknown' });
});

test('className and reasonText put classes and the API’s reasons, codes or sentences, in words', () => {
  assert.equal(className(i18n, 'behind_expected_path'), 'Behind the expected path');
  assert.equal(className(i18n, 'new_class'), 'New class');
  assert.deepEqual(reasonKey('one year of data from 2016: at least two are needed'), { key: 'too_few_points' });
  assert.deepEqual(reasonKey('no data in or after 2015'), { key: 'no_data_since', year: '2015' });
  assert.deepEqual(reasonKey('global rule: the rule asks for no change; no way to go'), { key: 'rule_unusable' });
  assert.equal(reasonText(i18n, "the global target is a rate per 1,000; the key's unit NUMBER is a count"),
    'The global target is a rate, and this series is a count, so the target does not apply to it.');
  assert.equal(reasonText(i18n, 'no national target and no global rule for this indicator'),
    'There is no national target and no global target for this indicator.');
  assert.equal(reasonText(i18n, 'no data in or after 2015'), 'There is no value in or after 2015.');
  assert.equal(reasonText(i18n, 'an unforeseen sentence'), 'This method cannot assess the data.');
});

test('figureTexts names the figure each method rests on: Open SDG score and ratio, a CAGR as a percentage a year', () => {
  assert.deepEqual(figureTexts(i18n, 'opensdg', { status: 'substantial_progress', score: 5, ratio: 1.948, cagr: 0.0536 }),
    ['score 5 (from -5 to 5)', 'observed ÷ required growth 1.95']);
  // −0.05363 a year → −5.36 %
  assert.deepEqual(figureTexts(i18n, 'unsd', { status: 'on_track', cagr: -0.05363 }), ['growth -5.36% a year']);
  assert.deepEqual(figureTexts(i18n, 'escap-csi', { status: 'on_expected_path', index: 0.823 }), ['Current Status Index 0.82']);
  assert.deepEqual(figureTexts(i18n, 'unsd', { status: 'not_available', reason: 'too_few_points' }), []);
});

test('targetName and metText say where the target comes from and when the current pace meets it, or why not', () => {
  assert.equal(targetName(i18n, { source: 'global', direction: 'decrease', milestones: {}, rule: '≤ 25 per 1,000' }), 'Global target (≤ 25 per 1,000)');
  assert.equal(targetName(i18n, { source: 'national', direction: 'increase', milestones: {} }), 'National target');
  const p = (metYear: number | null, reason?: string): Projection => ({ method: 'cagr', points: [], metYear, ...(reason ? { reason } : {}) });
  assert.equal(metText(i18n, p(2023)), 'met in 2023 at the current pace');
  assert.equal(metText(i18n, p(null, 'already_met')), 'already met');
  assert.equal(metText(i18n, p(null, 'moving_away')), 'not met at the current pace: moving away from the target');
  assert.equal(metText(i18n, p(null, 'not_by_2100')), 'not met by 2100 at the current pace');
  assert.equal(metText(i18n, p(null, 'non_positive_value')), 'no projection: A growth rate needs values above zero.');
});

test('shownKey reads the key of a lone line, and scopeDimension the one disaggregation that sets it apart from the total', () => {
  const point = { series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: '050', timePeriod: '2021', value: 25.2, dimensions: { AGE: 'Y0T4', SEX: 'F' } };
  const shown = shownKey([{ key: '', categories: [], points: [point] }])!;
  assert.deepEqual(shown, { series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: '050', dimensions: { AGE: 'Y0T4', SEX: 'F' } });
  assert.equal(shownKey([{ key: 'SEX=F', categories: [], points: [point] }, { key: 'SEX=M', categories: [], points: [point] }]), null);
  const total = { series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: '050', dimensions: { AGE: 'Y0T4', SEX: '_T' } };
  assert.equal(isShownKey(total, shown), false);
  assert.equal(isShownKey({ ...total, dimensions: { AGE: 'Y0T4', SEX: 'F' } }, shown), true);
  assert.equal(scopeDimension(shown, [total]), 'SEX:F');
  assert.equal(scopeDimension({ ...shown, dimensions: { AGE: 'Y1T4', SEX: 'F' } }, [total]), null, 'two dimensions differ');
  assert.equal(scopeDimension({ ...shown, series: 'OTHER' }, [total]), null);
});
