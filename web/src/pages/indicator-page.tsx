import type { CSSProperties } from 'react';
import { useParams } from 'react-router';
import { getIndicator } from '../api/client.ts';
import type { IndicatorDetail } from '../api/types.ts';
import { AppLink } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { textOn } from '../components/goal-colour.ts';
import { IndicatorData } from '../components/indicator-data.tsx';
import { MetadataPanel } from '../components/metadata-panel.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { StatusBadge } from '../components/reporting-status.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * An indicator: its place in the framework, then its data (selectors, chart and table, footnotes, downloads) or
 * a clear "no data yet" notice, then its metadata and sources.
 */
export function IndicatorPage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const indicator = useApi((signal) => getIndicator(code, { lang, signal }), [code, lang]);
  const label = t('indicator.label', { code });
  useDocumentTitle(indicator.data ? `${label}: ${indicator.data.title}` : label, t('site.name'));

  if (indicator.error && !indicator.data) return <ErrorMessage error={indicator.error} retry={indicator.reload} />;
  const data = indicator.data;
  // after a navigation the previous indicator stays in hand until the next one arrives; it must not show under the new address
  if (!data || !(data.code === code || data.listings.some((l) => l.code === code))) return <div className="container"><Loading /></div>;

  const hasData = data.series.some((s) => s.observationCount > 0);
  const style = { '--goal-colour': data.goal.colour, '--goal-text': textOn(data.goal.colour) } as CSSProperties;
  return (
    <div style={style}>
      <div className="container">
        <Breadcrumb items={[{ label: t('goal.label', { code: data.goal.code }), to: `/goals/${data.goal.code}` }, { label }]} />
      </div>
      <IndicatorHeader indicator={data} code={code} />
      <div className="container">
        {hasData ? <IndicatorData key={`${data.id}-${lang}`} indicator={data} /> : <NoData indicator={data} />}
        <MetadataPanel indicator={data} />
      </div>
    </div>
  );
}

function IndicatorHeader({ indicator, code }: { indicator: IndicatorDetail; code: string }) {
  const { t } = useI18n();
  const others = indicator.listings.map((l) => l.code).filter((c) => c !== code);
  return (
    <header className="indicator-header">
      <div className="container">
        <p className="indicator-header__label">
          <span className="indicator-header__code">{t('indicator.label', { code })}</span>
          <StatusBadge status={indicator.reportingStatus} />
        </p>
        <h1>{indicator.title}</h1>
        <p className="indicator-header__context">
          <AppLink to={`/goals/${indicator.goal.code}`}>{t('indicator.goalOf', { code: indicator.goal.code, title: indicator.goal.title })}</AppLink>
          <br />
          {t('indicator.targetOf', { code: indicator.target.code, title: indicator.target.title })}
        </p>
        {others.length > 0 && (
          <p className="indicator-header__also">
            {t('indicator.alsoListed', { codes: others.join(', ') })}
          </p>
        )}
      </div>
    </header>
  );
}

function NoData({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useI18n();
  return (
    <section className="section no-data" aria-labelledby="no-data-heading">
      <h2 id="no-data-heading">{t('indicator.noData')}</h2>
      <p>{indicator.dataNonStatistical ? t('indicator.noDataNonStatistical') : t('indicator.noDataText')}</p>
    </section>
  );
}
