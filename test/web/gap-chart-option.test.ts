import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gapChartOption } from '../../web/src/gaps/gap-chart-option.ts';

describe('gapChartOption', () => {
  const years = [
    { year: 2000, a: 3.32, b: 3.24, gap: 0.08, ratio: 3.32 / 3.24, adjustedRatio: 2 - 3.24 / 3.32 },
    { year: 2017, a: 6.68, b: 3.32, gap: 3.36, ratio: 6.68 / 3.32, adjustedRatio: 2 - 3.32 / 6.68 },
  ];
  const option = gapChartOption(years, { a: 'Female', b: 'Male' }, {
    format: (v) => v.toFixed(2), year: String, description: 'Female vs Male over time', gap: 'Gap', ratio: 'Parity ratio',
  });

  it('draws group a solid and group b dashed at their true years, with the description as accessible name', () => {
    const series = option.series as { name: string; data: [number, number][]; lineStyle: { type: string } }[];
    assert.deepEqual(series.map((s) => [s.name, s.lineStyle.type, s.data]), [
      ['Female', 'solid', [[2000, 3.32], [2017, 6.68]]],
      ['Male', 'dashed', [[2000, 3.24], [2017, 3.32]]],
    ]);
    assert.deepEqual([(option.xAxis as { min: number }).min, (option.xAxis as { max: number }).max], [2000, 2017]);
    assert.equal((option.aria as { label: { description: string } }).label.description, 'Female vs Male over time');
  });

  it('writes the year, both values, the gap and the parity ratio in the tooltip', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    // 6.68 / 3.32 = 2.012 → 2.01
    assert.equal(formatter([{ dataIndex: 1 }]), '2017<br>Female: 6.68<br>Male: 3.32<br>Gap: 3.36<br>Parity ratio: 2.01');
  });
});
