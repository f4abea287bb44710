import { useState, type ReactNode } from 'react';
import { AppLink } from '../components/app-link.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ClassBadge } from '../progress/class-badge.tsx';
import { className, figureTexts } from '../progress/progress-words.ts';
import type { OffTrackIndicator } from './dashboard-api.ts';

/** Rows shown before "Show all". */
const FIRST = 15;

/** The gap figures of a row, in column order, named by their `progress.dashboard.*` heading. */
const FIGURES = ['current', 'expected', 'target', 'projected', 'metYear'] as const;

/**
 * The indicators off track in the scope, worst first: class and the figure it rests on, the latest value against
 * the value the straight path from base to target expects that year, the target, the value the current trend
 * reaches in the target year, and the year it meets the target at that pace. Each links to its indicator page.
 * On a narrow screen the class and the gap figures stand in the indicator's cell, one per line, so the table needs
 * no sideways scrolling.
 */
export function OffTrackTable({ method, indicators, narrow = false }: { method: string; indicators: OffTrackIndicator[]; narrow?: boolean }) {
  const i18n = useI18n();
  const { t, formatShort, formatCode, localDigits, unitName, formatNumber } = i18n;
  const [all, setAll] = useState(false);
  const shown = all ? indicators : indicators.slice(0, FIRST);
  // a plain span cannot carry aria-label (WAI-ARIA 1.2, role generic: naming prohibited), so the word is visually hidden text
  const dash = <><span aria-hidden="true">–</span><span className="visually-hidden">{t('progress.dashboard.none')}</span></>;
  return (
    <section className="section" aria-labelledby="dashboard-offtrack-heading">
      <h2 id="dashboard-offtrack-heading">{t('progress.dashboard.offTrackHeading', { n: formatNumber(indicators.length) })}</h2>
      <p className="muted">{t('progress.dashboard.offTrackIntro')}</p>
      {indicators.length === 0 ? <p>{t('progress.dashboard.offTrackNone')}</p> : (
        <ScrollRegion label={t('progress.dashboard.offTrackCaption')}>
          <table className="data-table dashboard-offtrack" data-testid="off-track-table">
            <caption className="visually-hidden">{t('progress.dashboard.offTrackCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.dashboard.indicator')}</th>
                {!narrow && <th scope="col">{t('progress.dashboard.class')}</th>}
                {!narrow && FIGURES.map((f) => <th key={f} scope="col" className="numeric">{t(`progress.dashboard.${f}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => {
                const gap = i.gap;
                const figures: Record<(typeof FIGURES)[number], ReactNode> = {
                  current: gap ? t('progress.dashboard.valueInYear', { value: formatShort(gap.current.value), year: localDigits(gap.current.year) }) : dash,
                  expected: gap?.expected !== undefined ? formatShort(gap.expected) : dash,
                  target: gap?.target ? t('progress.dashboard.valueByYear', { value: formatShort(gap.target.value), year: localDigits(gap.target.year) }) : dash,
                  projected: gap?.projected !== undefined ? formatShort(gap.projected) : dash,
                  metYear: gap?.metYear ? localDigits(gap.metYear) : gap?.target ? t('progress.dashboard.notMet') : dash,
                };
                const status = (
                  <>
                    <ClassBadge method={method} status={i.status} name={className(i18n, i.status)} />
                    {figureTexts(i18n, method, i).map((f) => <span key={f} className="dashboard-offtrack__figure">{f}</span>)}
                  </>
                );
                return (
                  <tr key={i.indicator} data-indicator={i.indicator}>
                    <th scope="row" className="dashboard-offtrack__indicator">
                      <AppLink to={`/indicators/${i.indicator}`}>
                        <span className="dashboard-offtrack__code">{formatCode(i.indicator)}</span> {i.title}
                      </AppLink>
                      {gap && <span className="dashboard-offtrack__unit">{unitName(gap.unit)}</span>}
                      {narrow && (
                        <div className="dashboard-offtrack__stack">
                          {status}
                          <dl className="dashboard-offtrack__gap">
                            {FIGURES.map((f) => (
                              <div key={f}><dt>{t(`progress.dashboard.${f}`)}</dt><dd>{figures[f]}</dd></div>
                            ))}
                          </dl>
                        </div>
                      )}
                    </th>
                    {!narrow && <td>{status}</td>}
                    {!narrow && FIGURES.map((f) => <td key={f} className="numeric">{figures[f]}</td>)}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {indicators.length > FIRST && (
        <button type="button" className="button dashboard-more" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('progress.dashboard.showFewer') : t('progress.dashboard.showAll', { n: formatNumber(indicators.length) })}
        </button>
      )}
    </section>
  );
}
