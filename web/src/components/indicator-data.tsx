import { useMemo, useState } from 'react';
import { getAllObservations } from '../api/client.ts';
import type { IndicatorDetail, Observation, SeriesInfo } from '../api/types.ts';
import { chartOption, type ChartKind, type ChartLabels } from '../charts/chart-option.ts';
import { IndicatorChart } from '../charts/indicator-chart.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n, type I18nValue } from '../i18n/index.tsx';
import { linesOf, periodsOf, varyingDimensions, lineName } from '../indicator/lines.ts';
import { categoryName } from '../indicator/category-name.ts';
import { headlineSeries } from '../indicator/headline-series.ts';
import { defaultSelection, repairSelection, type Selection } from '../indicator/selection.ts';
import { DataTable } from './data-table.tsx';
import { Footnotes } from './footnotes.tsx';
import { IndicatorDownloads } from './indicator-downloads.tsx';
import { IndicatorFilters } from './indicator-filters.tsx';
import { Loading, ErrorMessage } from './page-state.tsx';
import { Tabs } from './tabs.tsx';

/**
 * The data of an indicator as Open SDG shows it: selectors on one side (series, unit, area, one per
 * disaggregation, children appearing under their parent), and on the other the chart and the table of the same
 * selection in tabs, its footnotes and downloads. Observations are read one series at a time.
 */
export function IndicatorData({ indicator }: { indicator: IndicatorDetail }) {
  const i18n = useI18n();
  const [seriesCode, setSeriesCode] = useState(() => headlineSeries(indicator)!.code);
  const series = indicator.series.find((s) => s.code === seriesCode)!;
  const observations = useApi(
    (signal) => getAllObservations(indicator.code, { series: seriesCode }, { lang: i18n.lang, signal }),
    [indicator.code, seriesCode, i18n.lang],
  );
  const [chosen, setChosen] = useState<Selection | null>(null);
  const [view, setView] = useState('chart');
  const [chartUrl, setChartUrl] = useState<(() => string) | null>(null);

  const rows = observations.data ?? [];
  const selection = useMemo(() => {
    if (rows.length === 0) return null;
    if (chosen && chosen.series === seriesCode) return repairSelection(rows, chosen, series);
    return defaultSelection(series, rows);
  }, [rows, chosen, seriesCode, series]);

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
  const option = useMemo(() => (selection ? chartOption(rows, selection, labels, kind) : null), [rows, selection, labels, kind]);
  const lines = useMemo(() => (selection ? linesOf(rows, selection, labels.categoryOrder) : []), [rows, selection, labels]);

  return (
    <section className="section indicator-data" aria-labelledby="data-heading">
      <h2 id="data-heading" className="visually-hidden">{labels.title}</h2>
      <div className="indicator-data__layout">
        <IndicatorFilters indicator={indicator} series={series} observations={rows} selection={selection ?? emptySelection(seriesCode)}
          onChange={change} />
        <div className="indicator-data__views">
          {observations.error && !observations.data && <ErrorMessage error={observations.error} retry={observations.reload} />}
          {observations.loading && !observations.data && <Loading />}
          {selection && option && (
            <>
              <p className="indicator-data__title">
                <strong>{labels.title}</strong>
                {labels.unit && !labels.title.toLowerCase().includes(labels.unit.toLowerCase()) && <span className="muted">, {labels.unit}</span>}
              </p>
              {lines.length === 0 && <p className="notice" role="status">{i18n.t('indicator.noSelectionData')}</p>}
              <Tabs label={i18n.t('indicator.views')} selected={view} onSelect={setView} tabs={[
                { id: 'chart', label: i18n.t('indicator.chart'),
                  panel: <IndicatorChart option={option} visible={view === 'chart'} onReady={(get) => setChartUrl(() => get)} /> },
                { id: 'table', label: i18n.t('indicator.table'),
                  panel: <DataTable lines={lines} periods={periodsOf(lines)} caption={tableCaption(rows, selection, labels, series, i18n)}
                    names={lines.map((l) => lineName(l, varyingDimensions(rows, selection), labels))} /> },
              ]} />
              <Footnotes observations={lines.flatMap((l) => l.points)} />
              <IndicatorDownloads indicator={indicator} selection={selection} chartUrl={view === 'chart' ? chartUrl : null} />
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

/** The words of the chart and table, from the series' code lists and the reader's language. */
function chartLabels(indicator: IndicatorDetail, series: SeriesInfo, selection: Selection | null, i18n: I18nValue): ChartLabels {
  const { t, formatNumber, unitName } = i18n;
  const dimension = (id: string) => series.dimensions.find((d) => d.id === id);
  return {
    title: indicator.graphTitle || series.name || indicator.title,
    unit: unitName(selection?.unit),
    colour: indicator.goal.colour,
    total: t('indicator.total'),
    codeName: (id, code) => categoryName(dimension(id), code, t('indicator.total')),
    categoryOrder: (id) => dimension(id)?.codes.map((c) => c.code) ?? [],
    formatValue: formatNumber,
    describe: (s) =>
      t('indicator.chartSummary', {
        kind: t(s.kind === 'bar' ? 'indicator.barChart' : 'indicator.lineChart'),
        title: s.title,
        unit: s.unit,
        from: s.from,
        to: s.to,
        lines: s.lines.map((l) => t('indicator.chartLine', l)).join('; '),
      }),
  };
}

/** `Under-five mortality rate, per 1,000 live births: Bangladesh, Female`: what the table shows. */
function tableCaption(rows: readonly Observation[], selection: Selection, labels: ChartLabels, series: SeriesInfo, i18n: I18nValue): string {
  const area = selection.area ? (series.areas.find((a) => a.code === selection.area)?.name ?? selection.area) : null;
  const chosen = Object.entries(varyingDimensions(rows, selection))
    .filter(([, code]) => code !== '_T' && code !== '*')
    .map(([id, code]) => labels.codeName(id, code));
  const parts = [area, ...chosen].filter((p): p is string => Boolean(p));
  return i18n.t('indicator.tableCaption', { title: labels.title, unit: labels.unit, selection: parts.join(', ') });
}
