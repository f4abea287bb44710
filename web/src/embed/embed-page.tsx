import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { getAllObservations, getIndicator } from '../api/client.ts';
import type { IndicatorDetail } from '../api/types.ts';
import { chartOption, type ChartKind } from '../charts/chart-option.ts';
import { IndicatorChart } from '../charts/indicator-chart.tsx';
import { DataTable } from '../components/data-table.tsx';
import { ErrorMessage, isMissingPage, Loading } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { headlineSeries } from '../indicator/headline-series.ts';
import { lineName, linesOf, periodsOf, varyingDimensions } from '../indicator/lines.ts';
import { selectionFromParams } from '../indicator/selection-params.ts';
import { COMPARE, defaultSelection, repairSelection } from '../indicator/selection.ts';
import { categoryLabel, embedLabels, shownOf, sourcesOf, subjectOf } from './embed-labels.ts';
import './embed.css';

/**
 * `/embed/indicator/<code>`: an indicator's chart alone, for other sites' iframes. The address takes the indicator
 * page's selection (`?series=&unit=&area=&SEX=F&lang=bn`); the page shows the chart's title, the chart, its data as a
 * table (under a disclosure, read by screen readers), the source and a link to the full indicator page.
 * The server lets any site frame this page (`Content-Security-Policy: frame-ancestors *`).
 */
export function EmbedPage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const indicator = useApi((signal) => getIndicator(code, { lang, signal }), [code, lang]);
  useDocumentTitle(indicator.data?.title, t('site.name'));

  let body;
  if (isMissingPage(indicator.error)) body = <p role="alert">{t('site.notFoundTitle')}</p>;
  else if (indicator.error && !indicator.data) body = <ErrorMessage error={indicator.error} retry={indicator.reload} />;
  else if (!indicator.data) body = <Loading />;
  else if (!indicator.data.series.some((s) => s.observationCount > 0)) body = <p>{t('indicator.noData')}</p>;
  else body = <EmbedChart key={`${indicator.data.id}-${lang}`} indicator={indicator.data} />;
  return <main className="embed">{body}</main>;
}

function EmbedChart({ indicator }: { indicator: IndicatorDetail }) {
  const i18n = useI18n();
  const { t, formatCode } = i18n;
  const [params] = useSearchParams();
  const asked = useMemo(() => selectionFromParams(params), [params]);
  const series = indicator.series.find((s) => s.code === asked.series && s.observationCount > 0) ?? headlineSeries(indicator)!;
  const observations = useApi((signal) => getAllObservations(indicator.code, { series: series.code }, { lang: i18n.lang, signal }),
    [indicator.code, series.code, i18n.lang]);
  const rows = observations.data ?? [];

  const selection = useMemo(() => {
    if (rows.length === 0) return null;
    const defaults = defaultSelection(series, rows);
    const has = (key: 'unit' | 'area', value: string | null) =>
      value !== null && (value === COMPARE ? key === 'area' : rows.some((o) => o[key] === value));
    const unit = has('unit', asked.unit) ? asked.unit : defaults.unit;
    const area = has('area', asked.area) ? asked.area : defaults.area;
    return repairSelection(rows, { series: series.code, unit, area, dimensions: asked.dimensions }, series);
  }, [rows, series, asked]);

  const labels = useMemo(() => (selection ? embedLabels(indicator, series, selection, i18n) : null), [indicator, series, selection, i18n]);
  const kind: ChartKind = indicator.graphType === 'bar' || indicator.graphType === 'binary' ? 'bar' : 'line';
  const option = useMemo(() => (selection && labels ? chartOption(rows, selection, labels, kind) : null), [rows, selection, labels, kind]);
  const lines = useMemo(() => (selection && labels ? linesOf(rows, selection, labels.categoryOrder) : []), [rows, selection, labels]);
  const names = useMemo(() => (selection && labels ? lines.map((l) => lineName(l, varyingDimensions(rows, selection), labels)) : []),
    [lines, rows, selection, labels]);

  if (observations.error) return <ErrorMessage error={observations.error} retry={observations.reload} />;
  if (!selection || !labels || !option) return <Loading />;
  const subject = subjectOf(labels);
  const shown = shownOf(rows, selection, labels, series, i18n);
  const full = new URL(`/indicators/${encodeURIComponent(indicator.code)}`, window.location.origin);
  full.search = params.toString();
  return (
    <article className="embed__chart" aria-labelledby="embed-title">
      <h1 id="embed-title" className="embed__title">
        <span className="embed__code">{t('indicator.label', { code: formatCode(indicator.code) })}</span> {subject}
      </h1>
      <p className="embed__shown">{shown}</p>
      <IndicatorChart option={option} visible />
      <p className="visually-hidden">{(option.aria as { label?: { description?: string } } | undefined)?.label?.description}</p>
      <details className="embed__table">
        <summary>{t('embed.dataTable')}</summary>
        <DataTable lines={lines} periods={periodsOf(lines)} names={names} categoryLabel={categoryLabel(selection, series, i18n)} caption={shown ? `${subject}: ${shown}` : subject} />
      </details>
      <p className="embed__footer">
        <span>{t('indicator.chartSource', { sources: sourcesOf(indicator, series.code) })}</span>
        <a href={full.toString()} target="_blank" rel="noopener">{t('embed.fullPage', { site: t('site.name') })}</a>
      </p>
    </article>
  );
}
