import { useId, useMemo, useState } from 'react';
import { AppLink } from '../components/app-link.tsx';
import { ErrorMessage } from '../components/page-state.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n } from '../i18n/index.tsx';
import { getLinkList, type LinkOptions, type LinkPair } from './links-api.ts';
import { LinksChart } from './links-chart.tsx';
import { networkOption } from './links-options.ts';
import { formatP } from './p-value.ts';

/** Pairs read for one network; the strongest come first, so the classified ones are among them. */
const LIMIT = 400;
/** Pairs drawn in the network and listed in the table beside it (strongest first). */
const ROWS = 60;

/**
 * The network of one goal's (or one indicator's) synergies and trade-offs, with the pairs as a table beside it.
 * Without a choice it asks for one.
 */
export function LinksNetwork({ options, goals, goal, indicator, onGoal, onIndicator }: {
  options: LinkOptions; goals: { code: string; title: string; colour: string }[]; goal: string; indicator: string;
  onGoal: (goal: string) => void; onIndicator: (code: string) => void;
}) {
  const { t, lang, formatCode } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState(indicator);
  const filter = indicator ? { indicator } : goal ? { goal } : null;
  const list = useApi((signal) => (filter ? getLinkList(options, filter, LIMIT, { lang, signal }) : Promise.resolve(null)),
    [options.minYears, options.difference, goal, indicator, lang]);
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('links.networkTitle')}</h2>
      <p className="muted">{t('links.networkIntro')}</p>
      <div className="links__filters">
        <label htmlFor={`${id}-goal`}>{t('links.goal')}</label>
        <select id={`${id}-goal`} value={indicator ? '' : goal} onChange={(e) => onGoal(e.target.value)}>
          <option value="">{t('links.chooseGoal')}</option>
          {goals.map((g) => <option key={g.code} value={g.code}>{`${formatCode(g.code)}. ${g.title}`}</option>)}
        </select>
        <form className="links__indicator-form" onSubmit={(e) => { e.preventDefault(); onIndicator(typed.trim()); }}>
          <label htmlFor={`${id}-indicator`}>{t('links.indicator')}</label>{' '}
          <input id={`${id}-indicator`} value={typed} size={9} placeholder="3.2.1" dir="ltr" onChange={(e) => setTyped(e.target.value)} />{' '}
          <button type="submit">{t('links.show')}</button>
        </form>
      </div>
      {!filter ? <p>{t('links.chooseHint')}</p>
        : list.error ? <ErrorMessage error={list.error} retry={list.reload} />
          : list.data ? <NetworkBody pairs={list.data.pairs} goals={goals} label={indicator ? formatCode(indicator) : t('links.goalLabel', { goal: formatCode(goal) })} />
            : <p className="muted" role="status">{t('site.loading')}</p>}
    </section>
  );
}

function NetworkBody({ pairs, goals, label }: { pairs: LinkPair[]; goals: { code: string; colour: string }[]; label: string }) {
  const { t, formatNumber, formatShort, formatCode } = useI18n();
  // The chart draws what the table lists: the strongest classified pairs.
  const linked = pairs.filter((p) => p.class !== 'unclassified').slice(0, ROWS);
  const colours = useMemo(() => new Map(goals.map((g) => [g.code, g.colour])), [goals]);
  const option = useMemo(() => networkOption(linked, colours, {
    format: formatShort, code: formatCode, description: t('links.networkLabel', { what: label, n: formatNumber(linked.length) }),
  }), [pairs, colours, formatShort, formatCode, t, label]);
  if (linked.length === 0) return <p>{t('links.noLinks')}</p>;
  return (
    <div className="links__body">
      <LinksChart option={option} className="links__network" />
      <ScrollRegion label={t('links.networkTitle')}>
        <table className="data-table links__table" data-testid="links-pairs-table">
          <caption className="visually-hidden">{t('links.networkLabel', { what: label, n: formatNumber(linked.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('links.indicator')}</th>
              <th scope="col">{t('links.partner')}</th>
              <th scope="col" className="numeric">ρ</th>
              <th scope="col" className="numeric">p</th>
              <th scope="col" className="numeric">n</th>
              <th scope="col">{t('links.classHeading')}</th>
            </tr>
          </thead>
          <tbody>
            {linked.map((p) => (
              <tr key={`${p.a.code}-${p.b.code}`} data-pair={`${p.a.code}~${p.b.code}`}>
                <td><AppLink to={`/indicators/${p.a.code}`} title={p.a.title}>{formatCode(p.a.code)}</AppLink></td>
                <td><AppLink to={`/indicators/${p.b.code}`} title={p.b.title}>{formatCode(p.b.code)}</AppLink></td>
                <td className="numeric">{formatShort(p.rho)}</td>
                <td className="numeric">{formatP(p.p, formatNumber)}</td>
                <td className="numeric">{formatNumber(p.n)}</td>
                <td><span className={`links__class links__class--${p.class}`}>{t(`links.class.${p.class}`)}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
