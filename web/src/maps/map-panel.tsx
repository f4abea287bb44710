import { useEffect, useMemo, useState } from 'react';
import type { IndicatorDetail } from '../api/types.ts';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import type { Tab } from '../components/tabs.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n, type I18nValue } from '../i18n/index.tsx';
import { categoryName } from '../indicator/category-name.ts';
import { TOTAL } from '../indicator/dimension-tree.ts';
import { COMPARE, type Selection } from '../indicator/selection.ts';
import { AreaComparisonTable } from './area-comparison.tsx';
import { levelWords } from './level-words.ts';
import {
  getAreaLevels, getAreasComparison, getBoundaries, getIndicatorMap, levelsBelowCountry, type AreaLevel, type MapQuery,
} from './map-api.ts';
import { MapView } from './map-view.tsx';
import './maps.css';

/**
 * The map tab of an indicator page: the page's selection (series, unit, breakdown; a compared breakdown is mapped at
 * its total) across the areas of one level, with every area against the nation and its target below. The levels
 * offered are those of the stored area tree below the country that have outlines (Bangladesh's divisions and
 * districts, Rwanda's provinces); the map opens on the finest of them, or on a coarser one when only that holds
 * values for the selection. Nothing is read until the tab is first shown.
 */
export function MapPanel({ indicator, selection, visible }: { indicator: IndicatorDetail; selection: Selection; visible: boolean }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [opened, setOpened] = useState(visible);
  useEffect(() => { if (visible) setOpened(true); }, [visible]);
  const stored = useApi((signal) => (opened ? getAreaLevels({ signal }) : Promise.resolve(undefined)), [opened]);
  const mapped = useMemo(() => levelsBelowCountry(stored.data, true), [stored.data]);
  const [chosen, setLevel] = useState<AreaLevel | null>(null);
  const level: AreaLevel | null = chosen ?? mapped[mapped.length - 1] ?? null;
  const ready = opened && level !== null;
  const query = useMemo(() => mapQueryOf(selection, level ?? ''), [selection, level]);
  const key = JSON.stringify(query);

  const map = useApi((signal) => (ready ? getIndicatorMap(indicator.code, query, { lang, signal }) : Promise.resolve(undefined)),
    [ready, indicator.code, key, lang]);
  const boundaries = useApi((signal) => (ready ? getBoundaries(level, { lang, signal }) : Promise.resolve(undefined)), [ready, level, lang]);
  const comparison = useApi((signal) => (ready ? getAreasComparison(indicator.code, query, { lang, signal }) : Promise.resolve(undefined)),
    [ready, indicator.code, key, lang]);
  // a selection without values at the level opened on moves, once, to the finest mapped level that has them
  const fallback = map.data && chosen === null && map.data.level === level && map.data.values.length === 0
    ? [...mapped].reverse().find((l) => l !== level && map.data!.levels.includes(l)) : undefined;
  useEffect(() => { if (fallback) setLevel(fallback); }, [fallback]);

  if (!opened) return null;
  const error = stored.error ?? map.error ?? boundaries.error;
  if (error) return <ErrorMessage error={error} retry={() => { stored.reload(); map.reload(); boundaries.reload(); }} />;
  if (stored.data && level === null) return <p className="notice" role="status">{t('maps.noOutlines')}</p>;
  if (level === null) return <Loading />;
  // an answer for another level or series (a read still running after the reader changed it) is not shown
  const data = map.data?.level === level && map.data.series === query.series ? map.data : undefined;
  const outlines = boundaries.data?.features[0]?.properties.level === level ? boundaries.data : undefined;
  if (!data || !outlines) return <Loading />;

  const series = indicator.series.find((s) => s.code === selection.series);
  const unit = i18n.unitName(data.unit ?? selection.unit, data.unit ? indicator.codeNames?.UNIT_MEASURE?.[data.unit] : null);
  const subject = subjectOf(series?.name || indicator.title, selection, series, i18n);
  const levelName = levelWords(t, level).inText;
  const levels = mapped.filter((l) => data.levels.includes(l));
  const notDerived = data.aggregation && data.aggregation.method === null && data.aggregation.reason === 'no_population';
  // levels below the country holding values for this selection but no outlines to draw them (Rwanda's districts)
  const unmapped = levelsBelowCountry(stored.data, false).filter((l) => data.levels.includes(l) && !mapped.includes(l));
  const direction = comparison.data?.direction ?? data.targets.find((target) => target.direction)?.direction ?? null;
  const partial = chosenOf(selection, series).length > 0;

  return (
    <div className="map-panel" aria-busy={map.loading || boundaries.loading}>
      {levels.length > 1 && (
        <fieldset className="map-panel__levels">
          <legend>{t('maps.level')}</legend>
          {levels.map((l) => (
            <label key={l}>
              <input type="radio" name="map-level" value={l} checked={level === l} onChange={() => setLevel(l)} /> {levelWords(t, l).label}
            </label>
          ))}
        </fieldset>
      )}
      {data.values.length === 0 ? (
        <p className="notice" role="status">
          {t('maps.noAreaData', { level: levelName })}
          {unmapped.length > 0 && ` ${t('maps.unmappedLevels', { levels: unmapped.map((l) => levelWords(t, l).inText).join(', ') })}`}
          {unmapped.length > 0 && notDerived && ` ${t('maps.notDerivedNoPopulation')}`}
          {unmapped.length === 0 && data.series_options.length > 0 && ` ${t('maps.otherSeries', {
            list: data.series_options.map((o) => indicator.series.find((s) => s.code === o.series)?.name ?? o.series).filter((v, i, all) => all.indexOf(v) === i).join('; '),
          })}`}
        </p>
      ) : (
        <MapView map={data} boundaries={outlines} subject={subject} unit={unit} levelName={levelName} direction={direction} visible={visible} />
      )}
      {notDerived && data.values.length > 0 && <p className="muted map-panel__aggregation">{t('maps.notDerivedNoPopulation')}</p>}
      <p className="map-attribution muted">{data.attribution ?? outlines.attribution}</p>
      {data.values.length > 0 && (
        <section className="map-panel__comparison" aria-labelledby="area-comparison-heading">
          <h3 id="area-comparison-heading">{t('maps.comparisonHeading')}</h3>
          <p className="muted">{t(partial ? 'maps.comparisonTotals' : 'maps.comparisonIntro')}</p>
          {comparison.error && <ErrorMessage error={comparison.error} retry={comparison.reload} />}
          {comparison.data?.level !== level && comparison.loading && <Loading />}
          {comparison.data?.level === level && comparison.data.areas.length > 0 && (
            <AreaComparisonTable comparison={comparison.data} caption={t('maps.comparisonCaption', { subject, level: levelName })} />
          )}
        </section>
      )}
    </div>
  );
}

/**
 * The map tab of an indicator page, when the selected series has values below the country (districts, divisions) or
 * the address asks for it; none otherwise. Example: `tabs={[chart, table, ...mapTabs(indicator, selection, view === 'map', t('maps.tab'))]}`.
 */
export function mapTabs(indicator: IndicatorDetail, selection: Selection, visible: boolean, label: string): Tab[] {
  const series = indicator.series.find((s) => s.code === selection.series);
  // an address asking for the map (`view=map`) still gets the tab, which then says where area data exist
  if (!series?.areas.some((a) => a.level !== 'country') && !visible) return [];
  return [{ id: 'map', label, panel: <MapPanel indicator={indicator} selection={selection} visible={visible} /> }];
}

/** The map query of a page selection: its series and unit, and each chosen category (totals and compared dimensions left out). */
export function mapQueryOf(selection: Selection, level: AreaLevel): MapQuery {
  const dimensions = Object.entries(selection.dimensions).filter(([, code]) => code !== TOTAL && code !== COMPARE).map(([id, code]) => `${id}:${code}`);
  return { series: selection.series, unit: selection.unit, dimensions, level };
}

/** `Population aged 15+ using the internet: Female`: the series and the categories chosen. */
function subjectOf(title: string, selection: Selection, series: IndicatorDetail['series'][number] | undefined, i18n: I18nValue): string {
  const chosen = chosenOf(selection, series).map(([id, code]) => categoryName(series?.dimensions.find((d) => d.id === id), code, i18n.t('indicator.total')));
  return chosen.length > 0 ? `${title}: ${chosen.join(', ')}` : title;
}

/** The categories a reader chose: not totals, not compared, and not the only category a dimension has (`AGE: Y_GE15`). */
function chosenOf(selection: Selection, series: IndicatorDetail['series'][number] | undefined): [string, string][] {
  return Object.entries(selection.dimensions).filter(([id, code]) =>
    code !== TOTAL && code !== COMPARE && (series?.dimensions.find((d) => d.id === id)?.codes.length ?? 2) > 1);
}
