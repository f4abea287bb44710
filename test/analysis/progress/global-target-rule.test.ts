import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  evaluateGlobalTargetRule, type GlobalTargetOutcome, parseGlobalTargetRule,
} from '../../../src/analysis/progress/global-target-rule.ts';

const file = join(import.meta.dirname, '../../../datasets/framework/global-targets-opensdg.csv');
const rows = parseCsv(readFileSync(file), { columns: true }) as { indicator: string; target_or_direction: string }[];
const distinct = [...new Set(rows.map((row) => row.target_or_direction))];

const at2030 = (value: number) => ({ value, year: 2030 });
const dec = (value: number, note?: string): GlobalTargetOutcome =>
  note ? { kind: 'value', direction: 'decrease', target: at2030(value), note } : { kind: 'value', direction: 'decrease', target: at2030(value) };
const inc = (value: number, note?: string): GlobalTargetOutcome =>
  note ? { kind: 'value', direction: 'increase', target: at2030(value), note } : { kind: 'value', direction: 'increase', target: at2030(value) };
const rel = (direction: 'increase' | 'decrease', value: number): GlobalTargetOutcome => ({ kind: 'relative', direction, target: at2030(value) });
const way = (direction: 'increase' | 'decrease', note?: string): GlobalTargetOutcome =>
  note ? { kind: 'direction-only', direction, note } : { kind: 'direction-only', direction };
const MARKUP = 'Reduce by 90%</p\n<h6>3.3.4: Hepatitis B incidence per 100,000 population</h6>\n<p>Target or desired direction: Reduce by 90%';

/** Every distinct rule text of the file: base value (year 2015 unless given), part, and the hand-worked answer. */
const CASES: [text: string, base: number, part: string | undefined, expected: GlobalTargetOutcome, baseYear?: number][] = [
  ['0%', 12.5, undefined, dec(0)],
  ['Reduce by 1/2', 24, undefined, rel('decrease', 12)], // 24 × 1/2
  ['Increase', 40, undefined, way('increase')],
  ['Increase access to basic information services; 100% for all other types of basic services', 80, 'all other types of basic services', inc(100)],
  ['100%', 62, undefined, inc(100)],
  ['Decrease', 5, undefined, way('decrease')],
  ['Score ≥ 0.75', 0.6, undefined, inc(0.75)],
  ['Increase by double', 1.5, undefined, rel('increase', 3)], // 1.5 × 2
  ['0', 4, undefined, dec(0)],
  ['≤ 0.5', 0.9, undefined, dec(0.5)],
  ['≤ 70 per 100,000', 173, undefined, dec(70)],
  ['≤ 25 per 1,000', 34, undefined, dec(25)],
  ['≤ 12 per 1,000', 17, undefined, dec(12)],
  ['Reduce by 80%', 250, undefined, rel('decrease', 50)], // 250 × 0.2
  [MARKUP, 10, undefined, { kind: 'unrecognised', text: MARKUP, reason: 'the text holds markup' }],
  ['Reduce by 90% (compared to 2010 baseline)', 300, undefined, rel('decrease', 30), 2010], // 300 × 0.1
  ['Reduce by 1/3', 45, undefined, rel('decrease', 30)], // 45 × 2/3
  ['Ages 10-14: 0%; Ages 15-19: Decrease', 74, 'Ages 15-19', way('decrease')],
  ['1 (*See exceptions*)', 0.8, undefined, inc(1, 'See exceptions')], // 0.8 below 1: increase
  ['Youth: 100%; Adults: Increase', 93, 'youth', inc(100)],
  ['Ratio = 1 (*See exceptions*)', 1.25, undefined, dec(1, 'See exceptions')], // 1.25 above 1: decrease
  ['50% (*See exceptions*)', 30, undefined, inc(50, 'See exceptions')],
  ['(a) Increase; (b) 50% (*See exceptions*)', 61, 'b', dec(50)],
  ['Reduce proportion of untreated wastewater by 1/2', 38, undefined, rel('decrease', 19)],
  ['≤ 25%', 31, undefined, dec(25)],
  ['LDC ≥ 7%; All other countries: Increase (*See exceptions*)', 6.1, 'LDC', inc(7)],
  ['Increase (*See exceptions*)', 3, undefined, way('increase', 'See exceptions')],
  ['3% (*See exceptions*)', 5.2, undefined, dec(3, 'See exceptions')],
  ['Developing countries: Increase', 2, 'developing countries', way('increase')],
  ['Score = 3', 2, undefined, inc(3)],
  ['LDC: Increase by double; All other countries: Increase', 0.4, 'LDC', rel('increase', 0.8)],
  ['≥ 1', 0, undefined, inc(1)],
  ['Multiple', 1, undefined, { kind: 'unrecognised', text: 'Multiple', reason: 'the text names several targets without giving them' }],
  ['Score ≥ 3 (Meets or fully meets)', 2, undefined, inc(3)],
  ['≤ 3%', 7, undefined, dec(3)],
  ['Non-statistical', 1, undefined, { kind: 'non-statistical' }],
  ['(a) Decrease; (b) Reduce by 1/2', 18, 'b', rel('decrease', 9)],
  ['(a) Decrease; (b) 100%', 55, 'b', inc(100)],
  ['(a) Decrease; (b) Decrease', 9, 'a', way('decrease')],
  ['≥ 10%', 8, undefined, inc(10)],
  ['Score ≥ 0.8 (Very high)', 0.66, undefined, inc(0.8)],
  ['No change (*Country-dependent target*)', 5, undefined, { kind: 'undetermined', reason: 'the rule asks for no change; no way to go' }],
  ['(a) Increase (*Country-dependent target*); (b) Decrease', 4, 'a', way('increase')],
  ['Increase; Includes non-statistical series', 2, undefined, way('increase', 'Includes non-statistical series')],
  ['(a) Non-statistical; (b) Non-statistical', 0, 'a', { kind: 'non-statistical' }],
  ['(a) Increase; (b) Increase', 3, 'b', way('increase')],
  ['(a) Decrease; (b) Decrease; (c) Decrease', 3, 'c', way('decrease')],
  ['100% (*See exceptions*)', 97, undefined, inc(100, 'See exceptions')],
  ['(a) Ratio = 1; (b) Ratio = 1; (c) Ratio = 1', 0.9, 'c', inc(1)],
  ['Score = 9', 10, undefined, dec(9)],
  ['≥ 0.7% to developing countries; ≥ 0.2% to LDC', 0.15, 'LDC', inc(0.2)],
];

describe('evaluateGlobalTargetRule(parseGlobalTargetRule(text), base, part)', () => {
  it('the file holds 249 indicators with 51 distinct rule texts, and every one is worked here', () => {
    assert.equal(rows.length, 249);
    assert.equal(distinct.length, 51);
    assert.deepEqual(new Set(CASES.map(([text]) => text)), new Set(distinct));
  });

  for (const [text, value, part, expected, year = 2015] of CASES) {
    it(`${JSON.stringify(text.slice(0, 60))} with base ${value} (${year})${part ? ` part ${part}` : ''} gives ${expected.kind}`, () => {
      const outcome = evaluateGlobalTargetRule(parseGlobalTargetRule(text), { year, value }, part);
      if ('target' in outcome && 'target' in expected) {
        assert.ok(Math.abs(outcome.target.value - expected.target.value) < 1e-9, `target ${outcome.target.value}`);
        assert.deepEqual({ ...outcome, target: expected.target }, expected);
      } else assert.deepEqual(outcome, expected);
    });
  }
});

describe('parseGlobalTargetRule', () => {
  it('reads the unit and binding of a value rule: "≤ 70 per 100,000" is at most 70 per 100,000', () => {
    assert.deepEqual(parseGlobalTargetRule('≤ 70 per 100,000'), { kind: 'value', value: 70, comparison: 'at-most', unit: 'per 100,000' });
  });

  it('labels each part: "(a) Decrease; (b) 100%" has parts a and b', () => {
    const rule = parseGlobalTargetRule('(a) Decrease; (b) 100%');
    assert.equal(rule.kind, 'parts');
    assert.deepEqual(rule.kind === 'parts' && rule.parts.map((p) => p.label), ['a', 'b']);
  });

  it('an unknown text gives unrecognised with the text and a reason', () => {
    assert.deepEqual(parseGlobalTargetRule('Halve by 2040'), { kind: 'unrecognised', text: 'Halve by 2040', reason: 'no known rule shape' });
  });
});

describe('evaluateGlobalTargetRule edge cases', () => {
  it('a parts rule without a part, or with an unknown one, is undetermined and lists the parts', () => {
    const rule = parseGlobalTargetRule('(a) Decrease; (b) 100%');
    assert.deepEqual(evaluateGlobalTargetRule(rule, { year: 2015, value: 3 }), { kind: 'undetermined', reason: 'the rule has parts a, b; name one' });
    assert.deepEqual(evaluateGlobalTargetRule(rule, { year: 2015, value: 3 }, 'c'), { kind: 'undetermined', reason: 'no part "c" (the rule has a, b)' });
  });

  it('an "= 1" rule whose base already equals 1 is undetermined', () => {
    const outcome = evaluateGlobalTargetRule(parseGlobalTargetRule('Ratio = 1'), { year: 2015, value: 1 });
    assert.equal(outcome.kind, 'undetermined');
  });

  it('a relative rule on a zero base, or on another base year than the rule names, is undetermined', () => {
    assert.deepEqual(evaluateGlobalTargetRule(parseGlobalTargetRule('Reduce by 1/2'), { year: 2015, value: 0 }),
      { kind: 'undetermined', reason: 'a relative rule needs a positive base value; got 0' });
    assert.deepEqual(evaluateGlobalTargetRule(parseGlobalTargetRule('Reduce by 90% (compared to 2010 baseline)'), { year: 2015, value: 8 }),
      { kind: 'undetermined', reason: 'the rule is relative to the 2010 value; the base given is 2015' });
  });
});

describe('series rules: "Reduce the gap to 100% by 1/2" and "No global target"', () => {
  it('"Reduce the gap to 100% by 1/2" from a treated share of 16 asks to increase to 58 in 2030', () => {
    // untreated 100 − 16 = 84, halved 42, so treated 100 − 42 = 58
    assert.deepEqual(parseGlobalTargetRule('Reduce the gap to 100% by 1/2'), { kind: 'relative', factor: 0.5, direction: 'increase', towards: 100 });
    assert.deepEqual(evaluateGlobalTargetRule(parseGlobalTargetRule('Reduce the gap to 100% by 1/2'), { year: 2020, value: 16 }), rel('increase', 58));
  });

  it('"Reduce the gap to 100% by 1/3" from 0 is 33⅓; a base already at 100 is undetermined', () => {
    // 100 − (100 − 0) × 2/3 = 33.33…
    const outcome = evaluateGlobalTargetRule(parseGlobalTargetRule('Reduce the gap to 100% by 1/3'), { year: 2015, value: 0 });
    assert.ok(outcome.kind === 'relative' && Math.abs(outcome.target.value - 100 / 3) < 1e-9);
    assert.deepEqual(evaluateGlobalTargetRule(parseGlobalTargetRule('Reduce the gap to 100% by 1/2'), { year: 2015, value: 100 }),
      { kind: 'undetermined', reason: 'the base value 100 already reaches 100' });
  });

  it('"No global target" is read, and gives no way to go', () => {
    assert.deepEqual(parseGlobalTargetRule('No global target'), { kind: 'none' });
    assert.deepEqual(evaluateGlobalTargetRule(parseGlobalTargetRule('No global target'), { year: 2015, value: 456 }),
      { kind: 'undetermined', reason: 'no global target or direction applies to this figure' });
  });
});
