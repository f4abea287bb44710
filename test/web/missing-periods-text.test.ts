import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localDigits } from '../../web/src/i18n/digits.ts';
import { missingPeriodsText } from '../../web/src/work/missing-periods-text.ts';

test('missingPeriodsText writes a run of three or more missing periods as one range, oldest to most recent: 2012–2025', () => {
  const missing = Array.from({ length: 14 }, (_, i) => String(2025 - i));
  assert.equal(missingPeriodsText(missing), '2012–2025');
  assert.equal(missingPeriodsText(['2024-Q4', '2024-Q3', '2024-Q2']), '2024-Q2–2024-Q4');
});

test('missingPeriodsText lists one or two missing periods in time order, in the page\'s digits', () => {
  assert.equal(missingPeriodsText(['2025']), '2025');
  assert.equal(missingPeriodsText(['2025', '2024'], (label) => localDigits(label, 'bn')), '২০২৪, ২০২৫');
  assert.equal(missingPeriodsText([]), '');
});
