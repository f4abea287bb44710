import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { getLinkMatrix, LINK_CLASSES, type LinkMatrix, type LinkOptions } from './links-api.ts';
import { LinksChart } from './links-chart.tsx';
import { LinksNetwork } from './links-network.tsx';
import { matrixOption } from './links-options.ts';
import './links.css';

/**
 * "What moves together" (`/interlinkages?minYears=5&difference=false&goal=3`): the goals × goals matrix of synergies
 * and trade-offs between indicators with its table, and a network of one goal's or one indicator's links, with the
 * options of the analysis as filters and the warning that correlation is not causation.
 */
export function LinksPage() {
  const { t, lang, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const options: LinkOptions = { minYears: Number(params.get('minYears') ?? 5) || 5, difference: params.get('difference') === 'true' };
  const matrix = useApi((signal) => getLinkMatrix(options, { lang, signal }), [options.minYears, options.difference, lang]);
  const id = useId();
  useDocumentTitle(t('links.pageTitle'), t('site.name'));
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  if (matrix.error && !matrix.data) return <ErrorMessage error={matrix.error} retry={matrix.reload} />;
  if (!matrix.data) return <div className="container"><Loading /></div>;
  const c = matrix.data.counts;
  return (
    <div className="container links-page">
      <Breadcrumb items={[{ label: t('links.pageTitle') }]} />
      <h1>{t('links.pageTitle')}</h1>
      <p>{t('links.pageIntro')}</p>
      <p className="links__caution" role="note"><strong>{t('links.causationTitle')}</strong> {t('links.causation')}</p>
      <div className="links__filters">
        <label htmlFor={`${id}-years`}>{t('links.minYears')}</label>
        <select id={`${id}-years`} value={options.minYears} onChange={(e) => set('minYears', e.target.value === '5' ? null : e.target.value)}>
          {[3, 4, 5, 6, 8, 10].map((n) => <option key={n} value={n}>{formatNumber(n)}</option>)}
        </select>
        <label>
          <input type="checkbox" checked={options.difference} onChange={(e) => set('difference', e.target.checked ? 'true' : null)} />{' '}
          {t('links.difference')}
        </label>
        {matrix.loading && <span className="muted" role="status">{t('site.loading')}</span>}
      </div>
      <p data-testid="links-counts">
        {t('links.counts', {
          pairs: formatNumber(c.pairs), indicators: formatNumber(c.indicators), synergy: formatNumber(c.synergy),
          trade_off: formatNumber(c.trade_off), unclassified: formatNumber(c.unclassified),
        })}{' '}
        <span className="muted">{t('links.leftOut', { n: formatNumber(c.withoutDirection.length), few: formatNumber(c.tooFewPoints) })}</span>
      </p>
      <GoalMatrix matrix={matrix.data} onGoal={(g) => set('goal', g)} />
      <LinksNetwork
        options={options} goals={matrix.data.goals} goal={params.get('goal') ?? ''} indicator={params.get('indicator') ?? ''}
        onGoal={(g) => { const next = new URLSearchParams(params); next.delete('indicator'); if (g) next.set('goal', g); else next.delete('goal'); setParams(next, { replace: true }); }}
        onIndicator={(code) => { const next = new URLSearchParams(params); next.delete('goal'); if (code) next.set('indicator', code); else next.delete('indicator'); setParams(next, { replace: true }); }}
      />
      <p className="muted links__method">{t('links.method')}</p>
    </div>
  );
}

/** The heat matrix with, beside it, the same shares as a table (goal pairs with the most pairs first). */
function GoalMatrix({ matrix, onGoal }: { matrix: LinkMatrix; onGoal: (goal: string) => void }) {
  const { t, formatNumber, formatCode } = useI18n();
  const percent = (v: number) => `${formatNumber(Math.round(v * 100))}%`;
  const goals = matrix.goals.map((g) => g.code);
  const option = useMemo(() => matrixOption(goals, matrix.cells, {
    format: (v) => formatNumber(Math.round(v * 100) / 100), code: formatCode, description: t('links.matrixLabel'),
    ends: [t('links.class.synergy'), t('links.class.trade_off')],
    cell: (c) => t('links.cellTip', {
      a: formatCode(c.goalA), b: formatCode(c.goalB), pairs: formatNumber(c.pairs),
      synergy: percent(c.shares.synergy), trade_off: percent(c.shares.trade_off),
    }),
  }), [matrix, formatNumber, formatCode, t]);
  const rows = [...matrix.cells].sort((x, y) => y.pairs - x.pairs || Number(x.goalA) - Number(y.goalA) || Number(x.goalB) - Number(y.goalB));
  return (
    <section className="section" aria-labelledby="links-matrix-heading">
      <h2 id="links-matrix-heading">{t('links.matrixTitle')}</h2>
      <p className="muted">{t('links.matrixIntro')}</p>
      <div className="links__body">
        <LinksChart option={option} className="links__matrix" onSelect={(d) => {
          const cell = (d as { cell?: { goalA: string } } | undefined)?.cell;
          if (cell) onGoal(cell.goalA);
        }} />
        <ScrollRegion label={t('links.matrixTitle')}>
          <table className="data-table links__table" data-testid="links-matrix-table">
            <caption className="visually-hidden">{t('links.matrixTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('links.goals')}</th>
                <th scope="col" className="numeric">{t('links.pairs')}</th>
                {LINK_CLASSES.map((k) => <th key={k} scope="col" className="numeric">{t(`links.class.${k}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={`${c.goalA}-${c.goalB}`}>
                  <td>{`${formatCode(c.goalA)} – ${formatCode(c.goalB)}`}</td>
                  <td className="numeric">{formatNumber(c.pairs)}</td>
                  {LINK_CLASSES.map((k) => <td key={k} className="numeric">{percent(c.shares[k])}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
