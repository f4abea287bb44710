import { GraphChart } from 'echarts/charts';
import { AriaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { chartLabel, useEChart, useEChartOption } from '../charts/use-echart.ts';

echarts.use([GraphChart, TooltipComponent, AriaComponent, SVGRenderer]);

/** The replication network drawn as SVG; the option's ARIA description is its accessible name. */
export function NetworkChart({ option }: { option: EChartsOption }) {
  const drawn = useEChart();
  useEChartOption(drawn, option);
  return <div ref={drawn.container} className="innet__chart" role="img" aria-label={chartLabel(option)} dir="ltr" data-testid="innet-graph" />;
}
