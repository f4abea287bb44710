import { GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

echarts.use([HeatmapChart, GraphChart, ScatterChart, GridComponent, TooltipComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

/**
 * Draws one interlinkage chart (goal matrix, network, scatter) as SVG in a container that follows its width; the
 * option's ARIA description is its accessible name. `onSelect` receives the `data` of a clicked item.
 */
export function LinksChart({ option, className, onSelect }: { option: EChartsOption; className: string; onSelect?: (data: unknown) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const element = container.current!;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (e) => select.current?.(e.data));
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

  return <div ref={container} className={className} role="img" dir="ltr" />;
}
