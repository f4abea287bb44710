import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * A small line chart of two groups (see `gapChartOption`), drawn as SVG in a container that follows its width; the
 * option's ARIA description is its accessible name. Loaded lazily with the charting library.
 */
export function GapChart({ option }: { option: EChartsOption }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current!;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    const label = (option.aria as { label?: { description?: string } } | undefined)?.label?.description;
    if (label) container.current?.setAttribute('aria-label', label);
  }, [option]);

  // ECharts lays text out left to right; in a right-to-left page its legend would overlap.
  return <div ref={container} className="gaps-chart" role="img" dir="ltr" />;
}
