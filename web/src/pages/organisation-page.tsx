import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { getOrganisationCard, SCORECARD_COMPONENTS, type OrganisationCard } from '../api/scorecard.ts';
import { IndicatorChart } from '../charts/indicator-chart.tsx';
import { AppLink } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ErrorMessage, isMissingPage, Loading, NotFound } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { rankTrendOption } from '../scorecard/rank-trend-option.ts';
import { ShareBar } from '../scorecard/share-bar.tsx';
import '../styles/scorecard.css';

/**
 * An organisation's scorecard (`/organisations/HSD?cycle=2025`): its rank and composite, each component with what it
 * rests on, its rank in every cycle as a chart and a table, and the indicators it leads against the reporting
 * calendar with their progress by the national method.
 */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t, lang } = useI18n();
  const asked = Number(params.get('cycle'));
  const cycle = Number.isInteger(asked) && asked >= 2016 ? asked : null;
  const card = useApi((signal) => getOrganisationCard(id, cycle, { lang, signal }), [id, cycle, lang]);
  const missing = isMissingPage(card.error);
  useDocumentTitle(missing ? t('site.notFoundTitle') : card.data?.organisation.name ?? t('scorecard.rankingTitle'), t('site.name'));

  if (missing) return <NotFound />;
  if (card.error && !card.data) return <ErrorMessage error={card.error} retry={card.reload} />;
  if (!card.data || card.data.organisation.id !== id) return <div className="container"><Loading /></div>;
  const data = card.data;
  return (
    <div className="container scorecard">
      <Breadcrumb items={[{ label: t('scorecard.rankingTitle'), to: '/ranking' }, { label: data.organisation.name }]} />
      <h1>{data.organisation.name}</h1>
      <Summary data={data} />
      {data.indicators.length > 0 && (
        <>
          <Components data={data} />
          <History data={data} />
          <Indicators data={data} />
        </>
      )}
    </div>
  );
}

function Summary({ data }: { data: OrganisationCard }) {
  const { t, localDigits } = useI18n();
  if (data.indicators.length === 0) return <p>{t('scorecard.leadsNothing')}</p>;
  return (
    <p className="scorecard__summary">
      {data.rank === null
        ? t('scorecard.unranked', { cycle: localDigits(data.cycle) })
        : t('scorecard.rankOf', { rank: localDigits(data.rank), number: localDigits(data.ranked), cycle: localDigits(data.cycle) })}
      {' '}
      {t('scorecard.ledCount', { number: localDigits(data.indicators.length) })}
    </p>
  );
}

function Components({ data }: { data: OrganisationCard }) {
  const { t, localDigits } = useI18n();
  return (
    <section className="section" aria-labelledby="card-components">
      <h2 id="card-components">{t('scorecard.componentsHeading')}</h2>
      <dl className="scorecard-components">
        <div className="scorecard-components__row scorecard-components__row--total">
          <dt>{t('scorecard.composite')}</dt>
          <dd><ShareBar value={data.composite} label={t('scorecard.composite')} strong /></dd>
        </div>
        {SCORECARD_COMPONENTS.map((c) => (
          <div key={c} className="scorecard-components__row">
            <dt>
              {t(`scorecard.components.${c}`)}
              <span className="scorecard-components__weight muted"> · {t('scorecard.weight', { value: localDigits(Math.round(data.weights[c] * 100)) })}</span>
            </dt>
            <dd>
              <ShareBar value={data.components[c]?.value ?? null} figure={data.components[c]} label={t(`scorecard.components.${c}`)} />
              <span className="scorecard-components__help muted">{t(`scorecard.help.${c}`)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The rank in every cycle: a line chart with the same figures in a table beside it. */
function History({ data }: { data: OrganisationCard }) {
  const { t, formatNumber, localDigits } = useI18n();
  const ranked = Math.max(data.ranked, ...data.history.map((h) => h.rank ?? 0));
  const option = useMemo(() => rankTrendOption(data.history, ranked, {
    rank: t('scorecard.rank'), colour: '#19486A', formatNumber, formatCycle: (c) => localDigits(c),
    description: t('scorecard.historyChart', { name: data.organisation.name }),
  }), [data, ranked, t, formatNumber, localDigits]);
  return (
    <section className="section" aria-labelledby="card-history">
      <h2 id="card-history">{t('scorecard.historyHeading')}</h2>
      <div className="scorecard-history">
        <div className="scorecard-history__chart"><IndicatorChart option={option} visible /></div>
        <table className="scorecard-table scorecard-table--compact">
          <caption className="visually-hidden">{t('scorecard.historyHeading')}</caption>
          <thead>
            <tr><th scope="col">{t('scorecard.cycle')}</th><th scope="col">{t('scorecard.rank')}</th><th scope="col">{t('scorecard.composite')}</th></tr>
          </thead>
          <tbody>
            {data.history.map((h) => (
              <tr key={h.cycle} aria-current={h.cycle === data.cycle ? 'true' : undefined}>
                <th scope="row">{localDigits(h.cycle)}</th>
                <td className="scorecard-table__number">{h.rank === null ? '–' : localDigits(h.rank)}</td>
                <td className="scorecard-table__number">{h.composite === null ? '–' : t('scorecard.percent', { value: localDigits(Math.round(h.composite * 100)) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Indicators({ data }: { data: OrganisationCard }) {
  const { t, localDigits, formatCode, formatShort } = useI18n();
  const date = (iso: string) => localDigits(iso.slice(0, 10));
  return (
    <section className="section" aria-labelledby="card-indicators">
      <h2 id="card-indicators">{t('scorecard.indicatorsHeading')}</h2>
      <div className="scorecard__scroll" role="region" aria-labelledby="card-indicators" tabIndex={0}>
        <table className="scorecard-table">
          <thead>
            <tr>
              <th scope="col">{t('scorecard.indicator')}</th>
              <th scope="col">{t('scorecard.expectedPeriod')}</th>
              <th scope="col">{t('scorecard.deadline')}</th>
              <th scope="col">{t('scorecard.lastSubmission')}</th>
              <th scope="col">{t('scorecard.progressBy', { method: t(`progress.methods.${data.method}`, { defaultValue: data.method }) })}</th>
            </tr>
          </thead>
          <tbody>
            {data.indicators.map((i) => (
              <tr key={i.code}>
                <th scope="row" className="scorecard-table__name">
                  <AppLink to={`/indicators/${i.code}`}><span className="scorecard-table__code">{formatCode(i.code)}</span> {i.title}</AppLink>
                </th>
                <td>
                  {localDigits(i.expectedPeriod)}{' '}
                  <span className={`tag ${i.present ? 'tag--ok' : 'tag--missing'}`}>{t(i.present ? 'scorecard.present' : 'scorecard.missing')}</span>
                </td>
                <td>{date(i.deadline)}</td>
                <td>
                  {i.lastSubmittedAt === null ? <span className="muted">{t('scorecard.noSubmission')}</span> : (
                    <>{date(i.lastSubmittedAt)} <span className={`tag ${i.lastSubmissionOnTime ? 'tag--ok' : 'tag--missing'}`}>{t(i.lastSubmissionOnTime ? 'scorecard.onTime' : 'scorecard.late')}</span></>
                  )}
                </td>
                <td>
                  {t(`progress.classes.${i.status}`, { defaultValue: i.status.replaceAll('_', ' ') })}
                  {i.score !== null && <span className="muted"> ({formatShort(i.score)})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
