import { AppLink } from '../components/app-link.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useCountryName } from '../components/site-context.tsx';
import { AvailabilityGroup } from '../dashboard/availability-group.tsx';
import { getAvailability, type Availability } from '../dashboard/dashboard-api.ts';
import { useNarrow } from '../dashboard/use-narrow.ts';
import '../dashboard/dashboard.css';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * Data availability (`/availability`): how many indicators have published data, by goal, IAEG-SDGs tier and lead
 * organisation (each a chart and a table), and the indicators whose data lack a breakdown their title asks for.
 */
export function AvailabilityPage() {
  const { t, lang, formatNumber, formatCode } = useI18n();
  const country = useCountryName();
  const narrow = useNarrow();
  const answer = useApi((signal) => getAvailability({ lang, signal }), [lang]);
  useDocumentTitle(t('availability.title'), t('site.name'));
  const data = answer.data;
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const tierName = (tier: string | null) => (tier ? t('availability.tierName', { tier }) : t('availability.noTier'));

  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t('availability.title')}</h1>
          <p className="hero__intro">{t('availability.intro', { country: country || '—' })}</p>
        </div>
      </section>
      <div className="container">
        {answer.error && <ErrorMessage error={answer.error} retry={answer.reload} />}
        {!data && !answer.error && <Loading />}
        {data && (
          <>
            <section className="section dashboard-summary" aria-labelledby="availability-summary">
              <h2 id="availability-summary">{t('availability.summaryHeading')}</h2>
              <p className="dashboard-summary__text" data-testid="availability-summary">
                {t('availability.summary', {
                  withData: formatNumber(data.total.withData), total: formatNumber(data.total.total),
                  percent: percent.format(data.total.total ? data.total.withData / data.total.total : 0),
                })}
              </p>
            </section>
            <AvailabilityGroup id="availability-goals" heading={t('availability.byGoal')} column={t('progress.dashboard.goal')} narrow={narrow}
              rows={data.goals.map((g) => ({ key: g.code, label: `${formatCode(g.code)}. ${g.title}`, colour: g.colour, withData: g.withData, total: g.total }))} />
            <AvailabilityGroup id="availability-tiers" heading={t('availability.byTier')} column={t('availability.tier')} narrow={narrow}
              rows={data.tiers.map((r) => ({ key: r.tier ?? 'none', label: tierName(r.tier), withData: r.withData, total: r.total }))} />
            {data.tierSource && <p className="dashboard-note">{t('availability.tierSource', { source: data.tierSource })}</p>}
            <AvailabilityGroup id="availability-organisations" heading={t('availability.byOrganisation')} column={t('availability.organisation')} narrow={narrow}
              rows={data.organisations.map((r) => ({ key: r.id ?? 'none', label: r.name ?? t('availability.noLead'), withData: r.withData, total: r.total }))} />
            <MissingBreakdowns data={data} />
          </>
        )}
      </div>
    </>
  );
}

/** Indicators with data that lack a breakdown their title asks for, with what is expected, present and missing. */
function MissingBreakdowns({ data }: { data: Availability }) {
  const { t, formatNumber, formatCode } = useI18n();
  const rows = data.indicators.filter((i) => i.hasData && i.missing.length > 0);
  const name = (id: string) => data.dimensions[id] ?? id;
  const caption = t('availability.missingCaption');
  return (
    <section className="section" aria-labelledby="availability-missing">
      <h2 id="availability-missing">{t('availability.missingHeading', { n: formatNumber(rows.length) })}</h2>
      <p className="muted">{t('availability.missingIntro')}</p>
      <ScrollRegion label={caption}>
        <table className="data-table" data-testid="missing-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.dashboard.indicator')}</th>
              <th scope="col">{t('availability.expected')}</th>
              <th scope="col">{t('availability.present')}</th>
              <th scope="col">{t('availability.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => (
              <tr key={i.indicator} data-indicator={i.indicator}>
                <th scope="row" className="dashboard-offtrack__indicator">
                  <AppLink to={`/indicators/${i.indicator}`}><span className="dashboard-offtrack__code">{formatCode(i.indicator)}</span> {i.title}</AppLink>
                </th>
                <td>{i.expected.map((e) => (e.dimension ? name(e.dimension) : t('availability.notCoded', { term: e.term }))).join(', ')}</td>
                <td>{i.present.length ? i.present.map(name).join(', ') : '–'}</td>
                <td><strong>{i.missing.map(name).join(', ')}</strong></td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
