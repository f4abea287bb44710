import assert from 'node:assert/strict';
import { test } from 'node:test';
import { availabilityOption } from '../../web/src/charts/availability-option.ts';
import { progressSnapshotOption, type SnapshotRow } from '../../web/src/charts/progress-snapshot-option.ts';
import { matchSnapshot } from './snapshot.ts';

function expectSnapshot(name: string, value: unknown): void {
  const result = matchSnapshot(name, value);
  assert.ok(result.ok, result.message);
}

/** Goals 1–3 of the Bangladesh snapshot by the Open SDG method (counts of assessed indicators per class). */
const ROWS: SnapshotRow[] = [
  { code: '1', colour: '#E5243B', title: 'No poverty', assessed: 7, counts: { substantial_progress: 3, moderate_progress: 1, limited_progress: 1, deterioration: 2 } },
  { code: '2', colour: '#DDA63A', title: 'Zero hunger', assessed: 10, counts: { target_achieved: 1, substantial_progress: 1, limited_progress: 6, deterioration: 2 } },
  { code: '7', colour: '#FCC30B', title: 'Affordable and clean energy', assessed: 0, counts: {} },
];
const CLASSES = [
  { id: 'target_achieved', name: 'Target achieved', colour: '#1d4f91' },
  { id: 'substantial_progress', name: 'Substantial progress', colour: '#3b7fc4' },
  { id: 'moderate_progress', name: 'Moderate progress', colour: '#fbc58c' },
  { id: 'limited_progress', name: 'Limited progress', colour: '#d9661f' },
  { id: 'deterioration', name: 'Deterioration', colour: '#8c2d04' },
];
const percent = (v: number) => `${Math.round(v * 100)}%`;

test('progressSnapshotOption stacks each goal\'s class shares of its assessed indicators: goal 2 limited progress 6 / 10 = 0.6', () => {
  const option = progressSnapshotOption(ROWS, CLASSES, {
    cell: (c, n, assessed) => `${c}: ${n} of ${assessed} (${percent(assessed ? n / assessed : 0)})`,
    description: 'Stacked bars for 3 goals', axis: 'Share of assessed indicators', percent, labelWidth: 120, code: (c) => c,
  });
  const series = option.series as { name: string; data: number[] }[];
  assert.deepEqual(series.map((s) => s.name), CLASSES.map((c) => c.name));
  assert.deepEqual(series[3]!.data, [1 / 7, 0.6, 0]);
  // A goal without assessed indicators draws no bar; the yellow of goal 7 takes dark text.
  assert.deepEqual(series.map((s) => s.data[2]), [0, 0, 0, 0, 0]);
  const label = (option.yAxis as { axisLabel: { formatter: (code: string) => string; rich: Record<string, { color: string }> } }).axisLabel;
  assert.equal(label.rich.g7!.color, '#1b1b1b');
  // 120 px hold 20 characters (5.9 px each): "Affordable and clean energy" is cut with an ellipsis.
  assert.equal(label.formatter('7'), '{t|Affordable and clea…}{g7|7}');
  expectSnapshot('dashboard-progress-snapshot', option);
});

test('availabilityOption stacks indicators with data before those without: tier I 131 of 142', () => {
  const option = availabilityOption([
    { label: 'Tier I', withData: 131, total: 142 },
    { label: 'Tier II', withData: 48, total: 86 },
    { label: '1. No poverty', colour: '#E5243B', withData: 9, total: 13 },
  ], {
    withData: 'With data', withoutData: 'Without data', bar: (l, w, t) => `${l}: ${w} of ${t} with data`,
    description: 'Bar chart by tier', axis: 'Indicators', labelWidth: 200,
  });
  const [withData, without] = option.series as { data: ({ value: number } | number)[] }[];
  assert.deepEqual(withData!.data.map((d) => (typeof d === 'number' ? d : d.value)), [131, 48, 9]);
  assert.deepEqual(without!.data, [11, 38, 4]);
  expectSnapshot('dashboard-availability', option);
});
