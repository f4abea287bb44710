import type { EChartsOption } from 'echarts';

/**
 * Data availability as horizontal bars, one per group (goal, tier, organisation): indicators with data stacked
 * before those without, so the bar's length is the group's size. Pure: the page gives the words and colours.
 */

/** One bar: its label, colour of the "with data" part (a goal's colour), and counts. */
export interface AvailabilityRow {
  label: string;
  colour?: string;
  withData: number;
  total: number;
}

/** Words the chart needs. */
export interface AvailabilityLabels {
  withData: string;
  withoutData: string;
  /** Tooltip of a bar: `No poverty: 9 of 13 with data`. */
  bar(label: string, withData: number, total: number): string;
  description: string;
  axis: string;
  labelWidth: number;
}

/** The colour of the "with data" part where a row names none; the part without data is light grey. */
const WITH_DATA = '#2e7d32';
const WITHOUT_DATA = '#d3d9e0';

/**
 * @example availabilityOption([{ label: 'Tier I', withData: 131, total: 142 }], labels).series // two stacked bar series
 */
export function availabilityOption(rows: readonly AvailabilityRow[], labels: AvailabilityLabels): EChartsOption {
  const tooltip = (p: unknown) => {
    const row = rows[(p as { dataIndex: number }).dataIndex]!;
    return escape(labels.bar(row.label, row.withData, row.total));
  };
  return {
    aria: { enabled: true, label: { description: labels.description } },
    animation: false,
    grid: { left: labels.labelWidth + 12, right: 16, top: 28, bottom: 40 },
    legend: { top: 0, left: 'center', data: [labels.withData, labels.withoutData] },
    tooltip: { trigger: 'item', formatter: tooltip },
    xAxis: { type: 'value', minInterval: 1, name: labels.axis, nameLocation: 'middle', nameGap: 26 },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.label), axisTick: { show: false },
      axisLabel: { width: labels.labelWidth, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar', stack: 'n', name: labels.withData, barWidth: 14, itemStyle: { color: WITH_DATA },
        data: rows.map((r) => ({ value: r.withData, itemStyle: { color: r.colour ?? WITH_DATA } })),
      },
      { type: 'bar', stack: 'n', name: labels.withoutData, barWidth: 14, itemStyle: { color: WITHOUT_DATA }, data: rows.map((r) => r.total - r.withData) },
    ],
  };
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
