import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { chartLabel, useEChart, useEChartOption } from '../charts/use-echart.ts';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

/** A chart of the innovation pages (TCV bars, an indicator's series with stage dates), its ARIA description its name. */
export function InnovationChart({ option, className }: { option: EChartsOption; className: string }) {
  const drawn = useEChart();
  useEChartOption(drawn, option);
  return <div ref={drawn.container} className={className} role="img" aria-label={chartLabel(option)} dir="ltr" />;
}
