import type { CSSProperties } from 'react';
import { getGoals, getReportingStatus } from '../api/client.ts';
import type { GoalSummary, StatusCounts } from '../api/types.ts';
import { AppLink } from '../components/app-link.tsx';
import { textOn } from '../components/goal-colour.ts';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { StatusBar, StatusLegend, sumCounts, totalOf } from '../components/reporting-status.tsx';
import { useCountryName } from '../components/site-context.tsx';
import { ProgressGlance } from '../dashboard/progress-glance.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { UnofficialNote } from '../translations/unofficial-note.tsx';

/** The 17 goals as tiles in their colours, each with its reporting status, after a national summary. */
export function HomePage() {
  const { t, lang } = useI18n();
  const country = useCountryName();
  const goals = useApi((signal) => getGoals({ lang, signal }), [lang]);
  const status = useApi((signal) => getReportingStatus({ lang, signal }), [lang]);
  useDocumentTitle(undefined, t('site.name'));

  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t('home.title')}</h1>
          <p className="hero__intro">{country ? t('home.intro', { country }) : t('home.introNoCountry')}</p>
        </div>
      </section>
      <div className="container">
        {goals.error && !goals.data && <ErrorMessage error={goals.error} retry={goals.reload} />}
        {!goals.data && !goals.error && <Loading />}
        {goals.data && (
          <>
            <NationalSummary counts={status.data?.total ?? sumCounts(goals.data.map((g) => g.reportingStatus))} />
            <ProgressGlance />
            <section aria-labelledby="goals-heading" className="section">
              <h2 id="goals-heading">{t('home.goalsHeading')}</h2>
              <UnofficialNote entity="goal" codes={goals.data.map((g) => g.code)} wide />
              <ul className="goal-grid">
                {goals.data.map((goal) => (
                  <GoalTile key={goal.code} goal={goal} />
                ))}
              </ul>
            </section>
          </>
        )}
      </div>
    </>
  );
}

/** Reporting status over the country's unique indicators (a repeated indicator counts once). */
function NationalSummary({ counts }: { counts: StatusCounts }) {
  const { t, lang, formatNumber } = useI18n();
  const total = totalOf(counts);
  const share = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(total ? counts.complete / total : 0);
  return (
    <section aria-labelledby="summary-heading" className="section summary">
      <div className="summary__text">
        <h2 id="summary-heading">{t('status.summaryTitle')}</h2>
        <p>{t('status.summaryIntro', { total: formatNumber(total) })}</p>
        <p className="summary__figure">{t('status.reportedShare', { percent: share })}</p>
      </div>
      <div className="summary__chart">
        <StatusBar counts={counts} size="large" label={t('status.reportedShare', { percent: share })} />
        <StatusLegend counts={counts} />
      </div>
    </section>
  );
}

function GoalTile({ goal }: { goal: GoalSummary }) {
  const { t, formatNumber, formatCode } = useI18n();
  const total = totalOf(goal.reportingStatus);
  const style = { '--goal-colour': goal.colour, '--goal-text': textOn(goal.colour) } as CSSProperties;
  const statusText = t('status.barLabel', {
    goal: formatCode(goal.code),
    complete: formatNumber(goal.reportingStatus.complete),
    total: formatNumber(total),
  });
  return (
    <li className="goal-tile" style={style}>
      <AppLink to={`/goals/${goal.code}`} className="goal-tile__link">
        <span className="goal-tile__head">
          <span className="goal-tile__number" aria-hidden="true">{formatNumber(Number(goal.code))}</span>
          <span className="goal-tile__title">
            <span className="visually-hidden">{t('goal.label', { code: formatCode(goal.code) })}: </span>
            {goal.short || goal.title}
          </span>
        </span>
        <span className="goal-tile__body">
          <StatusBar counts={goal.reportingStatus} label={statusText} />
          <span className="goal-tile__count" aria-hidden="true">
            {t('status.tileCount', { complete: formatNumber(goal.reportingStatus.complete), total: formatNumber(total) })}
          </span>
        </span>
      </AppLink>
    </li>
  );
}
