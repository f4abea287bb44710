import { GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { chartLabel, useEChart, useEChartOption } from '../charts/use-echart.ts';

echarts.use([HeatmapChart, GraphChart, ScatterChart, GridComponent, TooltipComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

/**
 * Draws one interlinkage chart (goal matrix, network, scatter) as SVG in a container that follows its width; the
 * option's ARIA description is its accessible name. `onSelect` receives the `data` of a clicked item.
 */
export function LinksChart({ option, className, onSelect }: { option: EChartsOption; className: string; onSelect?: (data: unknown) => void }) {
  const drawn = useEChart(onSelect);
  useEChartOption(drawn, option);
  return <div ref={drawn.container} className={className} role="img" aria-label={chartLabel(option)} dir="ltr" />;
}
