import { observationsCsvUrl } from '../api/client.ts';
import type { IndicatorDetail } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { COMPARE, type Selection } from '../indicator/selection.ts';

/**
 * Downloads of an indicator: the shown selection and the whole indicator as CSV (straight from the open API's
 * `format=csv`), and the chart as SVG while the chart is shown.
 */
export function IndicatorDownloads({ indicator, selection, chartUrl }: {
  indicator: IndicatorDetail;
  selection: Selection;
  chartUrl: (() => string) | null;
}) {
  const { t, lang } = useI18n();
  const dimensions = Object.fromEntries(Object.entries(selection.dimensions).filter(([, code]) => code !== COMPARE));
  const query = {
    series: selection.series,
    ...(selection.unit ? { unit: selection.unit } : {}),
    ...(selection.area && selection.area !== COMPARE ? { area: selection.area } : {}),
    dimensions,
  };
  const file = `sdg-${indicator.code.replaceAll('.', '-')}`;
  return (
    <section className="downloads" aria-labelledby="downloads-heading">
      <h3 id="downloads-heading">{t('indicator.downloads')}</h3>
      <ul>
        <li>
          <a href={observationsCsvUrl(indicator.code, query, lang)} download={`${file}-${selection.series}.csv`} className="download-link">
            {t('indicator.downloadSelection')}
          </a>
        </li>
        <li>
          <a href={observationsCsvUrl(indicator.code, {}, lang)} download={`${file}.csv`} className="download-link">
            {t('indicator.downloadAll')}
          </a>
        </li>
        {chartUrl && (
          <li>
            <button type="button" className="download-link"
              onClick={() => {
                const link = document.createElement('a');
                link.href = chartUrl();
                link.download = `${file}-${selection.series}.svg`;
                link.click();
              }}>
              {t('indicator.downloadChart')}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
