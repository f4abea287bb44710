import type { CSSProperties } from 'react';
import { useParams } from 'react-router';
import { getGoal } from '../api/client.ts';
import type { IndicatorListingSummary } from '../api/types.ts';
import { AppLink } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { textOn } from '../components/goal-colour.ts';
import { ErrorMessage, isMissingPage, Loading, NotFound } from '../components/page-state.tsx';
import { StatusBadge, StatusBar, StatusLegend, totalOf } from '../components/reporting-status.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { UnofficialNote } from '../translations/unofficial-note.tsx';

/** A goal: its title in its colour, its reporting status, then each target with its indicators and their latest values. */
export function GoalPage() {
  const { goal: code = '' } = useParams();
  const { t, lang, formatNumber, formatCode } = useI18n();
  const goal = useApi((signal) => getGoal(code, { lang, signal }), [code, lang]);
  const missing = isMissingPage(goal.error);
  const label = t('goal.label', { code: formatCode(code) });
  const title = goal.data ? t('indicator.goalOf', { code: formatCode(code), title: goal.data.short || goal.data.title }) : label;
  useDocumentTitle(missing ? t('site.notFoundTitle') : title, t('site.name'));

  if (missing) return <NotFound />;
  if (goal.error && !goal.data) return <ErrorMessage error={goal.error} retry={goal.reload} />;
  if (!goal.data || goal.data.code !== code) return <div className="container"><Loading /></div>;

  const data = goal.data;
  const total = totalOf(data.reportingStatus);
  const style = { '--goal-colour': data.colour, '--goal-text': textOn(data.colour) } as CSSProperties;
  return (
    <div style={style}>
      <div className="container">
        <Breadcrumb items={[{ label }]} />
      </div>
      <header className="goal-header">
        <div className="container goal-header__inner">
          <span className="goal-header__number" aria-hidden="true">{formatNumber(Number(data.code))}</span>
          <div>
            <p className="goal-header__label">{label}</p>
            <h1>{data.short || data.title}</h1>
            {data.short && data.title !== data.short && <p className="goal-header__title">{data.title}</p>}
            <UnofficialNote entity="goal" codes={[data.code]} />
          </div>
        </div>
      </header>
      <div className="container">
        <section className="section goal-status" aria-labelledby="goal-status-heading">
          <h2 id="goal-status-heading" className="h3">{t('status.heading')}</h2>
          <StatusBar counts={data.reportingStatus} size="large"
            label={t('status.barLabel', { goal: formatCode(data.code), complete: formatNumber(data.reportingStatus.complete), total: formatNumber(total) })} />
          <StatusLegend counts={data.reportingStatus} />
        </section>
        <section className="section" aria-labelledby="targets-heading">
          <h2 id="targets-heading">{t('goal.targetsHeading')}</h2>
          {data.targets.map((target) => (
            <section key={target.code} className="target" aria-labelledby={`target-${target.code}`}>
              <h3 id={`target-${target.code}`} className="target__heading">
                <span className="target__code">{t('goal.target', { code: formatCode(target.code) })}</span>
                <span className="target__title">{target.title}</span>
              </h3>
              <ul className="indicator-list" aria-label={t('goal.indicatorsOfTarget', { code: formatCode(target.code) })}>
                {target.indicators.map((indicator) => (
                  <IndicatorRow key={indicator.code} indicator={indicator} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}

function IndicatorRow({ indicator }: { indicator: IndicatorListingSummary }) {
  const { t, formatShort, unitName, localDigits, formatCode } = useI18n();
  const latest = indicator.latest;
  return (
    <li className="indicator-row">
      <div className="indicator-row__main">
        <AppLink to={`/indicators/${indicator.code}`} className="indicator-row__link">
          <span className="indicator-row__code">{formatCode(indicator.code)}</span>
          <span className="indicator-row__title">{indicator.title}</span>
        </AppLink>
      </div>
      <div className="indicator-row__facts">
        <StatusBadge status={indicator.reportingStatus} />
        <span className="indicator-row__latest">
          <span className="visually-hidden">{t('goal.latest')}: </span>
          {latest ? (
            <>
              <strong>{formatShort(latest.value)}</strong> {unitName(latest.unit, latest.unitName)}{' '}
              <span className="muted">({localDigits(latest.timePeriod)})</span>
              {latest.relation === 'proxy' && (
                <>
                  {' '}
                  <span className="tag" aria-hidden="true" title={t('goal.proxyExplanation')}>{t('indicator.proxy')}</span>
                  <span className="visually-hidden">{t('goal.proxyExplanation')}</span>
                </>
              )}
            </>
          ) : (
            <span className="muted">{t('goal.noValue')}</span>
          )}
        </span>
      </div>
    </li>
  );
}
