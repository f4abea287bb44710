import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { chartLabel, useEChart, useEChartOption } from '../charts/use-echart.ts';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * A small line chart of two groups (see `gapChartOption`), drawn as SVG in a container that follows its width; the
 * option's ARIA description is its accessible name. Loaded lazily with the charting library.
 */
export function GapChart({ option }: { option: EChartsOption }) {
  const drawn = useEChart();
  useEChartOption(drawn, option);
  // ECharts lays text out left to right; in a right-to-left page its legend would overlap.
  return <div ref={drawn.container} className="gaps-chart" role="img" aria-label={chartLabel(option)} dir="ltr" />;
}
