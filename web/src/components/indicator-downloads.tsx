import { observationsCsvUrl, observationsFileName } from '../api/client.ts';
import type { IndicatorDetail } from '../api/types.ts';
import { chartSvgDocument } from '../charts/chart-svg.ts';
import type { ChartSnapshot } from '../charts/indicator-chart.tsx';
import { useI18n } from '../i18n/index.tsx';
import { COMPARE, type Selection } from '../indicator/selection.ts';
import { EmbedSnippet } from '../embed/embed-snippet.tsx';

/** The files the open API gives a selection as (`format=`), with the extension it names them with. */
const FORMATS = [
  { format: 'csv', label: 'CSV', extension: 'csv' },
  { format: 'xlsx', label: 'XLSX', extension: 'xlsx' },
  { format: 'sdmx-csv', label: 'SDMX-CSV', extension: 'sdmx.csv' },
  { format: 'sdmx-json', label: 'SDMX-JSON', extension: 'sdmx.json' },
] as const;

/** The open API's address of a selection in one file format: the CSV address with its `format` swapped. */
function fileUrl(csvUrl: string, format: string): string {
  const [path, search = ''] = csvUrl.split('?');
  const params = new URLSearchParams(search);
  params.set('format', format);
  return `${path}?${params.toString()}`;
}

/**
 * Downloads of an indicator: the shown selection and the whole indicator as CSV, XLSX (data and metadata sheets),
 * SDMX-CSV and SDMX-JSON (the SDG DSD), straight from the open API and named as the API names them, and, while the
 * chart is shown, the chart as a standalone SVG with its title, selection, source and address on a white page.
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
      {([['selection', query, selection.series], ['all', {}, undefined]] as const).map(([which, q, series]) => (
        <div key={which} role="group" aria-labelledby={`downloads-${which}`} style={{ marginBlockEnd: '0.8rem' }}>
          <p id={`downloads-${which}`} style={{ margin: '0 0 0.35rem' }}>{t(`downloads.${which}`)}</p>
          <ul>
            {FORMATS.map((f) => (
              <li key={f.format}>
                <a href={fileUrl(observationsCsvUrl(indicator.code, q, lang), f.format)}
                  download={observationsFileName(indicator.code, series, f.extension)} className="download-link"
                  aria-label={t('downloads.fileLabel', { what: t(`downloads.${which}`), format: f.label })}>
                  {f.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {chart && (
        <ul>
          <li>
            <button type="button" className="download-link" onClick={() => saveChart(chart())}>
              {t('indicator.downloadChart')}
            </button>
          </li>
        </ul>
      )}
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
