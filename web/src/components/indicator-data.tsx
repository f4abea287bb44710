import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { getAllObservations } from '../api/client.ts';
import type { IndicatorDetail, Observation, SeriesInfo } from '../api/types.ts';
import { chartOption, type ChartKind, type ChartLabels } from '../charts/chart-option.ts';
import { IndicatorChart, type ChartSnapshot } from '../charts/indicator-chart.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n, type I18nValue } from '../i18n/index.tsx';
import { orderAreas } from '../indicator/area-order.ts';
import { categoryName } from '../indicator/category-name.ts';
import { headlineSeries } from '../indicator/headline-series.ts';
import { lineName, linesOf, periodsOf, varyingDimensions } from '../indicator/lines.ts';
import { selectionFromParams, selectionToParams } from '../indicator/selection-params.ts';
import { AREA, COMPARE, defaultSelection, repairSelection, type Selection } from '../indicator/selection.ts';
import { ProgressPanel } from '../progress/progress-panel.tsx';
import { ProgressStatusLine, ProjectionToggles } from '../progress/progress-status.tsx';
import { useChartProgress } from '../progress/use-chart-progress.ts';
import { mapTabs } from '../maps/map-panel.tsx';
import { DataTable } from './data-table.tsx';
import { Footnotes } from './footnotes.tsx';
import { markOnWhite } from './goal-colour.ts';
import { IndicatorDownloads } from './indicator-downloads.tsx';
import { IndicatorFilters } from './indicator-filters.tsx';
import { ErrorMessage, Loading } from './page-state.tsx';
import { Tabs } from './tabs.tsx';

/**
 * The data of an indicator as Open SDG shows it: selectors on one side (series, unit, area, one per
 * disaggregation, children appearing under their parent), and on the other the chart and the table of the same
 * selection in tabs, its footnotes and downloads. Observations are read one series at a time. The selection and
 * the tab live in the address (`?series=SH_DYN_MORT&SEX=F&view=table`), so a view can be shared and bookmarked.
 */
export function IndicatorData({ indicator }: { indicator: IndicatorDetail }) {
  const i18n = useI18n();
  const [params, setParams] = useSearchParams();
  const [asked] = useState(() => selectionFromParams(params));
  const [seriesCode, setSeriesCode] = useState(() =>
    indicator.series.some((s) => s.code === asked.series && s.observationCount > 0) ? asked.series! : headlineSeries(indicator)!.code);
  const [chosen, setChosen] = useState<Selection | null>(() => ({ ...asked, series: seriesCode }));
  const [view, setView] = useState(() => (['table', 'map'].includes(params.get('view') ?? '') ? params.get('view')! : 'chart'));
  const [snapshot, setSnapshot] = useState<(() => ChartSnapshot) | null>(null);

  const series = indicator.series.find((s) => s.code === seriesCode)!;
  const observations = useApi(
    (signal) => getAllObservations(indicator.code, { series: seriesCode }, { lang: i18n.lang, signal }),
    [indicator.code, seriesCode, i18n.lang],
  );
  const rows = observations.data?.[0]?.series === seriesCode || observations.data?.length === 0 ? observations.data ?? [] : [];
  const defaults = useMemo(() => (rows.length > 0 ? defaultSelection(series, rows) : null), [rows, series]);
  const selection = useMemo(() => {
    if (!defaults) return null;
    if (!chosen || chosen.series !== seriesCode) return defaults;
    const has = (key: 'unit' | 'area', value: string | null) =>
      value !== null && (value === COMPARE ? key === 'area' : rows.some((o) => o[key] === value));
    const unit = has('unit', chosen.unit) ? chosen.unit : defaults.unit;
    const area = has('area', chosen.area) ? chosen.area : defaults.area;
    return repairSelection(rows, { ...chosen, unit, area }, series);
  }, [rows, chosen, seriesCode, series, defaults]);

  useEffect(() => {
    if (!selection || !defaults) return;
    const wanted = new URLSearchParams();
    const lang = params.get('lang');
    if (lang) wanted.set('lang', lang);
    for (const [key, value] of Object.entries(selectionToParams(selection, defaults, headlineSeries(indicator)!.code))) wanted.set(key, value);
    if (view !== 'chart') wanted.set('view', view);
    if (wanted.toString() !== params.toString()) setParams(wanted, { replace: true });
  }, [selection, view, params, setParams, indicator, defaults]);

  const change = (next: Selection) => {
    if (next.series !== seriesCode) {
      setSeriesCode(next.series);
      setChosen(null);
    } else {
      setChosen(repairSelection(rows, next, series));
    }
  };

  const labels = useMemo(() => chartLabels(indicator, series, selection, i18n), [indicator, series, selection, i18n]);
  const kind: ChartKind = indicator.graphType === 'bar' || indicator.graphType === 'binary' ? 'bar' : 'line';
  const lines = useMemo(() => (selection ? linesOf(rows, selection, labels.categoryOrder) : []), [rows, selection, labels]);
  const names = useMemo(() => (selection ? lines.map((l) => lineName(l, varyingDimensions(rows, selection), labels)) : []), [lines, rows, selection, labels]);
  const progress = useChartProgress(indicator.code, lines, i18n);
  const option = useMemo(() => (selection ? progress.decorate(chartOption(rows, selection, labels, kind), periodsOf(lines)) : null),
    [rows, selection, labels, kind, progress.decorate, lines]);
  const table = useMemo(() => progress.table(lines, names), [progress.table, lines, names]);

  return (
    <section className="section indicator-data" aria-labelledby="data-heading">
      <h2 id="data-heading" className="visually-hidden">{labels.title}</h2>
      <div className="indicator-data__layout">
        <IndicatorFilters indicator={indicator} series={series} observations={rows} selection={selection ?? emptySelection(seriesCode)}
          onChange={change} />
        <div className="indicator-data__views" aria-busy={observations.loading}>
          {observations.error && !observations.loading && <ErrorMessage error={observations.error} retry={observations.reload} />}
          {!selection && observations.loading && <Loading />}
          {selection && option && (
            <>
              <p className="indicator-data__title"><strong>{subjectOf(labels)}</strong></p>
              {lines.length === 0 && <p className="notice" role="status">{i18n.t('indicator.noSelectionData')}</p>}
              <ProgressStatusLine progress={progress} />
              <Tabs label={i18n.t('indicator.views')} selected={view} onSelect={setView} tabs={[
                { id: 'chart', label: i18n.t('indicator.chart'),
                  panel: <><ProjectionToggles progress={progress} />
                    <IndicatorChart option={option} visible={view === 'chart'} onReady={(get) => setSnapshot(() => get)} /></> },
                { id: 'table', label: i18n.t('indicator.table'),
                  panel: <DataTable lines={table.lines} periods={periodsOf(table.lines)} names={table.names} categoryLabel={categoryLabel(selection, series, i18n)}
                    caption={tableCaption(rows, selection, labels, series, i18n)} /> },
                ...mapTabs(indicator, selection, view === 'map', i18n.t('maps.tab')),
              ]} />
              <p className="visually-hidden" aria-live="polite">
                {(option.aria as { label?: { description?: string } } | undefined)?.label?.description}
              </p>
              <Footnotes observations={lines.flatMap((l) => l.points)} codeNames={indicator.codeNames} />
              <IndicatorDownloads indicator={indicator} selection={selection} chart={view === 'chart' ? snapshot : null}
                title={subjectOf(labels)} shown={shownOf(rows, selection, labels, series, i18n)} />
              <ProgressPanel progress={progress} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function emptySelection(series: string): Selection {
  return { series, unit: null, area: null, dimensions: {} };
}

/**
 * The words of the chart and table, from the series' code lists and the reader's language: values rounded as the
 * table rounds them, periods in the page's digits, areas in the order of the area selector.
 */
function chartLabels(indicator: IndicatorDetail, series: SeriesInfo, selection: Selection | null, i18n: I18nValue): ChartLabels {
  const { t, formatShort, localDigits, unitName } = i18n;
  const dimension = (id: string) => series.dimensions.find((d) => d.id === id);
  const areaOrder = orderAreas(series.areas, i18n.lang).map((a) => a.code);
  return {
    title: indicator.graphTitle || series.name || indicator.title,
    unit: unitName(selection?.unit, selection?.unit ? indicator.codeNames?.UNIT_MEASURE?.[selection.unit] : null),
    colour: markOnWhite(indicator.goal.colour),
    total: t('indicator.total'),
    codeName: (id, code) =>
      id === AREA ? (series.areas.find((a) => a.code === code)?.name ?? code) : categoryName(dimension(id), code, t('indicator.total')),
    categoryOrder: (id) => (id === AREA ? areaOrder : (dimension(id)?.codes.map((c) => c.code) ?? [])),
    formatValue: formatShort,
    formatPeriod: localDigits,
    describe: (s) =>
      t('indicator.chartSummary', {
        kind: t(s.kind === 'bar' ? 'indicator.barChart' : 'indicator.lineChart'),
        title: s.title,
        unit: s.unit,
        from: s.from,
        to: s.to,
        lines: s.lines.map((l) => t('indicator.chartLine', l)).join('; ') + (s.more > 0 ? `; ${t('indicator.chartMore', { n: i18n.formatNumber(s.more) })}` : ''),
      }),
  };
}

/** What the lines of a selection are: `Area`, `Sex`, `Area, Sex`; the period heading when nothing is compared. */
function categoryLabel(selection: Selection, series: SeriesInfo, i18n: I18nValue): string {
  const compared = Object.entries(selection.dimensions).filter(([, code]) => code === COMPARE)
    .map(([id]) => series.dimensions.find((d) => d.id === id)?.name ?? id);
  if (selection.area === COMPARE) compared.unshift(i18n.t('indicator.area'));
  return compared.join(', ') || i18n.t('indicator.year');
}

/** `Under-five mortality rate, per 1,000 live births: Bangladesh, Female`: what the table shows. */
function tableCaption(rows: readonly Observation[], selection: Selection, labels: ChartLabels, series: SeriesInfo, i18n: I18nValue): string {
  return i18n.t('indicator.tableCaption', { subject: subjectOf(labels), selection: shownOf(rows, selection, labels, series, i18n) });
}

/** The chosen area and categories in words, e.g. `Bangladesh, Female`; totals and compared dimensions go unsaid. */
function shownOf(rows: readonly Observation[], selection: Selection, labels: ChartLabels, series: SeriesInfo, i18n: I18nValue): string {
  const area = selection.area === COMPARE ? i18n.t('indicator.allAreas')
    : selection.area ? (series.areas.find((a) => a.code === selection.area)?.name ?? selection.area) : null;
  const chosen = Object.entries(varyingDimensions(rows, selection))
    .filter(([, code]) => code !== '_T' && code !== '*')
    .map(([id, code]) => labels.codeName(id, code));
  return [area, ...chosen].filter((p): p is string => Boolean(p)).join(', ');
}

/** The chart's title with its unit, unless the title already names it: `Under-five mortality rate, by sex (deaths per 1,000 live births)`. */
function subjectOf(labels: ChartLabels): string {
  return labels.unit && !labels.title.toLowerCase().includes(labels.unit.toLowerCase()) ? `${labels.title}, ${labels.unit}` : labels.title;
}
