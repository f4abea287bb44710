import { MapChart } from 'echarts/charts';
import { AriaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { useEffect } from 'react';
import { useEChart } from '../charts/use-echart.ts';
import type { Boundaries } from './map-api.ts';

echarts.use([MapChart, TooltipComponent, AriaComponent, SVGRenderer]);

/** Boundaries already given to ECharts, by map name: registering the same outlines again is skipped. */
const registered = new Map<string, Boundaries>();

/**
 * Draws a choropleth option (see `choroplethOption`) as SVG over `boundaries`, registered with ECharts as `mapName`.
 * The drawing is a labelled image, outside the tab order (the table beside it gives every value to the keyboard);
 * `highlight` outlines one area and shows its tooltip, e.g. while its table row has focus. A new option only
 * changes fills: the outlines are laid out once per map.
 */
export function ChoroplethMap({ mapName, boundaries, option, visible, highlight, label }: {
  mapName: string;
  boundaries: Boundaries;
  option: EChartsOption;
  visible: boolean;
  highlight: string | null;
  label: string;
}) {
  const { container, chart } = useEChart();

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    if (registered.get(mapName) !== boundaries) {
      echarts.registerMap(mapName, boundaries as unknown as Parameters<typeof echarts.registerMap>[1]);
      registered.set(mapName, boundaries);
      instance.setOption(option, { notMerge: true });
    } else {
      instance.setOption(option, { replaceMerge: ['series'] });
    }
  }, [mapName, boundaries, option]);

  useEffect(() => {
    if (visible) chart.current?.resize();
  }, [visible]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || highlight === null) return;
    instance.dispatchAction({ type: 'highlight', seriesIndex: 0, name: highlight });
    instance.dispatchAction({ type: 'showTip', seriesIndex: 0, name: highlight });
    return () => {
      instance.dispatchAction({ type: 'downplay', seriesIndex: 0, name: highlight });
      instance.dispatchAction({ type: 'hideTip' });
    };
  }, [highlight]);

  // ECharts lays text out left to right; its tooltips would run the wrong way in a right-to-left page otherwise.
  return <div ref={container} className="choropleth" role="img" aria-label={label} dir="ltr" />;
}
