import type { EChartsOption } from 'echarts';
import type { YearGap } from './gaps-api.ts';

/** Colours of group a and group b (contrast ≥ 3:1 on white, told apart by line style too). */
const COLOURS = ['#b3401a', '#1f5f99'] as const;

/**
 * The ECharts option of a pair over time: group a (solid) and group b (dashed) in the years both have, with the
 * gap and the parity ratio in the tooltip. `format` writes numbers and years in the page's digits; `description`
 * is the chart's accessible name.
 * @example gapChartOption(years, { a: 'Female', b: 'Male' }, { format: String, year: String, description: 'Female and male' })
 */
export function gapChartOption(
  years: readonly YearGap[],
  names: { a: string; b: string },
  text: { format(value: number): string; year(year: number): string; description: string; gap: string; ratio: string },
): EChartsOption {
  const line = (name: string, values: number[], i: 0 | 1) => ({
    type: 'line' as const, name, data: values.map((v, k) => [years[k]!.year, v]), symbolSize: 7, color: COLOURS[i],
    lineStyle: { width: 2.5, type: i === 0 ? ('solid' as const) : ('dashed' as const) },
    symbol: i === 0 ? 'circle' : 'rect',
  });
  return {
    aria: { enabled: true, label: { description: text.description } },
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [names.a, names.b] },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
        const y = years[index]!;
        return [
          text.year(y.year), `${names.a}: ${text.format(y.a)}`, `${names.b}: ${text.format(y.b)}`,
          `${text.gap}: ${text.format(y.gap)}`, `${text.ratio}: ${y.ratio === null ? '–' : text.format(y.ratio)}`,
        ].join('<br>');
      },
    },
    // Years on a value axis, so uneven gaps between surveys keep their true width.
    xAxis: {
      type: 'value', min: years[0]?.year, max: years.at(-1)?.year, minInterval: 1, splitLine: { show: false },
      axisLabel: { formatter: (v: number) => text.year(v), hideOverlap: true },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => text.format(v) } },
    series: [line(names.a, years.map((y) => y.a), 0), line(names.b, years.map((y) => y.b), 1)],
  };
}
