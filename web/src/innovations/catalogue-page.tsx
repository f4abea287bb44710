import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import {
  exportUrl, FILTER_KEYS, getCatalogue, STAGES, STRENGTHS, TYPES, type Filters, type InnovationSummary,
} from './innovations-api.ts';
import { StrengthBadge } from './strength-badge.tsx';
import './innovations.css';

/** Cases on one page of the catalogue. */
const PAGE = 20;

/**
 * The innovation catalogue (`/innovations?q=land&goal=16&stage=national&page=2`): a search box and filters kept in the
 * address, the matching published cases as cards, paging, and the whole catalogue as CSV or JSON.
 */
export function CataloguePage() {
  const { t, lang, formatNumber, formatCode } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters: Filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const key = FILTER_KEYS.map((k) => filters[k]).join('|');
  const list = useApi((signal) => getCatalogue(filters, PAGE, (page - 1) * PAGE, { lang, signal }), [key, page, lang]);
  const [words, setWords] = useState(filters.q ?? '');
  const id = useId();
  useDocumentTitle(t('innovations.title'), t('site.name'));

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  const submit = (e: FormEvent) => { e.preventDefault(); set({ q: words.trim() }); };
  const select = (name: keyof Filters, label: string, options: readonly { value: string; label: string }[]) => (
    <div className="innov-filter">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={filters[name] ?? ''} onChange={(e) => set({ [name]: e.target.value })}>
        <option value="">{t('innovations.any')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
  const total = list.data?.page.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));

  return (
    <div className="container innov-page">
      <Breadcrumb items={[{ label: t('innovations.title') }]} />
      <h1>{t('innovations.title')}</h1>
      <p>{t('innovations.intro')}</p>
      <form role="search" className="innov-search" onSubmit={submit} aria-label={t('innovations.searchLabel')}>
        <label htmlFor={`${id}-q`}>{t('innovations.searchLabel')}</label>
        <div className="innov-search__row">
          <input id={`${id}-q`} type="search" value={words} onChange={(e) => setWords(e.target.value)} />
          <button type="submit">{t('innovations.search')}</button>
        </div>
      </form>
      <div className="innov-filters">
        <div className="innov-filter">
          <label htmlFor={`${id}-country`}>{t('innovations.country')}</label>
          <input id={`${id}-country`} defaultValue={filters.country} key={filters.country} maxLength={3} size={5}
            placeholder="BGD" aria-describedby={`${id}-country-hint`}
            onBlur={(e) => { const v = e.target.value.trim().toUpperCase(); if (/^[A-Z]{3}$|^$/.test(v) && v !== (filters.country ?? '')) set({ country: v }); }} />
          <span id={`${id}-country-hint`} className="muted innov-hint">{t('innovations.countryHint')}</span>
        </div>
        {select('goal', t('innovations.goal'), Array.from({ length: 17 }, (_, i) => ({ value: String(i + 1), label: t('innovations.goalN', { n: formatCode(String(i + 1)) }) })))}
        <div className="innov-filter">
          <label htmlFor={`${id}-target`}>{t('innovations.target')}</label>
          <input id={`${id}-target`} defaultValue={filters.target} key={filters.target} maxLength={10} size={6} placeholder="16.9"
            onBlur={(e) => { const v = e.target.value.trim(); if (v !== (filters.target ?? '')) set({ target: v }); }} />
        </div>
        {select('stage', t('innovations.stage'), STAGES.map((s) => ({ value: s, label: t(`innovations.stages.${s}`) })))}
        {select('type', t('innovations.type'), TYPES.map((s) => ({ value: s, label: t(`innovations.types.${s}`) })))}
        {select('evidence', t('innovations.evidenceAtLeast'), STRENGTHS.map((s) => ({ value: s, label: t(`innovations.strengths.${s}`) })))}
      </div>
      <p className="innov-export">
        {t('innovations.download')} <a href={exportUrl('csv')} download>CSV</a> · <a href={exportUrl('json')} download>JSON</a>
      </p>
      {list.error && !list.data && <ErrorMessage error={list.error} retry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data && (
        <>
          <p role="status" className="innov-count">{t('innovations.count', { n: formatNumber(total) })}</p>
          <ul className="innov-cards">
            {list.data.data.map((c) => <CaseCard key={c.id} item={c} />)}
          </ul>
          {pages > 1 && (
            <nav className="innov-paging" aria-label={t('innovations.paging')}>
              <button type="button" disabled={page <= 1} onClick={() => set({ page: page - 1 > 1 ? String(page - 1) : '' })}>{t('innovations.previous')}</button>
              <span>{t('innovations.pageOf', { page: formatNumber(page), pages: formatNumber(pages) })}</span>
              <button type="button" disabled={page >= pages} onClick={() => set({ page: String(page + 1) })}>{t('innovations.next')}</button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}

/** One case as a card: title (linking to its page), country, stage, types, goals, strongest evidence, replications. */
export function CaseCard({ item }: { item: InnovationSummary }) {
  const { t, formatNumber, formatCode } = useI18n();
  return (
    <li className="innov-card" data-case={item.id}>
      <h2 className="innov-card__title"><AppLink to={`/innovations/${item.id}`}>{item.title}</AppLink></h2>
      <dl className="innov-card__facts">
        <div><dt>{t('innovations.country')}</dt><dd>{(item.countryIso3 ? [item.countryIso3] : item.countries).join(', ') || '—'}</dd></div>
        <div><dt>{t('innovations.stage')}</dt><dd>{item.stage ? t(`innovations.stages.${item.stage}`) : '—'}</dd></div>
        <div><dt>{t('innovations.type')}</dt><dd>{item.types.map((s) => t(`innovations.types.${s}`)).join(', ') || '—'}</dd></div>
        <div><dt>{t('innovations.goals')}</dt><dd>{item.goals.map((g) => formatCode(g)).join(', ') || '—'}</dd></div>
        <div><dt>{t('innovations.evidence')}</dt><dd>{item.strongestEvidence ? <StrengthBadge strength={item.strongestEvidence} /> : '—'}</dd></div>
        <div><dt>{t('innovations.replications')}</dt><dd>{formatNumber(item.replicationCount)}</dd></div>
      </dl>
      {item.originUrl && <p className="muted">{t('innovations.fromInstance', { url: item.originUrl })}</p>}
    </li>
  );
}
