import type { EChartsOption } from 'echarts';
import type { RankPoint } from '../api/scorecard.ts';

/** What the rank-trend chart needs in the reader's language. */
export interface RankTrendLabels {
  /** Axis name, e.g. "Rank". */
  rank: string;
  /** The chart's accessible description. */
  description: string;
  formatNumber(value: number): string;
  /** A year in the page's digits, without grouping: `2025` → `২০২৫`. */
  formatCycle(cycle: number): string;
  colour: string;
}

/**
 * The ECharts option of an organisation's rank cycle by cycle: one line, rank 1 at the top (the axis runs from 1 down
 * to the number of organisations ranked), a gap where it was not ranked. Pure.
 * @example rankTrendOption([{ cycle: 2025, rank: 3, composite: 0.4 }], 41, labels).yAxis // { inverse: true, min: 1, max: 41, … }
 */
export function rankTrendOption(history: readonly RankPoint[], ranked: number, labels: RankTrendLabels): EChartsOption {
  return {
    animationDuration: 300,
    color: [labels.colour],
    aria: { enabled: true, label: { description: labels.description }, decal: { show: false } },
    grid: { left: 8, right: 24, top: 44, bottom: 16, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? labels.formatNumber(v) : '–') },
    xAxis: { type: 'category', data: history.map((h) => labels.formatCycle(h.cycle)), boundaryGap: false },
    yAxis: {
      type: 'value', inverse: true, min: 1, max: Math.max(ranked, 2), minInterval: 1, name: labels.rank, nameLocation: 'start',
      nameGap: 14, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => labels.formatNumber(v) },
    },
    series: [{ type: 'line', name: labels.rank, data: history.map((h) => h.rank), connectNulls: false, symbolSize: 7 }],
  };
}

/**
 * A small line of ranks as an SVG path in a `width` × `height` box, rank 1 at the top and `ranked` at the bottom;
 * cycles without a rank break the line. Pure.
 * @example sparklinePath([{ cycle: 2024, rank: 1, composite: 1 }, { cycle: 2025, rank: 3, composite: 0.5 }], 3, 10, 10)
 * // 'M1,1L9,9'
 */
export function sparklinePath(history: readonly RankPoint[], ranked: number, width: number, height: number): string {
  const pad = 1;
  const n = history.length;
  const x = (i: number) => (n <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1));
  const y = (rank: number) => (ranked <= 1 ? height / 2 : pad + ((rank - 1) * (height - 2 * pad)) / (ranked - 1));
  let path = '';
  let drawing = false;
  history.forEach((h, i) => {
    if (h.rank === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${round(x(i))},${round(y(h.rank))}`;
    drawing = true;
  });
  return path;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
