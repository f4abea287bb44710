import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts/core';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * One ECharts instance drawn as SVG in the returned container: created once, resized with its container, disposed
 * with the component. `onClick` receives the `data` of a clicked item. Each chart component registers the ECharts
 * parts it draws (`echarts.use`) so the bundle keeps only those.
 */
export function useEChart(onClick?: (data: unknown) => void): {
  container: RefObject<HTMLDivElement | null>;
  chart: RefObject<echarts.ECharts | null>;
} {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const element = container.current!;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (e) => click.current?.(e.data));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  return { container, chart };
}

/**
 * The ARIA description of an option (`aria.label.description`), for the container's `aria-label` in its first
 * render: a `role="img"` container must never be seen without a name, even before the chart is drawn.
 * @example chartLabel({ aria: { label: { description: 'Under-5 mortality, 1990–2023' } } }) // 'Under-5 mortality, 1990–2023'
 */
export function chartLabel(option: EChartsOption): string | undefined {
  return (option.aria as { label?: { description?: string } } | undefined)?.label?.description || undefined;
}

/** Draws `option` afresh on each change; its ARIA description becomes the container's accessible name. */
export function useEChartOption(
  { container, chart }: ReturnType<typeof useEChart>, option: EChartsOption,
): void {
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    const label = chartLabel(option);
    if (label) container.current?.setAttribute('aria-label', label);
  }, [option, chart, container]);
}
