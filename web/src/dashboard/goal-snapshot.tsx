import { useMemo, type CSSProperties } from 'react';
import type { GoalSummary as GoalTile } from '../api/types.ts';
import { IndicatorChart } from '../charts/indicator-chart.tsx';
import { progressSnapshotOption } from '../charts/progress-snapshot-option.ts';
import { AppLink } from '../components/app-link.tsx';
import { textOn } from '../components/goal-colour.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ClassBadge } from '../progress/class-badge.tsx';
import { classStyle } from '../progress/class-style.ts';
import { className, methodName } from '../progress/progress-words.ts';
import type { ProgressMethodInfo } from '../progress/progress-types.ts';
import type { Snapshot } from './dashboard-api.ts';

/**
 * Every goal (all 17, those without data in the scope as empty rows) as a stacked bar of its assessed indicators'
 * shares per class, and beside it the same as a table: counts and shares per class, assessed / with data.
 */
export function GoalSnapshot({ method, goals, snapshot, narrow }: {
  method: ProgressMethodInfo;
  goals: GoalTile[];
  snapshot: Snapshot;
  narrow: boolean;
}) {
  const i18n = useI18n();
  const { t, formatNumber, formatCode, lang } = i18n;
  const percent = useMemo(() => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }), [lang]);
  const byCode = new Map(snapshot.goals.map((g) => [g.code, g.summary]));
  const name = methodName(i18n, method.id, method.name);
  const rows = goals.map((g) => {
    const s = byCode.get(g.code);
    return { code: g.code, colour: g.colour, title: g.short || g.title, assessed: s?.assessed ?? 0, total: s?.total ?? 0, counts: s?.counts ?? {} };
  });
  const classes = method.classes.map((c) => ({ id: c.id, name: className(i18n, c.id), colour: classStyle(method.id, c.id).colour }));
  const option = useMemo(() => progressSnapshotOption(rows, classes, {
    cell: (cls, count, assessed) => t('progress.dashboard.cell', {
      class: cls, n: formatNumber(count), assessed: formatNumber(assessed), percent: percent.format(assessed ? count / assessed : 0),
    }),
    description: t('progress.dashboard.chartDescription', { method: name, n: formatNumber(rows.length) }),
    axis: t('progress.dashboard.chartAxis'),
    percent: (v) => percent.format(v),
    code: (code) => formatNumber(Number(code)),
    labelWidth: narrow ? 96 : 240,
    // rows and classes are derived from the three inputs below
  }), [snapshot, method, goals, lang, narrow]);

  return (
    <section className="section" aria-labelledby="dashboard-goals-heading">
      <h2 id="dashboard-goals-heading">{t('progress.dashboard.goalsHeading')}</h2>
      <ul className="dashboard-legend" aria-label={t('progress.dashboard.legend')}>
        {method.classes.map((c) => <li key={c.id}><ClassBadge method={method.id} status={c.id} name={className(i18n, c.id)} /></li>)}
      </ul>
      <div className="dashboard-goals">
        {snapshot.national.assessed > 0
          ? <div className="dashboard-goals__chart"><IndicatorChart option={option} visible /></div>
          : <p className="notice">{t('progress.dashboard.noChart')}</p>}
        <ScrollRegion label={t('progress.dashboard.tableCaption', { method: name })}>
          <table className="data-table dashboard-goals__table" data-testid="goal-table">
            <caption>{t('progress.dashboard.tableCaption', { method: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.dashboard.goal')}</th>
                {method.classes.map((c) => <th key={c.id} scope="col" className="numeric">{className(i18n, c.id)}</th>)}
                <th scope="col" className="numeric">{t('progress.dashboard.assessedOfTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code} data-goal={r.code}>
                  <th scope="row">
                    <AppLink to={`/goals/${r.code}`} className="goal-chip-link">
                      <span className="goal-chip" style={{ '--goal-colour': r.colour, '--goal-text': textOn(r.colour) } as CSSProperties}>
                        {formatNumber(Number(r.code))}
                      </span>
                      <span className="visually-hidden">{t('goal.label', { code: formatCode(r.code) })}: </span>
                      <span className="goal-chip-link__title">{r.title}</span>
                    </AppLink>
                  </th>
                  {method.classes.map((c) => (
                    <td key={c.id} className="numeric" data-class={c.id} data-count={r.counts[c.id] ?? 0}>
                      {r.assessed ? (
                        <>
                          {formatNumber(r.counts[c.id] ?? 0)}
                          <span className="dashboard-goals__share"> {percent.format((r.counts[c.id] ?? 0) / r.assessed)}</span>
                        </>
                      ) : '–'}
                    </td>
                  ))}
                  <td className="numeric" data-assessed={r.assessed} data-total={r.total}>
                    {r.total ? t('progress.dashboard.ofTotal', { n: formatNumber(r.assessed), total: formatNumber(r.total) }) : t('progress.dashboard.noData')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
