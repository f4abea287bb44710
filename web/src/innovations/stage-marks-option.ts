import type { EChartsOption } from 'echarts';

/** A point of an indicator's headline series: the year as a number and its value. */
export interface YearValue { year: number; label: string; value: number }
/** A dated stage of a case: where it falls on the year axis (`2013-07-01` → 2013.5) and its name. */
export interface StageMark { at: number; label: string; date: string }

/**
 * The decimal year of an ISO date: `2013` → 2013, `2013-07` → 2013.5, `2013-07-01` → 2013.5 (months only; days are
 * finer than an annual series can show). Null for text that is no date.
 */
export function decimalYear(date: string | null | undefined): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return null;
  return Number(m[1]) + (m[2] ? (Number(m[2]) - 1) / 12 : 0);
}

/**
 * An indicator's headline series as a line over the years, with a vertical line at each dated stage of a case, so
 * what the data did before and after each stage shows; the x axis spans the series and the marks.
 */
export function stageMarksOption(points: readonly YearValue[], marks: readonly StageMark[], words: {
  description: string; name: string; format(v: number): string; year(v: number): string;
}): EChartsOption {
  const xs = [...points.map((p) => p.year), ...marks.map((m) => m.at)];
  return {
    aria: { enabled: true, label: { description: words.description } },
    animation: false,
    grid: { left: 56, right: 24, top: 32, bottom: 32 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => words.format(Number(v)) },
    xAxis: {
      type: 'value', min: Math.floor(Math.min(...xs)), max: Math.ceil(Math.max(...xs)), minInterval: 1,
      axisLabel: { formatter: (v: number) => words.year(v) },
    },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => words.format(v) } },
    series: [{
      type: 'line', name: words.name, data: points.map((p) => [p.year, p.value]), symbolSize: 6, itemStyle: { color: '#1f6f8b' },
      markLine: {
        symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#a0522d' },
        label: { formatter: (d) => (d as { name?: string }).name ?? '', position: 'insideEndTop', color: '#6b3214' },
        data: marks.map((m) => ({ xAxis: m.at, name: m.label })),
      },
    }],
  };
}
