import { Link, useSearchParams } from 'react-router';
import { AppLink, useLocalisedPath } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { searchSite, type SearchHit, type SearchHitType } from './search-api.ts';
import './search.css';

const GROUPS: SearchHitType[] = ['goal', 'target', 'indicator'];

/**
 * Search results (`/search?q=poverty`): goals, targets and indicators in three groups, each result linking to its
 * page in the page language, with the part of the text that matched and a note when it matched in English.
 */
export function SearchPage() {
  const { t, lang, formatNumber, formatCode } = useI18n();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const results = useApi((signal) => (q ? searchSite(q, { lang, signal }) : Promise.resolve([])), [q, lang]);
  useDocumentTitle(q ? t('search.titleFor', { q }) : t('search.title'), t('site.name'));

  return (
    <div className="container search-page">
      <Breadcrumb items={[{ label: t('search.title') }]} />
      <h1>{q ? t('search.titleFor', { q }) : t('search.title')}</h1>
      {!q && <p>{t('search.empty', { code: formatCode('3.2.1') })}</p>}
      {q && results.error && !results.data && <ErrorMessage error={results.error} retry={results.reload} />}
      {q && !results.data && !results.error && <Loading />}
      {q && results.data && (
        <>
          <p role="status" className="search-page__count">
            {results.data.length ? t('search.count', { n: formatNumber(results.data.length) }) : t('search.none', { q, code: formatCode('3.2.1') })}
          </p>
          {GROUPS.map((type) => <ResultGroup key={type} type={type} hits={results.data!.filter((h) => h.type === type)} />)}
        </>
      )}
    </div>
  );
}

function ResultGroup({ type, hits }: { type: SearchHitType; hits: SearchHit[] }) {
  const { t } = useI18n();
  if (hits.length === 0) return null;
  const id = `search-${type}s`;
  return (
    <section className="section search-group" aria-labelledby={id}>
      <h2 id={id}>{t(`search.group_${type}`)}</h2>
      <ol className="search-results">
        {hits.map((hit) => <Result key={`${hit.type}:${hit.code}`} hit={hit} />)}
      </ol>
    </section>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  const { t, lang, formatCode } = useI18n();
  const langQuery = useLocalisedPath('');
  const label = hit.type === 'goal' ? t('goal.label', { code: formatCode(hit.code) })
    : hit.type === 'target' ? t('goal.target', { code: formatCode(hit.code) }) : t('indicator.label', { code: formatCode(hit.code) });
  const to = hit.type === 'indicator' ? `/indicators/${hit.code}` : `/goals/${hit.goal}`;
  const inTitle = hit.snippet.field === 'title' && hit.matchedLang === lang;
  // A long title's snippet is cut: it is then shown whole, unmarked.
  const showSnippet = !inTitle && hit.snippet.field !== 'codes';
  const title = inTitle && hit.snippet.text === hit.title ? <Marked text={hit.snippet.text} highlights={hit.snippet.highlights} /> : hit.title;
  return (
    <li className="search-result">
      <span className="search-result__code">{label}</span>
      {hit.type === 'target'
        ? <Link className="search-result__title" to={`${to}${langQuery}#target-${hit.code}`}>{title}</Link>
        : <AppLink className="search-result__title" to={to}>{title}</AppLink>}
      {showSnippet && (
        <p className="search-result__snippet">
          <span className="search-result__field">{fieldName(t, hit.snippet.field)}: </span>
          <Marked text={hit.snippet.text} highlights={hit.snippet.highlights} />
        </p>
      )}
      {hit.matchedLang !== lang && <p className="search-result__note muted">{t('search.matchedInEnglish')}</p>}
    </li>
  );
}

/** `text` with the matched words in `<mark>`. */
function Marked({ text, highlights }: { text: string; highlights: [number, number][] }) {
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at) continue;
    parts.push(text.slice(at, start), { mark: text.slice(start, end) });
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.mark}</mark>))}</>;
}

/** `series` → "Series name", `metadata.source_organisation_1` → the metadata field's name as the indicator page writes it. */
function fieldName(t: ReturnType<typeof useI18n>['t'], field: string): string {
  if (!field.startsWith('metadata.')) return t(`search.field_${field}`, { defaultValue: field });
  const key = field.slice('metadata.'.length);
  const words = key.replaceAll(/[_-]+/g, ' ').trim();
  return t(`metadataKeys.${key}`, { defaultValue: words.charAt(0).toUpperCase() + words.slice(1) });
}
