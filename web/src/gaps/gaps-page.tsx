import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { dimensionName, pairLabel } from './gap-words.ts';
import { getGapList, type GapEntry } from './gaps-api.ts';
import './gaps.css';

/** Entries in each list. */
const LIMIT = 25;

/**
 * "Leave no one behind" (`/gaps?dimension=SEX`): the country's largest gaps between groups (by distance from parity
 * in the latest year both groups have) and the widening ones, each linking to its indicator, filtered by breakdown.
 */
export function GapsPage() {
  const { t, lang, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const dimension = params.get('dimension');
  const list = useApi((signal) => getGapList(dimension, LIMIT, { lang, signal }), [dimension, lang]);
  const id = useId();
  useDocumentTitle(t('gaps.pageTitle'), t('site.name'));

  if (list.error && !list.data) return <ErrorMessage error={list.error} retry={list.reload} />;
  if (!list.data) return <div className="container"><Loading /></div>;
  const data = list.data;
  const choose = (value: string) => setParams(value ? { dimension: value } : {}, { replace: true });
  return (
    <div className="container gaps-page">
      <Breadcrumb items={[{ label: t('gaps.pageTitle') }]} />
      <h1>{t('gaps.pageTitle')}</h1>
      <p>{t('gaps.pageIntro', { area: data.area.name })}</p>
      <div className="gaps-page__filters">
        <label htmlFor={`${id}-dimension`}>{t('gaps.dimensionFilter')}</label>
        <select id={`${id}-dimension`} value={dimension ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('gaps.allDimensions')}</option>
          {data.dimensions.map((d) => (
            <option key={d.code} value={d.code}>{`${dimensionName(t, d.code, d.name)} (${formatNumber(d.pairs)})`}</option>
          ))}
        </select>
        {list.loading && <span className="muted" role="status">{t('site.loading')}</span>}
      </div>
      <GapListTable id="gaps-largest" title={t('gaps.largestTitle')} intro={t('gaps.largestIntro')} entries={data.largest} />
      <GapListTable id="gaps-widening" title={t('gaps.wideningTitle')} intro={t('gaps.wideningIntro')} entries={data.widening} />
    </div>
  );
}

function GapListTable({ id, title, intro, entries }: { id: string; title: string; intro: string; entries: GapEntry[] }) {
  const { t, formatShort, formatCode, localDigits } = useI18n();
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="muted">{intro}</p>
      {entries.length === 0 ? <p>{t('gaps.noneFound')}</p> : (
        <ScrollRegion label={title}>
          <table className="data-table gaps-list" data-testid={id}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gaps.indicator')}</th>
                <th scope="col">{t('gaps.groups')}</th>
                <th scope="col">{t('gaps.year')}</th>
                <th scope="col" className="numeric">{t('gaps.values')}</th>
                <th scope="col" className="numeric">{t('gaps.gap')}</th>
                <th scope="col" className="numeric">{t('gaps.ratio')}</th>
                <th scope="col">{t('gaps.trendHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i} data-indicator={e.indicator.code} data-series={e.series}>
                  <td>
                    <AppLink to={`/indicators/${e.indicator.code}`}>{formatCode(e.indicator.code)}</AppLink>{' '}
                    {e.indicator.title}
                    <br /><span className="muted">{e.seriesName}</span>
                  </td>
                  <td data-label={t('gaps.groups')}>{dimensionName(t, e.dimension.code, e.dimension.name)}: {pairLabel(t, e, e.dimension.code)}</td>
                  <td data-label={t('gaps.year')}>{e.latest ? localDigits(e.latest.year) : '–'}</td>
                  <td data-label={t('gaps.values')} className="numeric">{e.latest ? `${formatShort(e.latest.a)} / ${formatShort(e.latest.b)}` : '–'}</td>
                  <td data-label={t('gaps.gap')} className="numeric">{e.latest ? formatShort(e.latest.gap) : '–'}</td>
                  <td data-label={t('gaps.ratio')} className="numeric">{e.latest?.ratio == null ? '–' : formatShort(e.latest.ratio)}</td>
                  <td data-label={t('gaps.trendHeading')}><span className={`gaps__trend gaps__trend--${e.trend.class}`}>{t(`gaps.class.${e.trend.class}`)}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
