import type { CSSProperties } from 'react';
import { useParams } from 'react-router';
import { getIndicator } from '../api/client.ts';
import type { IndicatorDetail } from '../api/types.ts';
import { AppLink } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { textOn } from '../components/goal-colour.ts';
import { IndicatorData } from '../components/indicator-data.tsx';
import { hasPublishedMetadata, MetadataPanel } from '../components/metadata-panel.tsx';
import { ErrorMessage, isMissingPage, Loading, NotFound } from '../components/page-state.tsx';
import { StatusBadge } from '../components/reporting-status.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { IndicatorGaps } from '../gaps/indicator-gaps.tsx';
import { IndicatorLinks } from '../interlinkages/indicator-links.tsx';
import { IndicatorInnovations } from '../innovations/indicator-innovations.tsx';

/**
 * An indicator: its place in the framework, then its data (selectors, chart and table, footnotes, downloads) or
 * a clear "no figures yet" notice, then its metadata and sources (left out when neither has been published).
 * An address naming no indicator shows "page not found".
 */
export function IndicatorPage() {
  const { code = '' } = useParams();
  const { t, lang, formatCode } = useI18n();
  const indicator = useApi((signal) => getIndicator(code, { lang, signal }), [code, lang]);
  const missing = isMissingPage(indicator.error);
  const label = t('indicator.label', { code: formatCode(code) });
  const title = indicator.data ? t('indicator.labelTitle', { code: formatCode(code), title: indicator.data.title }) : label;
  useDocumentTitle(missing ? t('site.notFoundTitle') : title, t('site.name'));

  if (missing) return <NotFound />;
  if (indicator.error && !indicator.data) return <ErrorMessage error={indicator.error} retry={indicator.reload} />;
  const data = indicator.data;
  // after a navigation the previous indicator stays in hand until the next one arrives; it must not show under the new address
  if (!data || !(data.code === code || data.listings.some((l) => l.code === code))) return <div className="container"><Loading /></div>;

  const hasData = data.series.some((s) => s.observationCount > 0);
  const described = hasPublishedMetadata(data);
  const style = { '--goal-colour': data.goal.colour, '--goal-text': textOn(data.goal.colour) } as CSSProperties;
  return (
    <div style={style}>
      <div className="container">
        <Breadcrumb items={[{ label: t('goal.label', { code: formatCode(data.goal.code) }), to: `/goals/${data.goal.code}` }, { label }]} />
      </div>
      <IndicatorHeader indicator={data} code={code} />
      <div className="container">
        {hasData ? <IndicatorData key={`${data.id}-${lang}`} indicator={data} /> : <NoData indicator={data} described={described} />}
        {hasData && <IndicatorGaps key={data.code} code={data.code} />}
        {hasData && <IndicatorLinks key={data.code} code={data.code} />}
        <IndicatorInnovations key={`innovations-${data.code}`} code={data.code} />
        {(hasData || described) && <MetadataPanel indicator={data} />}
      </div>
    </div>
  );
}

function IndicatorHeader({ indicator, code }: { indicator: IndicatorDetail; code: string }) {
  const { t, formatCode } = useI18n();
  const others = indicator.listings.map((l) => l.code).filter((c) => c !== code);
  return (
    <header className="indicator-header">
      <div className="container">
        <p className="indicator-header__label">
          <span className="indicator-header__code">{t('indicator.label', { code: formatCode(code) })}</span>
          <StatusBadge status={indicator.reportingStatus} />
        </p>
        <h1>{indicator.title}</h1>
        <p className="indicator-header__context">
          <AppLink to={`/goals/${indicator.goal.code}`}>{t('indicator.goalOf', { code: formatCode(indicator.goal.code), title: indicator.goal.title })}</AppLink>
          <br />
          {t('indicator.targetOf', { code: formatCode(indicator.target.code), title: indicator.target.title })}
        </p>
        {others.length > 0 && (
          <p className="indicator-header__also">
            {t('indicator.alsoListed', { codes: others.map(formatCode).join(', ') })}
          </p>
        )}
      </div>
    </header>
  );
}

/**
 * An indicator without figures: says so, then either points to the description below or says there is none yet,
 * so the notice never contradicts what follows it.
 */
function NoData({ indicator, described }: { indicator: IndicatorDetail; described: boolean }) {
  const { t } = useI18n();
  return (
    <section className="section no-data" aria-labelledby="no-data-heading">
      <h2 id="no-data-heading">{t('indicator.noData')}</h2>
      <p>
        {indicator.dataNonStatistical ? t('indicator.noDataNonStatistical') : t('indicator.noDataText')}{' '}
        {described ? t('indicator.noDataSeeMetadata') : t('indicator.noDataNoMetadata')}
      </p>
    </section>
  );
}
