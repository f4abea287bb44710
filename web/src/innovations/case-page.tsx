import { useId } from 'react';
import { useParams } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ErrorMessage, isMissingPage, Loading, NotFound } from '../components/page-state.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { getInnovation, type InnovationCase } from './innovations-api.ts';
import { StrengthBadge } from './strength-badge.tsx';
import { TargetIndicators } from './target-indicators.tsx';
import { TcvSection } from './tcv-section.tsx';
import './innovations.css';

/**
 * One innovation case (`/innovations/<id>`): problem and solution, organisations with roles, dated stages, coverage,
 * institutionalisation, transferability, evidence with strengths and sources, TCV before and after, replications,
 * its origin when read from another installation, and the indicators of its targets with its stage dates marked.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const item = useApi((signal) => getInnovation(id, { lang, signal }), [id, lang]);
  useDocumentTitle(item.data?.title, t('site.name'));
  if (item.error && isMissingPage(item.error)) return <NotFound />;
  if (item.error && !item.data) return <ErrorMessage error={item.error} retry={item.reload} />;
  if (!item.data) return <div className="container"><Loading /></div>;
  const c = item.data;
  return (
    <div className="container innov-page innov-case">
      <Breadcrumb items={[{ label: t('innovations.title'), to: '/innovations' }, { label: c.title }]} />
      <h1>{c.title}</h1>
      {c.origin && (
        <p className="innov-origin" role="note">
          {t('innovations.origin')} <a href={c.origin.instanceUrl}>{c.origin.instanceUrl}</a> ({c.origin.remoteId})
        </p>
      )}
      {c.summary && <p className="innov-lead">{c.summary}</p>}
      <Facts c={c} />
      <TextBlock title={t('innovations.problem')} text={c.problem} />
      <TextBlock title={t('innovations.solution')} text={c.solution} />
      <Organisations c={c} />
      <Timeline c={c} />
      <Scale c={c} />
      <Evidence c={c} />
      {c.tcv.length > 0 && <TcvSection pairs={c.tcv} />}
      <Replications c={c} />
      <TargetIndicators item={c} />
    </div>
  );
}

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  const id = useId();
  return <section className="section" aria-labelledby={id} data-testid={testId}><h2 id={id}>{title}</h2>{children}</section>;
}

function TextBlock({ title, text }: { title: string; text: string | null }) {
  return text ? <Section title={title}><p className="innov-text">{text}</p></Section> : null;
}

function Facts({ c }: { c: InnovationCase }) {
  const { t, formatCode, localDigits } = useI18n();
  const rows: [string, string][] = [
    [t('innovations.country'), (c.countryIso3 ? [c.countryIso3] : c.countries).join(', ')],
    [t('innovations.stage'), c.stage ? t(`innovations.stages.${c.stage}`) : ''],
    [t('innovations.type'), c.types.map((s) => t(`innovations.types.${s}`)).join(', ')],
    [t('innovations.level'), c.administrativeLevel ?? ''],
    [t('innovations.startDate'), c.startDate ? localDigits(c.startDate) : ''],
    [t('innovations.goals'), c.goals.map((g) => formatCode(g)).join(', ')],
    [t('innovations.targets'), c.targets.map((g) => formatCode(g)).join(', ')],
    [t('innovations.tags'), c.tags.join(', ')],
    [t('innovations.licence'), c.contentLicence ?? ''],
  ];
  return (
    <dl className="innov-facts">
      {rows.filter(([, v]) => v).map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}
      {c.website && <div><dt>{t('innovations.website')}</dt><dd><a href={c.website}>{c.website}</a></dd></div>}
    </dl>
  );
}

function Organisations({ c }: { c: InnovationCase }) {
  const { t } = useI18n();
  if (!c.organisations.length) return null;
  return (
    <Section title={t('innovations.organisations')}>
      <ul className="innov-list">
        {c.organisations.map((o) => (
          <li key={`${o.organisationId}-${o.role}`}>{o.name}{o.countryIso3 ? ` (${o.countryIso3})` : ''} — {t(`innovations.roles.${o.role}`)}</li>
        ))}
      </ul>
    </Section>
  );
}

function Timeline({ c }: { c: InnovationCase }) {
  const { t, localDigits } = useI18n();
  if (!c.stageHistory.length) return null;
  return (
    <Section title={t('innovations.stageHistory')}>
      <ol className="innov-timeline">
        {c.stageHistory.map((s, i) => (
          <li key={i}>
            {s.date ? <time dateTime={s.date}>{localDigits(s.date)}</time> : <span className="muted">{t('innovations.undated')}</span>}
            <strong>{t(`innovations.stages.${s.stage}`)}</strong>
            {s.note && <span>{s.note}</span>}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Scale({ c }: { c: InnovationCase }) {
  const { t, formatNumber, localDigits } = useI18n();
  const { coverage: cv, institutionalisation: ins, transferability: tr } = c;
  const rows: [string, string][] = [
    [t('innovations.coverage'), cv.unitsLive !== null
      ? t('innovations.coverageText', { live: formatNumber(cv.unitsLive), eligible: cv.unitsEligible !== null ? formatNumber(cv.unitsEligible) : '—' })
        + (cv.asOf ? ` (${localDigits(cv.asOf)})` : '') : ''],
    [t('innovations.legalBasis'), ins.legalBasis ?? ''],
    [t('innovations.budgetLine'), ins.budgetLine ?? ''],
    [t('innovations.mandatoryFrom'), ins.mandatoryFrom ? localDigits(ins.mandatoryFrom) : ''],
    [t('innovations.prerequisites'), tr.prerequisites ?? ''],
    [t('innovations.openSourceLicence'), tr.openSourceLicence ?? ''],
  ];
  const shown = rows.filter(([, v]) => v);
  if (!shown.length) return null;
  return (
    <Section title={t('innovations.scale')}>
      <dl className="innov-facts">{shown.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>
    </Section>
  );
}

function Evidence({ c }: { c: InnovationCase }) {
  const { t, localDigits, formatNumber } = useI18n();
  if (!c.evidence.length) return null;
  return (
    <Section title={t('innovations.evidenceTitle')} testId="evidence">
      <ul className="innov-evidence">
        {c.evidence.map((e) => (
          <li key={e.id}>
            <StrengthBadge strength={e.strength} /> <strong>{e.kind}</strong>
            {e.metric && <span>{` · ${e.metric}: ${localDigits(e.before ?? '—')} → ${localDigits(e.after ?? '—')}${e.unit ? ` ${e.unit}` : ''}`}</span>}
            {e.period && <span>{` (${localDigits(e.period)})`}</span>}
            {e.sampleSize !== null && <span>{` · ${t('innovations.sample', { n: formatNumber(e.sampleSize) })}`}</span>}
            {(e.sourceTitle || e.sourceUrl) && (
              <div className="innov-source">
                {t('innovations.source')} {e.sourceUrl ? <a href={e.sourceUrl}>{e.sourceTitle ?? e.sourceUrl}</a> : e.sourceTitle}
                {e.sourceLicence && <span>{` · ${t('innovations.licence')}: ${e.sourceLicence}`}</span>}
              </div>
            )}
            {e.notes && <div className="muted">{e.notes}</div>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Replications({ c }: { c: InnovationCase }) {
  const { t, formatNumber } = useI18n();
  if (!c.replications.length) return null;
  return (
    <Section title={`${t('innovations.replications')} (${formatNumber(c.replications.length)})`} testId="replications">
      <ScrollRegion label={t('innovations.replications')}>
        <table className="data-table innov-replications">
          <caption className="visually-hidden">{t('innovations.replications')}</caption>
          <thead><tr><th scope="col">{t('innovations.country')}</th><th scope="col">{t('innovations.adopter')}</th><th scope="col">{t('innovations.channel')}</th><th scope="col">{t('innovations.stage')}</th></tr></thead>
          <tbody>
            {c.replications.map((r) => (
              <tr key={r.id}>
                <td>{r.adopterCountryIso3}</td>
                <td>{r.adopterOrganisationId ?? '—'}</td>
                <td>{r.channel}</td>
                <td>{t(`innovations.replicationStages.${r.stage}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Section>
  );
}
