import type { EChartsOption } from 'echarts';
import type { Observation } from '../api/types.ts';
import { lineName, linesOf, periodsOf, varyingDimensions, type CategoryNames, type Line } from '../indicator/lines.ts';
import { AREA, COMPARE, type Selection } from '../indicator/selection.ts';

/** How a chart is drawn: Open SDG's `graph_type` reduced to what the site draws (`binary` data draw as bars). */
export type ChartKind = 'line' | 'bar';

/** Everything a chart says in words, already in the reader's language. */
export interface ChartLabels extends CategoryNames {
  /** The chart's subject, e.g. `Under-five mortality rate`. */
  title: string;
  /** The unit in words, e.g. `deaths per 1,000 live births`. */
  unit: string;
  /** The goal's colour, which the first line takes, e.g. `#4C9F38`. */
  colour: string;
  /** Order of a dimension's categories, e.g. `SEX → ['_T', 'F', 'M']`. */
  categoryOrder?: (dimension: string) => readonly string[];
  /** A data value as shown, rounded as the table rounds it, e.g. `61.79923` → `61.8`. */
  formatValue(value: number): string;
  /** A period as shown, in the page's digits, e.g. `2021` → `২০২১`; unchanged when absent. */
  formatPeriod?(period: string): string;
  /** The sentence a screen reader hears for the chart, built from {@link ChartSummary}. */
  describe(summary: ChartSummary): string;
}

/**
 * The facts a chart's spoken summary gives: its kind, subject, period covered and the latest value of each line
 * (at most {@link SUMMARY_LINES}; `more` counts the others, which the table lists).
 */
export interface ChartSummary {
  kind: ChartKind;
  title: string;
  unit: string;
  from: string;
  to: string;
  lines: { name: string; period: string; value: string }[];
  more: number;
}

/** Lines a spoken summary names before it says "and N more". */
export const SUMMARY_LINES = 10;
/** Categories from which a one-period chart lays its bars horizontally, so long names (districts) stay readable. */
const HORIZONTAL_FROM = 9;

/** Line colours after the goal colour: the Okabe–Ito palette, distinguishable with common colour-vision deficiencies. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
/** Lines also differ by dash and marker, so they can be told apart without colour. */
const DASHES = ['solid', 'dashed', 'dotted'] as const;
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect', 'emptyTriangle'];

/**
 * The ECharts option that draws the observations of a selection: one line (or bar group) per compared category,
 * periods on the category axis in time order, the unit on the value axis, and an ARIA description summarising the
 * chart for screen readers. Data of a single period are drawn as labelled bars, never as a lone dot. Pure: same
 * input, same option.
 * @example
 * chartOption(observations, { series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: 'BD', dimensions: { SEX: '*' } }, labels)
 * // { xAxis: { type: 'category', data: ['2000', …, '2021'] }, series: [{ name: 'Both sexes', … }, { name: 'Female', … }, …], … }
 */
export function chartOption(
  observations: readonly Observation[],
  selection: Selection,
  labels: ChartLabels,
  kind: ChartKind = 'line',
): EChartsOption {
  const lines = linesOf(observations, selection, labels.categoryOrder);
  const periods = periodsOf(lines);
  const varying = varyingDimensions(observations, selection);
  const names = lines.map((line) => lineName(line, varying, labels));
  const colours = [labels.colour, ...PALETTE.filter((c) => c.toLowerCase() !== labels.colour.toLowerCase())];
  if (periods.length === 1) return crossSectionOption(lines, names, periods[0]!, selection, labels);
  const period = labels.formatPeriod ?? ((p: string) => p);

  return {
    animationDuration: 300,
    color: colours,
    aria: {
      enabled: true,
      label: { description: labels.describe(chartSummary(lines, periods, names, labels, kind)) },
      decal: { show: false },
    },
    grid: { left: 8, right: 24, top: 48, bottom: lines.length > 1 ? 56 : 24 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? labels.formatValue(value) : '–'),
    },
    legend: { show: lines.length > 1, bottom: 0, type: 'scroll', data: names },
    xAxis: {
      type: 'category',
      data: periods.map(period),
      boundaryGap: kind === 'bar',
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: labels.unit,
      nameLocation: 'end',
      nameGap: 16,
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (value: number) => labels.formatValue(value) },
    },
    series: lines.map((line, i) => seriesOf(line, names[i]!, periods, i, kind)),
  };
}

/**
 * A one-period chart: one bar per line (category or area, or a single bar), each labelled with its value, ranked by
 * value when areas are compared, laid horizontally when there are many; the period names the category axis.
 */
function crossSectionOption(lines: readonly Line[], names: readonly string[], period: string, selection: Selection, labels: ChartLabels): EChartsOption {
  // a lone bar of totals is better named by its area ("Dhaka") than as "Total"
  const single = lines.length === 1 && names[0] === labels.total && selection.area && selection.area !== COMPARE;
  let bars = lines.map((line, i) => ({ name: single ? labels.codeName(AREA, selection.area!) : names[i]!, value: line.points[0]!.value, line }));
  if (selection.area === COMPARE) bars = [...bars].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const horizontal = bars.length >= HORIZONTAL_FROM;
  const periodName = labels.formatPeriod?.(period) ?? period;
  const category = { type: 'category' as const, data: bars.map((b) => b.name), inverse: horizontal, axisTick: { alignWithLabel: true },
    name: periodName, nameLocation: horizontal ? ('start' as const) : ('middle' as const), nameGap: horizontal ? 12 : 40,
    nameTextStyle: horizontal ? { align: 'right' as const, fontWeight: 'bold' as const } : { fontWeight: 'bold' as const },
    axisLabel: horizontal ? { interval: 0 } : { interval: 0, overflow: 'break' as const, width: 96 } };
  const value = { type: 'value' as const, name: labels.unit, nameLocation: 'end' as const, nameGap: 16,
    axisLabel: { formatter: (v: number) => labels.formatValue(v) } };
  const summary = chartSummary(bars.map((b) => b.line), [period], bars.map((b) => b.name), labels, 'bar');
  return {
    animationDuration: 300,
    color: [labels.colour],
    aria: { enabled: true, label: { description: labels.describe(summary) }, decal: { show: false } },
    grid: { left: 8, right: 32, top: 40, bottom: horizontal ? 16 : 48 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? labels.formatValue(v) : '–') },
    legend: { show: false },
    xAxis: horizontal ? { ...value, nameLocation: 'end', nameTextStyle: { align: 'right', verticalAlign: 'top' }, nameGap: 24 } : category,
    yAxis: horizontal ? category : { ...value, nameTextStyle: { align: 'left' } },
    series: [{ type: 'bar', name: period, data: bars.map((b) => b.value), barMaxWidth: 28,
      label: { show: bars.length <= 30, position: horizontal ? 'right' : 'top', formatter: (p: { value: unknown }) => labels.formatValue(Number(p.value)) } }],
  };
}

/** Height in pixels a chart needs: more than the default when many horizontal bars are stacked. */
export function chartHeight(option: EChartsOption, minimum: number): number {
  const axis = option.yAxis as { type?: string; data?: unknown[] } | undefined;
  if (axis?.type !== 'category' || !axis.data) return minimum;
  return Math.max(minimum, axis.data.length * 22 + 90);
}

/** The facts of {@link ChartSummary} for the drawn lines. */
function chartSummary(lines: readonly Line[], periods: readonly string[], names: readonly string[], labels: ChartLabels, kind: ChartKind): ChartSummary {
  const period = labels.formatPeriod ?? ((p: string) => p);
  return {
    kind,
    title: labels.title,
    unit: labels.unit,
    from: periods[0] ? period(periods[0]) : '',
    to: periods.length > 0 ? period(periods[periods.length - 1]!) : '',
    lines: lines.slice(0, SUMMARY_LINES).map((line, i) => {
      const last = line.points[line.points.length - 1];
      return { name: names[i]!, period: last ? period(last.timePeriod) : '', value: last ? labels.formatValue(last.value) : '' };
    }),
    more: Math.max(0, lines.length - SUMMARY_LINES),
  };
}

function seriesOf(line: Line, name: string, periods: readonly string[], index: number, kind: ChartKind) {
  const byPeriod = new Map(line.points.map((p) => [p.timePeriod, p.value]));
  const data = periods.map((period) => byPeriod.get(period) ?? null);
  if (kind === 'bar') return { type: 'bar' as const, name, data, barMaxWidth: 28 };
  return {
    type: 'line' as const,
    name,
    data,
    connectNulls: true,
    symbol: SYMBOLS[index % SYMBOLS.length]!,
    symbolSize: 7,
    lineStyle: { width: 2.5, type: DASHES[index % DASHES.length]! },
    emphasis: { focus: 'series' as const },
  };
}
