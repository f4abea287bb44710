import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTimeWording, TimeWordingError, type Range } from '../../../src/analysis/innovations/index.ts';

const close = (actual: Range, low: number, high: number, mid = (low + high) / 2): void => {
  for (const [k, a, e] of [['low', actual.low, low], ['high', actual.high, high], ['mid', actual.mid, mid]] as const) {
    assert.ok(Math.abs(a - e) < 1e-9, `${k}: ${a} ≠ ${e}`);
  }
};

describe('parseTimeWording', () => {
  it('reads the seed row land-records-time "30-45" with its unit column "days" as 30–45 days, 720–1080 hours, keeping the text', () => {
    const t = parseTimeWording('30-45', 'day');
    assert.equal(t.text, '30-45');
    assert.equal(t.unit, 'day');
    close(t.value, 30, 45); // mid 37.5, the midpoint the seed note uses
    close(t.days, 30, 45);
    close(t.hours, 720, 1080); // 30 × 24, 45 × 24
    assert.equal(t.basis, 'calendar');
    assert.equal(t.approximate, false);
  });
  it('reads "30-45 days" and the en-dash "30–45 days" alike, the unit in the text winning over a default', () => {
    close(parseTimeWording('30-45 days', 'hour').days, 30, 45);
    close(parseTimeWording('30–45 days').days, 30, 45);
    close(parseTimeWording('30 to 45 days').days, 30, 45);
  });
  it('reads "7 days" as 168 calendar hours and "1 hour" as 1/24 day (seed row digital-centres-waiting)', () => {
    close(parseTimeWording('7 days').hours, 168, 168); // 7 × 24: the calendar rule the published 99.4 % uses
    close(parseTimeWording('1 hour').days, 1 / 24, 1 / 24);
    close(parseTimeWording('an hour').hours, 1, 1);
  });
  it('reads weeks, minutes and "half a day" under the calendar rule', () => {
    const w = parseTimeWording('2-3 weeks');
    assert.equal(w.unit, 'week');
    close(w.days, 14, 21); // 2 × 7, 3 × 7
    close(w.hours, 336, 504); // 14 × 24, 21 × 24
    close(parseTimeWording('2–3 weeks').days, 14, 21);
    close(parseTimeWording('15 minutes').hours, 0.25, 0.25); // 15 / 60
    close(parseTimeWording('half a day').hours, 12, 12); // 0.5 × 24
    close(parseTimeWording('half an hour').hours, 0.5, 0.5);
    close(parseTimeWording('1.5 hrs').hours, 1.5, 1.5);
  });
  it('reads Bengali digits and unit words: "৭ দিন" is 7 days, "৩০–৪৫ দিন" 30–45 days, "১৫ মিনিট" a quarter hour', () => {
    const t = parseTimeWording('৭ দিন');
    assert.equal(t.text, '৭ দিন');
    close(t.days, 7, 7);
    close(t.hours, 168, 168);
    close(parseTimeWording('৩০–৪৫ দিন').days, 30, 45);
    close(parseTimeWording('১৫ মিনিট').hours, 0.25, 0.25);
    close(parseTimeWording('১ ঘণ্টা').hours, 1, 1);
  });
  it('turns "28 working days" (seed row pension-baseline) into 39.2 calendar days, marked working and approximate', () => {
    const t = parseTimeWording('28 working days');
    assert.equal(t.unit, 'working_day');
    close(t.value, 28, 28);
    close(t.days, 39.2, 39.2); // 28 × 7/5
    close(t.hours, 940.8, 940.8); // 39.2 × 24
    assert.equal(t.basis, 'working');
    assert.equal(t.approximate, true);
  });
  it('marks "about 2 hours" and months as approximate; a month is 30 days', () => {
    assert.equal(parseTimeWording('about 2 hours').approximate, true);
    const m = parseTimeWording('1-2 months');
    close(m.days, 30, 60);
    assert.equal(m.approximate, true);
  });
  it('takes the default unit as the seed table writes it in its unit column, read only when the text has no unit', () => {
    close(parseTimeWording('30-45', 'days').days, 30, 45); // land-records-time: unit column "days"
    close(parseTimeWording('7 days', 'mixed').hours, 168, 168); // digital-centres-waiting: unit column "mixed"
    close(parseTimeWording('৭', 'দিন').days, 7, 7);
    assert.throws(() => parseTimeWording('7', 'mixed'), /cannot read time "7": no unit in the text and the default unit "mixed" is not a unit of time/);
    assert.throws(() => parseTimeWording('7', 'toString'), /default unit "toString"/);
  });
  it('throws TimeWordingError naming the text for no number, an unknown unit, or no unit and no default', () => {
    assert.throws(() => parseTimeWording('soon'), (e: unknown) => e instanceof TimeWordingError && /"soon": no number/.test(e.message));
    assert.throws(() => parseTimeWording('21 documents'), /cannot read time "21 documents": unknown unit "documents"/);
    assert.throws(() => parseTimeWording('30-45'), /cannot read time "30-45": no unit in the text and no default unit given/);
    assert.throws(() => parseTimeWording('  '), /empty/);
  });
});
