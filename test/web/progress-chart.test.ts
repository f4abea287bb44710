import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { projectBoth } from '../../src/analysis/progress/index.ts';
import type { Observation } from '../../web/src/api/types.ts';
import { chartOption, type ChartLabels } from '../../web/src/charts/chart-option.ts';
import { withProgress, type ProgressOverlayLabels } from '../../web/src/charts/progress-option.ts';
import { linesOf, periodsOf } from '../../web/src/indicator/lines.ts';
import type { Selection } from '../../web/src/indicator/selection.ts';
import { keyOverlay, overlayLines, overlaySummary } from '../../web/src/progress/key-overlay.ts';
import type { ProgressKey } from '../../web/src/progress/progress-types.ts';
import { matchSnapshot } from './snapshot.ts';
import { englishWords } from './english-words.ts';

const observations = JSON.parse(readFileSync(new URL('./fixtures/sh-dyn-mort-bgd.json', import.meta.url), 'utf8')) as Observation[];
const i18n = englishWords;

const labels: ChartLabels = {
  title: 'Under-five mortality rate', unit: 'deaths per 1,000 live births', colour: '#4C9F38', total: 'Total',
  codeName: (dimension, code) => (dimension === 'SEX' ? ({ _T: 'Both sexes', F: 'Female', M: 'Male' }[code] ?? code) : code),
  formatValue: (value) => value.toFixed(1),
  describe: (s) => `${s.kind} chart of ${s.title}, ${s.from}–${s.to}: ` + s.lines.map((l) => `${l.name} ${l.value} in ${l.period}`).join('; '),
};
const overlayLabels = (key: ProgressKey): ProgressOverlayLabels => ({
  milestone: 'Milestone', baseline: 'Baseline', formatValue: (v) => v.toFixed(1), summary: overlaySummary(key, i18n),
});
const selection: Selection = { series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: 'BD', dimensions: { AGE: 'Y0T4', SEX: '_T' } };

/**
 * The both-sexes under-five mortality key as `GET /progress/indicators/3.2.1` gives it: the fixture's 2010–2021 values,
 * base 2015 (38), the global rule "≤ 25 per 1,000" → 25 by 2030, projections from the base year on.
 */
function underFiveKey(target: ProgressKey['target'] = {
  source: 'global', direction: 'decrease', milestones: {}, target: { year: 2030, value: 25 }, rule: '≤ 25 per 1,000',
}): ProgressKey {
  const points = observations.filter((o) => o.dimensions.SEX === '_T').map((o) => ({ year: Number(o.timePeriod), value: o.value }));
  const projections = projectBoth({ series: points.filter((p) => p.year >= 2015), direction: 'decrease', target: target!.target! });
  return {
    series: 'SH_DYN_MORT', seriesName: 'Under-five mortality rate', unit: 'PER_1000_LIVE_BIRTHS', area: 'BD',
    dimensions: { AGE: 'Y0T4', SEX: '_T' }, points, base: { year: 2015, value: 38 }, target, gapReason: null,
    results: { opensdg: { status: 'substantial_progress', score: 5, ratio: 1.948 } },
    projections: {
      cagr: { ...projections.cagr, metYear: projections.cagr.metYear },
      linear: { ...projections.linear, metYear: projections.linear.metYear },
    },
    gap: null,
  };
}

function drawn(key: ProgressKey, show = { cagr: true, linear: true }) {
  const lines = linesOf(observations, selection);
  return withProgress(chartOption(observations, selection, labels, 'line'), periodsOf(lines), keyOverlay(key, show, i18n), overlayLabels(key));
}

type Drawn = { name: string; data: (number | null | { value: number })[]; lineStyle?: { type?: unknown } }[];
const valueAt = (d: Drawn[number]['data'][number]) => (d !== null && typeof d === 'object' ? d.value : d);

test('withProgress extends the 2010–2021 under-five chart to 2030 and draws the global target, the baseline and both projections', () => {
  const option = drawn(underFiveKey());
  const years = (option.xAxis as { data: string[] }).data;
  assert.equal(years[0], '2010');
  assert.equal(years.at(-1), '2030');
  assert.equal(years.length, 21, '2010…2030');
  const series = option.series as Drawn;
  assert.deepEqual(series.map((s) => s.name), ['Both sexes', 'Global target (≤ 25 per 1,000)', 'Baseline', 'Projection (CAGR)', 'Projection (linear trend)']);
  const [observed, target, baseline, cagr, linear] = series as [Drawn[number], Drawn[number], Drawn[number], Drawn[number], Drawn[number]];
  assert.equal(observed.data.at(11), 27.3, '2021 observed');
  assert.deepEqual(observed.data.slice(12), Array(9).fill(null), 'no observations 2022–2030');
  // the target runs from the base year 2015 (index 5) to 2030 (index 20) at 25, and is marked at 2030
  assert.deepEqual(target.data.map(valueAt).slice(4, 6), [null, 25]);
  assert.equal(valueAt(target.data[20]!), 25);
  assert.equal((target.data[20] as unknown as { symbol: string }).symbol, 'diamond');
  assert.equal(baseline.data[5], 38);
  // CAGR from the base 2015 (38) to 2021 (27.3): (27.3 / 38)^(1/6) − 1 = −0.05363; 2030: 27.3 × 0.94637^9 = 16.62
  assert.equal(cagr.data[11], 27.3, 'the projection starts at the latest observation');
  assert.equal(Math.round((cagr.data[20] as number) * 100) / 100, 16.62);
  assert.equal(cagr.lineStyle?.type, 'dashed');
  // least squares through 2015–2021 (38, 36, 34.1, 32.2, 30.4, 28.8, 27.3): x̄ 2018, ȳ 32.4, slope −50.2 / 28 = −1.7929;
  // 2030: 32.4 − 12 × 1.7929 = 10.89
  assert.equal(Math.round((linear.data[20] as number) * 100) / 100, 10.89);
  assert.equal(linear.lineStyle?.type, 'dotted');
  const description = (option.aria as { label: { description: string } }).label.description;
  // CAGR crossing: 2021 + ln(25 / 27.3) / ln(0.94637) = 2021 + 1.597 → met 2023
  assert.match(description, /Both sexes 27\.3 in 2021\. Global target \(≤ 25 per 1,000\): 25 by 2030; met in 2023 at the current pace\.$/);
  matchSnapshotOk('chart-option-progress-under-five', option);
});

test('withProgress leaves out a projection the reader switched off', () => {
  const names = (drawn(underFiveKey(), { cagr: true, linear: false }).series as Drawn).map((s) => s.name);
  assert.deepEqual(names, ['Both sexes', 'Global target (≤ 25 per 1,000)', 'Baseline', 'Projection (CAGR)']);
});

test('withProgress draws a national target named as such, with its 2020 and 2025 milestones and its baseline', () => {
  const national = underFiveKey({
    source: 'national', direction: 'decrease', baseline: { year: 2015, value: 38 }, milestones: { 2025: 30, 2020: 33 }, target: { year: 2030, value: 25 },
  });
  const series = drawn(national).series as Drawn;
  assert.equal(series[1]!.name, 'National target');
  const milestones = series.find((s) => s.name === 'Milestone')!;
  // 2010 is index 0: 2020 → 10, 2025 → 15
  assert.deepEqual([milestones.data[10], milestones.data[15]], [33, 30]);
  assert.equal(milestones.data.filter((v) => v !== null).length, 2);
});

test('withProgress returns a one-period chart unchanged', () => {
  const only2021 = observations.filter((o) => o.timePeriod === '2021');
  const option = chartOption(only2021, selection, labels, 'line');
  assert.equal(withProgress(option, ['2021'], keyOverlay(underFiveKey(), { cagr: true, linear: true }, i18n), overlayLabels(underFiveKey())), option);
});

test('overlayLines gives the table a target, a baseline and projection columns whose rows after 2021 read “(projected)”', () => {
  const key = underFiveKey();
  const overlay = keyOverlay(key, { cagr: true, linear: true }, i18n);
  const { lines, names } = overlayLines(overlay, key, i18n, 'Milestone', 'Baseline');
  assert.deepEqual(names, ['Global target (≤ 25 per 1,000)', 'Baseline', 'Projection (CAGR)', 'Projection (linear trend)']);
  assert.deepEqual(lines[0]!.points.map((p) => [p.timePeriod, p.value]), [['2030 (projected)', 25]]);
  assert.deepEqual(lines[1]!.points.map((p) => [p.timePeriod, p.value]), [['2015', 38]]);
  const cagr = lines[2]!.points;
  assert.equal(cagr.length, 9, '2022…2030');
  assert.equal(cagr[0]!.timePeriod, '2022 (projected)');
  // 2022: 27.3 × 0.94637 = 25.84
  assert.equal(Math.round(cagr[0]!.value * 100) / 100, 25.84);
});

test('keyOverlay keeps a falling projection of a rate from going below 0', () => {
  // 1.1.1 working poverty, 2015 12.82 → 2022 2.74: the least-squares line crosses 0 before 2030
  const key: ProgressKey = {
    ...underFiveKey(), points: [{ year: 2015, value: 12.82 }, { year: 2022, value: 2.74 }],
    projections: { cagr: { method: 'cagr', points: [], metYear: null, reason: 'not_by_2100' },
      linear: { method: 'linear', points: [{ year: 2023, value: 1.3 }, { year: 2024, value: -0.14 }], metYear: 2024 } },
  };
  const overlay = keyOverlay(key, { cagr: true, linear: true }, i18n);
  assert.deepEqual(overlay.bounds, { min: 0 });
  const { lines } = overlayLines(overlay, key, i18n, 'Milestone', 'Baseline');
  assert.deepEqual(lines.at(-1)!.points.map((p) => p.value), [1.3, 0]);
});

function matchSnapshotOk(name: string, value: unknown): void {
  const result = matchSnapshot(name, value);
  assert.ok(result.ok, result.message);
}
