import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Observation } from '../../web/src/api/types.ts';
import { chartOption, type ChartLabels } from '../../web/src/charts/chart-option.ts';
import { COMPARE, type Selection } from '../../web/src/indicator/selection.ts';
import { matchSnapshot } from './snapshot.ts';

const observations = JSON.parse(
  readFileSync(new URL('./fixtures/sh-dyn-mort-bgd.json', import.meta.url), 'utf8'),
) as Observation[];

const SEX_NAMES: Record<string, string> = { _T: 'Both sexes', F: 'Female', M: 'Male' };

const labels: ChartLabels = {
  title: 'Under-five mortality rate',
  unit: 'deaths per 1,000 live births',
  colour: '#4C9F38',
  total: 'Total',
  codeName: (dimension, code) => (dimension === 'SEX' ? (SEX_NAMES[code] ?? code) : code),
  categoryOrder: (dimension) => (dimension === 'SEX' ? ['_T', 'F', 'M'] : []),
  formatValue: (value) => value.toFixed(1),
  describe: (s) =>
    `${s.kind} chart of ${s.title} (${s.unit}), ${s.from}–${s.to}: ` +
    s.lines.map((l) => `${l.name} ${l.value} in ${l.period}`).join('; ') + (s.more ? `; and ${s.more} more` : ''),
};

function selection(dimensions: Record<string, string>): Selection {
  return { series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: 'BD', dimensions: { AGE: 'Y0T4', ...dimensions } };
}

function assertSnapshot(name: string, value: unknown): void {
  const result = matchSnapshot(name, value);
  assert.ok(result.ok, result.message);
}

test('chartOption draws the both-sexes under-five mortality rate as one line with no legend', () => {
  const option = chartOption(observations, selection({ SEX: '_T' }), labels, 'line');
  const series = option.series as { name: string; data: (number | null)[] }[];
  assert.equal(series.length, 1);
  assert.equal(series[0]!.name, 'Both sexes');
  assert.equal(series[0]!.data.at(-1), 27.3);
  assertSnapshot('chart-option-line-total', option);
});

test('chartOption compares the sexes as one line each, total first, and says so in its ARIA description', () => {
  const option = chartOption(observations, selection({ SEX: COMPARE }), labels, 'line');
  const series = option.series as { name: string; data: (number | null)[] }[];
  assert.deepEqual(series.map((s) => [s.name, s.data.at(-1)]), [['Both sexes', 27.3], ['Female', 25.2], ['Male', 29.2]]);
  const aria = option.aria as { label: { description: string } };
  assert.match(aria.label.description, /Female 25\.2 in 2021; Male 29\.2 in 2021/);
  assertSnapshot('chart-option-line-compare-sex', option);
});

test('chartOption draws bars for a bar graph type, one category per year', () => {
  const option = chartOption(observations, selection({ SEX: 'F' }), labels, 'bar');
  const series = option.series as { type: string; name: string }[];
  assert.deepEqual(series.map((s) => [s.type, s.name]), [['bar', 'Female']]);
  assert.equal((option.xAxis as { data: string[] }).data.length, 12);
  assertSnapshot('chart-option-bar-female', option);
});

test('chartOption of a selection without observations has no series and an empty period axis', () => {
  const option = chartOption(observations, { ...selection({ SEX: '_T' }), area: 'BD-C' }, labels, 'line');
  assert.deepEqual(option.series, []);
  assert.deepEqual((option.xAxis as { data: string[] }).data, []);
});

const districts = JSON.parse(readFileSync(new URL('./fixtures/fin-account-dhaka-districts.json', import.meta.url), 'utf8')) as {
  areas: { code: string; name: string; level: string }[];
  observations: Observation[];
};
const districtLabels: ChartLabels = {
  ...labels,
  title: 'Population aged 15+ with an account at a financial institution',
  unit: '%',
  colour: '#A21942',
  codeName: (dimension, code) => (dimension === 'REF_AREA' ? (districts.areas.find((a) => a.code === code)?.name ?? code) : code),
};

test('chartOption ranks the districts of one census year as horizontal bars, highest first', () => {
  const selection: Selection = {
    series: 'FIN_ACCOUNT_15PLUS', unit: 'percent', area: COMPARE, dimensions: { AGE: 'Y_GE15', SEX: '_T', URBANISATION: '_T' },
  };
  const option = chartOption(districts.observations, selection, districtLabels, 'line');
  const axis = option.yAxis as { type: string; data: string[] };
  const values = (option.series as { data: number[] }[])[0]!.data;
  assert.equal(axis.type, 'category');
  assert.equal(axis.data.length, 13);
  assert.equal(axis.data[0], 'Dhaka');
  assert.deepEqual([...values].sort((a, b) => b - a), values, 'bars in descending order');
  assert.match((option.aria as { label: { description: string } }).label.description, /and 3 more/);
  assertSnapshot('chart-option-bar-districts', option);
});

test('chartOption draws a single period as one labelled bar named by its period, never as a lone dot', () => {
  const only2021 = observations.filter((o) => o.timePeriod === '2021');
  const option = chartOption(only2021, selection({ SEX: '_T' }), labels, 'line');
  const series = option.series as { type: string; data: number[]; label: { show: boolean } }[];
  assert.deepEqual(series.map((s) => [s.type, s.data, s.label.show]), [['bar', [27.3], true]]);
  assert.equal((option.xAxis as { name: string }).name, '2021');
  assertSnapshot('chart-option-bar-single-period', option);
});

test('chartOption writes periods with formatPeriod and rounds values with formatValue, in the axis and the spoken summary', () => {
  const bengali: ChartLabels = {
    ...labels,
    formatPeriod: (period) => period.replace(/[0-9]/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)]!),
    formatValue: (value) => String(Math.round(value)),
  };
  const option = chartOption(observations, selection({ SEX: 'F' }), bengali, 'line');
  assert.equal((option.xAxis as { data: string[] }).data.at(-1), '২০২১');
  const description = (option.aria as { label: { description: string } }).label.description;
  assert.match(description, /২০১০–২০২১: Female 25 in ২০২১$/);
});

test('chartOption names a lone bar of totals after its area rather than “Total”', () => {
  const dhaka: Selection = { series: 'FIN_ACCOUNT_15PLUS', unit: 'percent', area: 'BD-13', dimensions: { AGE: 'Y_GE15', SEX: '_T', URBANISATION: '_T' } };
  const option = chartOption(districts.observations, dhaka, districtLabels, 'line');
  assert.deepEqual((option.xAxis as { data: string[] }).data, ['Dhaka']);
});
