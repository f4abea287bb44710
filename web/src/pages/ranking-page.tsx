import { useSearchParams } from 'react-router';
import { getRanking, SCORECARD_COMPONENTS, type Ranking } from '../api/scorecard.ts';
import { AppLink } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { RankSparkline } from '../scorecard/rank-sparkline.tsx';
import { ShareBar } from '../scorecard/share-bar.tsx';
import '../styles/scorecard.css';

/**
 * The agency ranking (`/ranking?cycle=2025`): the organisations that lead indicators, ranked by the composite of
 * completeness, timeliness, quality and progress, each drawn as a bar, with a small line of the rank in every cycle
 * and, beside it, the same ranks as a table.
 */
export function RankingPage() {
  const { t, lang, localDigits } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('cycle'));
  const cycle = Number.isInteger(asked) && asked >= 2016 ? asked : null;
  const ranking = useApi((signal) => getRanking(cycle, { lang, signal }), [cycle, lang]);
  useDocumentTitle(t('scorecard.rankingTitle'), t('site.name'));

  if (ranking.error && !ranking.data) return <ErrorMessage error={ranking.error} retry={ranking.reload} />;
  if (!ranking.data) return <div className="container"><Loading /></div>;
  const data = ranking.data;
  const choose = (value: string) => setParams(value === String(data.defaultCycle) ? {} : { cycle: value }, { replace: true });

  return (
    <div className="container scorecard">
      <Breadcrumb items={[{ label: t('scorecard.rankingTitle') }]} />
      <h1>{t('scorecard.rankingTitle')}</h1>
      <Explanation data={data} />
      <div className="scorecard__controls">
        <label htmlFor="scorecard-cycle">{t('scorecard.cycle')}</label>
        <select id="scorecard-cycle" value={data.cycle} onChange={(e) => choose(e.target.value)}>
          {[...data.cycles].reverse().map((c) => <option key={c} value={c}>{localDigits(c)}</option>)}
        </select>
        {ranking.loading && <span className="muted" role="status">{t('site.loading')}</span>}
      </div>
      {data.cycle === data.defaultCycle && data.defaultCycle !== data.cycles.at(-1) && (
        <p className="scorecard__note">{t('scorecard.latestWithData', { cycle: localDigits(data.defaultCycle), current: localDigits(data.cycles.at(-1)!) })}</p>
      )}
      <RankingTable data={data} />
      <TrendTable data={data} />
    </div>
  );
}

/** One paragraph: what the composite is made of, its weights, the calendar and what "not measured" means. */
function Explanation({ data }: { data: Ranking }) {
  const { t, localDigits } = useI18n();
  const pct = (w: number) => t('scorecard.percent', { value: localDigits(Math.round(w * 100)) });
  return (
    <p className="scorecard__explanation">
      {t('scorecard.explanation', {
        completeness: pct(data.weights.completeness), timeliness: pct(data.weights.timeliness), quality: pct(data.weights.quality),
        progress: pct(data.weights.progress), months: localDigits(data.calendar.annual), moment: localDigits(data.moment),
      })}
    </p>
  );
}

function RankingTable({ data }: { data: Ranking }) {
  const { t, localDigits } = useI18n();
  const ranked = data.ranking.filter((e) => e.rank !== null).length;
  return (
    <div className="scorecard__scroll" role="region" aria-labelledby="ranking-caption" tabIndex={0}>
      <table className="scorecard-table">
        <caption id="ranking-caption">{t('scorecard.rankingCaption', { cycle: localDigits(data.cycle), number: localDigits(ranked) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecard.rank')}</th>
            <th scope="col">{t('scorecard.organisation')}</th>
            <th scope="col">{t('scorecard.composite')}</th>
            {SCORECARD_COMPONENTS.map((c) => <th key={c} scope="col">{t(`scorecard.components.${c}`)}</th>)}
            <th scope="col">{t('scorecard.indicatorsLed')}</th>
            <th scope="col">{t('scorecard.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {data.ranking.map((e) => (
            <tr key={e.organisation.id}>
              <td className="scorecard-table__rank">{e.rank === null ? '–' : localDigits(e.rank)}</td>
              <th scope="row" className="scorecard-table__name">
                <AppLink to={`/organisations/${encodeURIComponent(e.organisation.id)}${data.cycle === data.defaultCycle ? '' : `?cycle=${data.cycle}`}`}>
                  {e.organisation.name}
                </AppLink>
              </th>
              <td><ShareBar value={e.composite} label={t('scorecard.composite')} strong /></td>
              {SCORECARD_COMPONENTS.map((c) => (
                <td key={c}><ShareBar value={e.components[c]?.value ?? null} figure={e.components[c]} label={t(`scorecard.components.${c}`)} /></td>
              ))}
              <td className="scorecard-table__number">{localDigits(e.indicatorsLed)}</td>
              <td><RankSparkline history={e.trend} ranked={ranked} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The ranks of every organisation in every cycle: the figures of the small lines, as a table. */
function TrendTable({ data }: { data: Ranking }) {
  const { t, localDigits } = useI18n();
  return (
    <details className="scorecard__details">
      <summary>{t('scorecard.trendTable')}</summary>
      <div className="scorecard__scroll" role="region" aria-label={t('scorecard.trendTable')} tabIndex={0}>
        <table className="scorecard-table scorecard-table--compact">
          <caption className="visually-hidden">{t('scorecard.trendTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scorecard.organisation')}</th>
              {data.cycles.map((c) => <th key={c} scope="col">{localDigits(c)}</th>)}
            </tr>
          </thead>
          <tbody>
            {data.ranking.map((e) => (
              <tr key={e.organisation.id}>
                <th scope="row">{e.organisation.name}</th>
                {data.cycles.map((c) => {
                  const rank = e.trend.find((p) => p.cycle === c)?.rank ?? null;
                  return <td key={c} className="scorecard-table__number">{rank === null ? '–' : localDigits(rank)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
