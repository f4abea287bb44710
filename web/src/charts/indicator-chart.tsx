import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { useEffect } from 'react';
import { chartLabel, useEChart, useEChartOption } from './use-echart.ts';
import { chartHeight } from './chart-option.ts';

/** The chart's usual height in pixels (26rem); charts of many horizontal bars grow beyond it. */
const DEFAULT_HEIGHT = 416;

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** The drawn chart as SVG markup with its size in pixels, for the download (see `chartSvgDocument`). */
export interface ChartSnapshot {
  svg: string;
  width: number;
  height: number;
}

/**
 * Draws an ECharts option (see `chartOption`) as SVG in a container that follows its width. The option's ARIA
 * description becomes the chart's accessible name; `visible` tells the chart to measure itself again when its tab
 * is shown. `onReady` receives a function giving the chart as drawn, for the download link.
 */
export function IndicatorChart({
  option,
  visible,
  onReady,
}: {
  option: EChartsOption;
  visible: boolean;
  onReady?: (snapshot: () => ChartSnapshot) => void;
}) {
  const drawn = useEChart();
  const { container, chart } = drawn;
  const height = chartHeight(option, DEFAULT_HEIGHT);

  useEffect(() => {
    const instance = chart.current!;
    onReady?.(() => ({ svg: instance.renderToSVGString(), width: instance.getWidth(), height: instance.getHeight() }));
    // the download link is given once; later options arrive through useEChartOption
  }, []);

  useEChartOption(drawn, option);

  useEffect(() => {
    if (visible) chart.current?.resize();
  }, [visible, height]);

  // ECharts lays text out left to right; in a right-to-left page its legend and axis names would overlap.
  return <div ref={container} className="indicator-chart" role="img" aria-label={chartLabel(option)} dir="ltr" style={height > DEFAULT_HEIGHT ? { blockSize: `${height}px` } : undefined} />;
}
