import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markOnWhite, textOn } from '../../web/src/components/goal-colour.ts';

/** The 17 official goal colours (UN Department of Global Communications, SDG guidelines for the use of the logo). */
const GOALS = ['#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925',
  '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A'];

/** WCAG 2.2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const value = parseInt(hex.slice(1), 16);
    const channel = (shift: number) => {
      const c = ((value >> shift) & 0xff) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('textOn gives every goal colour words of at least 4.5:1 (WCAG AA): white on goal 1 at 4.52, dark on goal 5 at 4.82', () => {
  for (const colour of GOALS) assert.ok(contrast(colour, textOn(colour)) >= 4.5, `${colour} with ${textOn(colour)}`);
  assert.equal(textOn('#E5243B'), '#ffffff');
  assert.equal(contrast('#E5243B', '#ffffff').toFixed(2), '4.52');
  assert.equal(textOn('#FF3A21'), '#1b1b1b');
  assert.equal(contrast('#FF3A21', '#1b1b1b').toFixed(2), '4.82');
});

test('markOnWhite keeps the 11 goal colours that reach 3:1 on white and darkens the other 6 (goal 7 #FCC30B 1.62 → #B78D05 3.08)', () => {
  const changed = GOALS.filter((colour) => markOnWhite(colour) !== colour);
  assert.deepEqual(changed.map((colour) => GOALS.indexOf(colour) + 1), [2, 6, 7, 9, 11, 15]);
  for (const colour of GOALS) assert.ok(contrast(markOnWhite(colour), '#FFFFFF') >= 3, `${colour} → ${markOnWhite(colour)}`);
  assert.equal(contrast('#FCC30B', '#FFFFFF').toFixed(2), '1.62');
  assert.equal(markOnWhite('#FCC30B'), '#B78D05');
  assert.equal(contrast('#B78D05', '#FFFFFF').toFixed(2), '3.08');
  assert.equal(markOnWhite('not a colour'), 'not a colour');
});
