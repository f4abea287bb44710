import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { countryName } from './country-names.ts';
import { CountryTable } from './country-table.tsx';
import { getCases, getReplications, REPLICATION_STAGES } from './network-api.ts';
import { NetworkChart } from './network-chart.tsx';
import { networkModel } from './network-model.ts';
import { networkOption } from './network-option.ts';
import './innovation-network.css';

/**
 * `/innovations/network?innovation=dpg-dhis2&stage=pilot`: countries linked by replications of published cases — a
 * graph of provider countries → adopter countries and, beside it, the sortable table of the same countries.
 */
export function NetworkPage() {
  const { t, lang, formatNumber } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const innovation = params.get('innovation') ?? '';
  const stage = params.get('stage') ?? '';
  useDocumentTitle(t('innovationNetwork.networkTitle'), t('site.name'));
  const cases = useApi((signal) => getCases({ signal }), []);
  const replications = useApi((signal) => getReplications(stage, { signal }), [stage]);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    setParams(next, { replace: true });
  };
  const name = (iso3: string) => countryName(iso3, lang);
  const titles = useMemo(() => new Map((cases.data ?? []).map((c) => [c.id, c.title])), [cases.data]);
  const model = useMemo(() => networkModel(replications.data ?? [], cases.data ?? [], innovation), [replications.data, cases.data, innovation]);
  const chosen = innovation ? titles.get(innovation) ?? innovation : t('innovationNetwork.allInnovations');
  const summary = t('innovationNetwork.summary', {
    what: chosen, replications: formatNumber(model.replications), countries: formatNumber(model.countries.filter((c) => c.adopted > 0).length),
  });
  const option = useMemo(() => networkOption(model, {
    name, caseTitle: (c) => titles.get(c) ?? c, number: formatNumber, description: summary,
    node: (n, r) => t('innovationNetwork.nodeTip', { name: n, n: r }),
  }), [model, titles, lang, summary]);

  const error = cases.error ?? replications.error;
  if (error) return <ErrorMessage error={error} retry={() => { cases.reload(); replications.reload(); }} />;
  if (!cases.data || !replications.data) return <div className="container"><Loading /></div>;
  const replicated = cases.data.filter((c) => c.replicationCount > 0);
  return (
    <div className="container innet">
      <Breadcrumb items={[{ label: t('innovationNetwork.networkTitle') }]} />
      <h1>{t('innovationNetwork.networkTitle')}</h1>
      <p>{t('innovationNetwork.networkIntro')} <AppLink to="/innovations/requests">{t('innovationNetwork.requestsTitle')}</AppLink></p>
      <div className="innet__filters">
        <label htmlFor={`${id}-case`}>{t('innovationNetwork.innovation')}</label>
        <select id={`${id}-case`} value={innovation} onChange={(e) => set('innovation', e.target.value)}>
          <option value="">{t('innovationNetwork.allInnovations')}</option>
          {replicated.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
        </select>
        <label htmlFor={`${id}-stage`}>{t('innovationNetwork.stage')}</label>
        <select id={`${id}-stage`} value={stage} onChange={(e) => set('stage', e.target.value)}>
          <option value="">{t('innovationNetwork.allStages')}</option>
          {REPLICATION_STAGES.map((s) => <option key={s} value={s}>{t(`innovationNetwork.replicationStage.${s}`)}</option>)}
        </select>
      </div>
      <p data-testid="innet-summary" role="status">{summary}</p>
      {model.countries.length === 0 ? <p>{t('innovationNetwork.none')}</p> : (
        <div className="innet__body">
          <section aria-labelledby={`${id}-graph`}>
            <h2 id={`${id}-graph`}>{t('innovationNetwork.graphTitle')}</h2>
            <p className="muted">{t('innovationNetwork.graphHint')}</p>
            <NetworkChart option={option} />
          </section>
          <section aria-labelledby={`${id}-table`}>
            <h2 id={`${id}-table`}>{t('innovationNetwork.tableTitle')}</h2>
            <CountryTable rows={model.countries} name={name} caption={summary} />
          </section>
        </div>
      )}
    </div>
  );
}
