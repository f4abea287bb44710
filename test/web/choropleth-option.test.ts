import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choroplethOption, type ChoroplethArea } from '../../web/src/charts/choropleth-option.ts';
import {
  betterEnd, classOf, classRanges, colourOf, NO_DATA_COLOUR, quantileBreaks, SEQUENTIAL_SCALE,
} from '../../web/src/maps/class-breaks.ts';
import { toGo } from '../../web/src/maps/to-target.ts';
import { matchSnapshot } from './snapshot.ts';

test('quantileBreaks splits 1…9 into quartiles at 3, 5 and 7 and spreads four colours over the five-step scale', () => {
  // h = (9 − 1) × k / 4 = 2, 4, 6 → the 3rd, 5th and 7th values: 3, 5, 7
  const classes = quantileBreaks([9, 1, 8, 2, 7, 3, 6, 4, 5], 4)!;
  assert.deepEqual(classes.breaks, [3, 5, 7]);
  assert.equal(classes.min, 1);
  assert.equal(classes.max, 9);
  // steps round(i × 4 / 3) = 0, 1, 3, 4
  assert.deepEqual(classes.colours, [SEQUENTIAL_SCALE[0], SEQUENTIAL_SCALE[1], SEQUENTIAL_SCALE[3], SEQUENTIAL_SCALE[4]]);
  assert.deepEqual(classRanges(classes), [[1, 3], [3, 5], [5, 7], [7, 9]]);
});

test('quantileBreaks interpolates between order statistics: quintiles of 10, 20, …, 70 fall at 22, 34, 46 and 58', () => {
  // h = 6 × 0.2 = 1.2 → 20 + 0.2 × 10 = 22; h = 2.4 → 34; h = 3.6 → 46; h = 4.8 → 58
  assert.deepEqual(quantileBreaks([70, 60, 50, 40, 30, 20, 10])!.breaks.map((b) => Number(b.toFixed(6))), [22, 34, 46, 58]);
});

test('quantileBreaks makes no more classes than distinct values: 10, 20, 30, 40 in quartiles at 17.5, 25 and 32.5', () => {
  // four values, four classes: h = 3 × 0.25 = 0.75 → 17.5; 1.5 → 25; 2.25 → 32.5
  assert.deepEqual(quantileBreaks([40, 30, 20, 10])!.breaks, [17.5, 25, 32.5]);
});

test('quantileBreaks leaves no class empty when values tie: 5, 5, 5, 5, 10 give two classes, the second from 10', () => {
  const classes = quantileBreaks([5, 5, 5, 5, 10])!;
  assert.deepEqual(classes.breaks, [10]);
  assert.equal(classOf(5, classes), 0);
  assert.equal(classOf(10, classes), 1);
});

test('quantileBreaks ignores missing values and answers null without any; one distinct value is one class', () => {
  assert.equal(quantileBreaks([Number.NaN]), null);
  assert.equal(quantileBreaks([]), null);
  assert.deepEqual(quantileBreaks([7, 7]), { breaks: [], colours: [SEQUENTIAL_SCALE[2]], min: 7, max: 7 });
});

test('classOf puts a value equal to a break in the upper class, and colourOf greys an area without a value', () => {
  const classes = quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9], 4)!;
  assert.equal(classOf(2.99, classes), 0);
  assert.equal(classOf(3, classes), 1);
  assert.equal(classOf(9, classes), 3);
  assert.equal(classOf(null, classes), null);
  assert.equal(colourOf(null, classes), NO_DATA_COLOUR);
  assert.equal(colourOf(8, classes), SEQUENTIAL_SCALE[4]);
});

test('betterEnd names the high end better for an increase, the low end for a decrease, and none without a direction', () => {
  assert.equal(betterEnd('increase'), 'high');
  assert.equal(betterEnd('decrease'), 'low');
  assert.equal(betterEnd(null), null);
});

const AREAS: ChoroplethArea[] = [
  { code: 'BD-01', name: 'Bandarban', value: 29.54, derived: false },
  { code: 'BD-13', name: 'Dhaka', value: 60.97, derived: false },
  { code: 'BD-A', name: 'Barishal <division>', value: 28.98, derived: true },
  { code: 'BD-99', name: 'Nowhere', value: null, derived: false },
];

test('choroplethOption fills each area with its class colour, hatches derived values, greys missing ones and escapes tooltip text', () => {
  const classes = quantileBreaks([29.54, 60.97, 28.98], 5)!;
  const option = choroplethOption('sdg-district', AREAS, classes, {
    description: 'Map of internet use by districts in 2022',
    tooltip: (a) => (a.value === null ? [a.name, 'No data'] : [a.name, `${a.value} %`, ...(a.derived ? ['Derived'] : [])]),
  });
  const series = (option.series as { map: string; nameProperty: string; data: { name: string; itemStyle: { areaColor: string; decal?: unknown }; tooltip: { formatter: string } }[] }[])[0]!;
  assert.equal(series.map, 'sdg-district');
  assert.equal(series.nameProperty, 'code');
  // three distinct values → three classes: 28.98 | 29.54 | 60.97 over steps 0, 2, 4
  assert.deepEqual(series.data.map((d) => d.itemStyle.areaColor), [SEQUENTIAL_SCALE[2], SEQUENTIAL_SCALE[4], SEQUENTIAL_SCALE[0], NO_DATA_COLOUR]);
  assert.deepEqual(series.data.map((d) => d.itemStyle.decal !== undefined), [false, false, true, false]);
  assert.equal(series.data[2]!.tooltip.formatter, 'Barishal &#60;division&#62;<br/>28.98 %<br/>Derived');
  const result = matchSnapshot('choropleth-option', option);
  assert.ok(result.ok, result.message);
});

test('choroplethOption builds 400 areas in a few milliseconds (the year slider rebuilds it on every step)', () => {
  const areas = Array.from({ length: 400 }, (_, i) => ({ code: `A-${i}`, name: `Area ${i}`, value: (i * 37) % 101, derived: i % 5 === 0 }));
  const classes = quantileBreaks(areas.map((a) => a.value))!;
  const started = performance.now();
  for (let run = 0; run < 20; run++) choroplethOption('sdg-synthetic', areas, classes, { description: '', tooltip: (a) => [a.name] });
  const each = (performance.now() - started) / 20;
  assert.ok(each < 20, `one option of 400 areas took ${each.toFixed(2)} ms`);
});

test('toGo measures what an area still lacks in the desired direction: 100 − 29.54 = 70.46 to go; below a decrease target it is met', () => {
  const target = (direction: 'increase' | 'decrease', value: number) => ({ source: 'global' as const, direction, milestones: {}, target: { year: 2030, value } });
  assert.equal(Number(toGo({ value: 29.54, target: target('increase', 100) })!.toFixed(6)), 70.46);
  // share of households drinking surface water, to fall to 0.5: 0.939 − 0.5 = 0.439 still to go; 0.4 is already below it
  assert.equal(Number(toGo({ value: 0.939, target: target('decrease', 0.5) })!.toFixed(6)), 0.439);
  assert.ok(toGo({ value: 0.4, target: target('decrease', 0.5) })! <= 0);
  assert.equal(toGo({ value: 3, target: null }), null);
});
