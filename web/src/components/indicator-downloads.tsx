import { observationsCsvUrl, observationsFileName } from '../api/client.ts';
import type { IndicatorDetail } from '../api/types.ts';
import { chartSvgDocument } from '../charts/chart-svg.ts';
import type { ChartSnapshot } from '../charts/indicator-chart.tsx';
import { useI18n } from '../i18n/index.tsx';
import { COMPARE, type Selection } from '../indicator/selection.ts';
import { EmbedSnippet } from '../embed/embed-snippet.tsx';

/**
 * Downloads of an indicator: the shown selection and the whole indicator as CSV (straight from the open API's
 * `format=csv`, named as the API names them), and, while the chart is shown, the chart as a standalone SVG with its
 * title, selection, source and address on a white page.
 */
export function IndicatorDownloads({ indicator, selection, chart, title, shown }: {
  indicator: IndicatorDetail;
  selection: Selection;
  chart: (() => ChartSnapshot) | null;
  /** The chart's subject with its unit, e.g. `Under-five mortality rate, by sex (deaths per 1,000 live births)`. */
  title: string;
  /** What the selection shows, e.g. `Bangladesh, Female`. */
  shown: string;
}) {
  const { t, lang, dir } = useI18n();
  const dimensions = Object.fromEntries(Object.entries(selection.dimensions).filter(([, code]) => code !== COMPARE));
  const query = {
    series: selection.series,
    ...(selection.unit ? { unit: selection.unit } : {}),
    ...(selection.area && selection.area !== COMPARE ? { area: selection.area } : {}),
    dimensions,
  };

  const saveChart = (snapshot: ChartSnapshot) => {
    const svg = chartSvgDocument({
      chart: snapshot.svg, width: snapshot.width, height: snapshot.height, title, selection: shown,
      source: t('indicator.chartSource', { sources: sourcesOf(indicator, selection.series) }),
      address: window.location.href, lang, dir,
    });
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = observationsFileName(indicator.code, selection.series, 'svg');
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section className="downloads" aria-labelledby="downloads-heading">
      <h3 id="downloads-heading">{t('indicator.downloads')}</h3>
      <ul>
        <li>
          <a href={observationsCsvUrl(indicator.code, query, lang)} download={observationsFileName(indicator.code, selection.series)}
            className="download-link">
            {t('indicator.downloadSelection')}
          </a>
        </li>
        <li>
          <a href={observationsCsvUrl(indicator.code, {}, lang)} download={observationsFileName(indicator.code)} className="download-link">
            {t('indicator.downloadAll')}
          </a>
        </li>
        {chart && (
          <li>
            <button type="button" className="download-link" onClick={() => saveChart(chart())}>
              {t('indicator.downloadChart')}
            </button>
          </li>
        )}
      </ul>
      <EmbedSnippet indicator={indicator} selection={selection} title={title} />
    </section>
  );
}

/** The source of the shown series as the metadata's `data_series` names it, else every source of the indicator. */
function sourcesOf(indicator: IndicatorDetail, series: string): string {
  const rows = indicator.metadata?.data_series;
  const row = Array.isArray(rows) ? (rows as { code?: unknown; source?: unknown }[]).find((r) => r.code === series) : undefined;
  if (typeof row?.source === 'string' && row.source.trim()) return row.source.trim();
  return indicator.sources.map((s) => s.title).join('; ');
}
