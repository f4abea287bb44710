import type { EChartsOption } from 'echarts';
import { textOn } from '../components/goal-colour.ts';

/**
 * The goals × classes chart of the progress dashboard, as ESCAP's and UNSD's progress charts draw it: one horizontal
 * bar per goal (top to bottom 1 → 17), stacked by the share of its assessed indicators in each class, best class
 * first; a goal's number sits on its colour beside the bar. Pure: the page gives the words and colours.
 */

/** One goal row: its code, colour and name, and its assessed indicators per class (absent when none in the scope). */
export interface SnapshotRow {
  code: string;
  colour: string;
  title: string;
  assessed: number;
  counts: Record<string, number>;
}

/** A class of the method, best first: id, name in words, colour. */
export interface SnapshotClass {
  id: string;
  name: string;
  colour: string;
}

/** Words the chart needs. */
export interface SnapshotLabels {
  /** The tooltip of a goal's class: `Substantial progress: 3 of 7 indicators (43%)`. */
  cell(className: string, count: number, assessed: number): string;
  /** The accessible description of the whole chart. */
  description: string;
  /** Axis title, e.g. `Share of assessed indicators`. */
  axis: string;
  /** A share in the page's digits, e.g. `0.4` → `40%`. */
  percent(share: number): string;
  /** A goal number in the page's digits, e.g. `3` → `৩` in Bengali. */
  code(code: string): string;
  /** Longest goal name beside the bars, in pixels (narrow screens show less). */
  labelWidth: number;
}

/**
 * @example progressSnapshotOption([{ code: '1', colour: '#E5243B', title: 'No poverty', assessed: 7,
 *   counts: { substantial_progress: 3, deterioration: 4 } }], classes, labels).series.length // one per class
 */
export function progressSnapshotOption(rows: readonly SnapshotRow[], classes: readonly SnapshotClass[], labels: SnapshotLabels): EChartsOption {
  const rich: Record<string, object> = {};
  for (const row of rows) {
    rich[`g${row.code}`] = { backgroundColor: row.colour, color: textOn(row.colour), fontWeight: 'bold', width: 22, align: 'center', padding: [3, 0], borderRadius: 3 };
  }
  rich.t = { color: '#1b1b1b', padding: [0, 6, 0, 0] };
  // ECharts cannot truncate one part of a rich label: the title is cut to what the label width holds (about 5.9 px a character).
  const chars = Math.max(4, Math.floor(labels.labelWidth / 5.9));
  return {
    aria: { enabled: true, label: { description: labels.description } },
    animation: false,
    grid: { left: labels.labelWidth + 36, right: 16, top: 8, bottom: 44 },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { seriesIndex, dataIndex } = p as { seriesIndex: number; dataIndex: number };
        const row = rows[dataIndex]!;
        const cls = classes[seriesIndex]!;
        return `${row.code}. ${escape(row.title)}<br>${escape(labels.cell(cls.name, row.counts[cls.id] ?? 0, row.assessed))}`;
      },
    },
    xAxis: {
      type: 'value', min: 0, max: 1, interval: 0.25, name: labels.axis, nameLocation: 'middle', nameGap: 28,
      axisLabel: { formatter: (v: number) => labels.percent(v) },
    },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.code),
      axisTick: { show: false },
      axisLabel: {
        formatter: (code: string) => `{t|${clip(rows.find((r) => r.code === code)?.title ?? '', chars)}}{g${code}|${labels.code(code)}}`,
        rich,
      },
    },
    series: classes.map((cls) => ({
      type: 'bar', stack: 'share', name: cls.name, barWidth: 16,
      itemStyle: { color: cls.colour, borderColor: '#fff', borderWidth: 0.5 },
      emphasis: { focus: 'none' },
      data: rows.map((r) => (r.assessed ? (r.counts[cls.id] ?? 0) / r.assessed : 0)),
    })),
  };
}

/** `text` cut to `max` characters with an ellipsis; ECharts rich-text markup characters removed. */
function clip(text: string, max: number): string {
  const plain = text.replace(/[{}|]/g, ' ');
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
