import { useMemo, useState } from 'react';
import { choroplethOption, type ChoroplethArea } from '../charts/choropleth-option.ts';
import { useI18n } from '../i18n/index.tsx';
import { quantileBreaks, type Direction } from './class-breaks.ts';
import { ChoroplethMap } from './choropleth-map.tsx';
import type { Boundaries, IndicatorMap } from './map-api.ts';
import { MapLegend } from './map-legend.tsx';
import { MapTable } from './map-table.tsx';
import { YearSlider } from './year-slider.tsx';

/**
 * One selection drawn across the areas of a level: the year slider, the choropleth with its legend, and the same
 * values in a table. Classes are quantiles of every year's values, so a colour means the same range in every year
 * and moving the year recolours the map from the data already read, without asking the server again.
 */
export function MapView({ map, boundaries, subject, unit, levelName, direction, visible }: {
  map: IndicatorMap;
  boundaries: Boundaries;
  /** What is mapped, with its unit and breakdown, e.g. `Population aged 15+ using the internet, %: Female`. */
  subject: string;
  unit: string;
  /** The level in words, plural: `districts`. */
  levelName: string;
  direction: Direction | null;
  visible: boolean;
}) {
  const i18n = useI18n();
  const { t, formatShort, localDigits } = i18n;
  const [chosenYear, setYear] = useState<number | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const years = map.years.length > 0 ? map.years : [...new Set(map.values.map((v) => v.year))].sort((a, b) => a - b);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : years[years.length - 1]!;

  const classes = useMemo(() => quantileBreaks(map.values.map((v) => v.value)), [map]);
  const byYear = useMemo(() => {
    const index = new Map<number, Map<string, IndicatorMap['values'][number]>>();
    for (const v of map.values) {
      if (!index.has(v.year)) index.set(v.year, new Map());
      index.get(v.year)!.set(v.area, v);
    }
    return index;
  }, [map]);
  const derivedAny = map.values.some((v) => v.derived);

  const areas: ChoroplethArea[] = useMemo(() => {
    const values = byYear.get(year) ?? new Map();
    return boundaries.features.map((f) => {
      const v = values.get(f.properties.code);
      return { code: f.properties.code, name: f.properties.name, value: v?.value ?? null, derived: v?.derived ?? false, method: v?.method };
    });
  }, [boundaries, byYear, year]);

  const option = useMemo(() => {
    const withData = areas.filter((a) => a.value !== null).sort((a, b) => a.value! - b.value!);
    const description = withData.length === 0 ? t('maps.descriptionEmpty', { subject, level: levelName, year: localDigits(year) })
      : t('maps.description', {
        subject, level: levelName, year: localDigits(year), n: i18n.formatNumber(withData.length),
        min: formatShort(withData[0]!.value!), minArea: withData[0]!.name,
        max: formatShort(withData[withData.length - 1]!.value!), maxArea: withData[withData.length - 1]!.name,
      });
    return choroplethOption(`sdg-${map.level}`, areas, classes, {
      description,
      tooltip: (a) => a.value === null ? [a.name, t('maps.noData')]
        : [a.name, `${formatShort(a.value)} ${unit}`.trim(), localDigits(year), ...(a.derived ? [t(a.method === 'sum' ? 'maps.derivedSum' : a.method === 'population_weighted' ? 'maps.derivedWeighted' : 'maps.derivedTooltip')] : [])],
    });
  }, [areas, classes, map.level, subject, levelName, year, unit, t, formatShort, localDigits, i18n]);

  return (
    <div className="map-view">
      <YearSlider years={years} year={year} onChange={setYear} />
      <div className="map-view__figure">
        <ChoroplethMap mapName={`sdg-${map.level}`} boundaries={boundaries} option={option} visible={visible} highlight={focused}
          label={(option.aria as { label: { description: string } }).label.description} />
        <MapLegend classes={classes} direction={direction} derived={derivedAny} unit={unit} />
      </div>
      {derivedAny && <p className="map-view__derived-note">{t('maps.derivedNote')}</p>}
      <MapTable rows={areas} classes={classes} onFocusArea={setFocused}
        caption={t('maps.tableCaption', { subject, level: levelName, year: localDigits(year) })} />
    </div>
  );
}
