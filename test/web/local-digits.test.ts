import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLabel } from '../../web/src/i18n/code-label.ts';
import { digitsOf, localDigits } from '../../web/src/i18n/digits.ts';

test('digitsOf gives the digits Intl.NumberFormat writes for a language: Bengali digits for Bengali, Latin for English', () => {
  assert.equal(digitsOf('bn').join(''), '০১২৩৪৫৬৭৮৯');
  for (const lang of ['en', 'fr', 'ru', 'zh-Hans']) assert.equal(digitsOf(lang).join(''), '0123456789', lang);
  // Nepali is written with Devanagari or Latin digits depending on the runtime's CLDR version; the site follows it
  assert.equal(digitsOf('ne').join(''), [...'0123456789'].map((d) => new Intl.NumberFormat('ne').format(Number(d))).join(''));
});

test('localDigits writes codes, years and periods in the page’s digits without regrouping them', () => {
  assert.equal(localDigits('3.2.1', 'bn'), '৩.২.১');
  assert.equal(localDigits('2021', 'bn'), '২০২১');
  assert.equal(localDigits('2014/15', 'bn'), '২০১৪/১৫');
  assert.equal(localDigits('5.b.1', 'bn'), '৫.b.১');
  assert.equal(localDigits(17, 'bn'), '১৭');
  assert.equal(localDigits('2024-Q1', 'fr'), '2024-Q1');
});

test('codeLabel prefers the site’s translation, then the code list’s name from the API, then the code', () => {
  const strings: Record<string, string> = { 'units.PER_1000_LIVE_BIRTHS': 'per 1,000 live births', 'obsStatus.E': 'Estimated value' };
  const lookup = (key: string) => strings[key];
  assert.equal(codeLabel(lookup, 'UNIT_MEASURE', 'PER_1000_LIVE_BIRTHS', 'Per 1000 live births'), 'per 1,000 live births');
  assert.equal(codeLabel(lookup, 'UNIT_MEASURE', 'TEU', 'Twenty-foot equivalent units'), 'Twenty-foot equivalent units');
  assert.equal(codeLabel(lookup, 'UNIT_MEASURE', 'ltpureal'), 'ltpureal');
  assert.equal(codeLabel(lookup, 'OBS_STATUS', 'E', 'Estimated value (API)'), 'Estimated value');
  assert.equal(codeLabel(lookup, 'UNIT_MEASURE', 'Rate per 1,000 live births'), 'Rate per 1,000 live births');
  assert.equal(codeLabel(lookup, 'UNIT_MEASURE', null), '');
});
