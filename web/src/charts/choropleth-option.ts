import type { EChartsOption } from 'echarts';
import { colourOf, type ClassBreaks } from '../maps/class-breaks.ts';

/** One area as a choropleth draws it in the year shown. */
export interface ChoroplethArea {
  /** The area code, which is also the boundary feature's `code` property, e.g. `BD-13`. */
  code: string;
  name: string;
  value: number | null;
  /** Worked out from the child areas rather than observed: drawn hatched. */
  derived: boolean;
  /** How a derived value was worked out: counts summed, rates and shares weighted by population. */
  method?: 'sum' | 'population_weighted' | undefined;
}

/** What the choropleth says in words, in the reader's language. */
export interface ChoroplethLabels {
  /** The lines of an area's tooltip, e.g. `['Dhaka', '82.1 %', '2022', 'Derived from the districts']`. */
  tooltip(area: ChoroplethArea): string[];
  /** The sentence a screen reader hears for the map (the table beside it holds every value). */
  description: string;
}

/** Hatching of a derived value: thin diagonal lines over the class colour, so it reads without colour. */
export const DERIVED_DECAL = {
  symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: 'rgba(0, 0, 0, 0.45)',
} as const;

const BORDER = '#5a5a5a';

/**
 * The ECharts option of a choropleth: one `map` series over the boundaries registered as `mapName` (features keyed by
 * their `code` property), each area filled with the colour of its value's class (see `quantileBreaks`), grey without
 * a value, hatched when derived; a tooltip per area and an ARIA description. Classes are fixed across years, so moving
 * the year only changes fills. Pure: same input, same option.
 * @example
 * choroplethOption('district', [{ code: 'BD-13', name: 'Dhaka', value: 82.1, derived: false }], classes, labels)
 * // { series: [{ type: 'map', map: 'district', nameProperty: 'code', data: [{ name: 'BD-13', value: 82.1, itemStyle: { areaColor: '#253494' }, … }] }], … }
 */
export function choroplethOption(mapName: string, areas: readonly ChoroplethArea[], classes: ClassBreaks | null, labels: ChoroplethLabels): EChartsOption {
  return {
    aria: { enabled: true, label: { description: labels.description } },
    animation: false,
    tooltip: { trigger: 'item', confine: true },
    series: [{
      type: 'map',
      map: mapName,
      nameProperty: 'code',
      roam: false,
      selectedMode: false,
      left: 4, right: 4, top: 4, bottom: 4,
      label: { show: false },
      itemStyle: { borderColor: BORDER, borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { borderColor: '#000000', borderWidth: 2 } },
      data: areas.map((area) => {
        const fill = colourOf(area.value, classes);
        return {
          name: area.code,
          value: area.value ?? undefined,
          itemStyle: area.derived ? { areaColor: fill, decal: { ...DERIVED_DECAL, dashArrayX: [...DERIVED_DECAL.dashArrayX], dashArrayY: [...DERIVED_DECAL.dashArrayY] } } : { areaColor: fill },
          emphasis: { itemStyle: { areaColor: fill } },
          tooltip: { formatter: labels.tooltip(area).map(escapeHtml).join('<br/>') },
        };
      }),
    }],
  } as EChartsOption;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"'{}]/g, (c) => `&#${c.charCodeAt(0)};`);
}
