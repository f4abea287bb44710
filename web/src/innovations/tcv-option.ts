import type { EChartsOption } from 'echarts';
import type { TcvPair } from './innovations-api.ts';

/** How the TCV chart writes its words and numbers in the page language. */
export interface TcvWords {
  measure(pair: TcvPair): string;
  before: string;
  after: string;
  axis: string;
  /** A figure as worded by its source with its unit and evidence strength, e.g. `30-45 days (independent)`. */
  figure(f: NonNullable<TcvPair['baseline']>): string;
  percent(value: number): string;
  description: string;
}

/** The value of a figure as the middle of its range (`30-45` → 37.5), or null when it has no number. */
export function midValue(f: TcvPair['baseline']): number | null {
  if (!f || f.valueLow === null) return null;
  return (f.valueLow + (f.valueHigh ?? f.valueLow)) / 2;
}

/**
 * Grouped bars, one group per measure (time, cost, visits…): before at 100 and after as a share of before, since the
 * measures have different units (`1045` → `80` BDT draws 100 and 7.66). The tooltip gives each figure as its source
 * words it, with the strength of its evidence.
 */
export function tcvOption(pairs: readonly TcvPair[], words: TcvWords): EChartsOption {
  const shown = pairs.filter((p) => midValue(p.baseline) !== null && midValue(p.post) !== null && midValue(p.baseline)! > 0);
  const share = (p: TcvPair) => (midValue(p.post)! / midValue(p.baseline)!) * 100;
  const label = (p: TcvPair, phase: 'baseline' | 'post') => words.figure(p[phase]!);
  return {
    aria: { enabled: true, label: { description: words.description } },
    animation: false,
    grid: { left: 48, right: 16, top: 40, bottom: 80, containLabel: false },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      formatter: (items) => {
        const list = Array.isArray(items) ? items : [items];
        const p = shown[list[0]?.dataIndex ?? 0];
        if (!p) return '';
        return [words.measure(p), `${words.before}: ${label(p, 'baseline')}`, `${words.after}: ${label(p, 'post')}`].join('<br>');
      },
    },
    xAxis: { type: 'category', data: shown.map((p) => words.measure(p)), axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    yAxis: { type: 'value', name: words.axis, max: 100, axisLabel: { formatter: (v: number) => words.percent(v) } },
    series: [
      { type: 'bar', name: words.before, data: shown.map(() => 100), itemStyle: { color: '#8a99a8' } },
      { type: 'bar', name: words.after, data: shown.map((p) => Number(share(p).toFixed(2))), itemStyle: { color: '#1f6f8b' } },
    ],
  };
}
