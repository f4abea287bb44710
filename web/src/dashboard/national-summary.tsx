import { useI18n } from '../i18n/index.tsx';
import { ClassBadge } from '../progress/class-badge.tsx';
import { classStyle } from '../progress/class-style.ts';
import { className } from '../progress/progress-words.ts';
import type { ProgressMethodInfo } from '../progress/progress-types.ts';
import type { GroupSummary } from './dashboard-api.ts';

/**
 * The summary over every indicator of the scope: one stacked bar of the assessed indicators by class (an image
 * labelled with the sentence above it) and a table of the counts and shares, with the indicators not assessed.
 */
export function NationalSummary({ method, summary, heading }: { method: ProgressMethodInfo; summary: GroupSummary; heading: string }) {
  const i18n = useI18n();
  const { t, formatNumber, lang } = i18n;
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const offTrack = method.classes.filter((c) => c.offTrack).reduce((n, c) => n + (summary.counts[c.id] ?? 0), 0);
  const sentence = summary.assessed === 0 ? t('progress.dashboard.noneAssessed', { total: formatNumber(summary.total) }) : t('progress.dashboard.summaryText', {
    assessed: formatNumber(summary.assessed), total: formatNumber(summary.total), offTrack: formatNumber(offTrack),
    percent: percent.format(summary.assessed ? offTrack / summary.assessed : 0),
  });
  const notAssessed = summary.total - summary.assessed;
  return (
    <section className="section dashboard-summary" aria-labelledby="dashboard-summary-heading">
      <h2 id="dashboard-summary-heading">{heading}</h2>
      <p className="dashboard-summary__text" data-testid="summary-text">{sentence}</p>
      <div className="class-bar" role="img" aria-label={sentence}>
        {method.classes.filter((c) => summary.counts[c.id]).map((c) => (
          <span key={c.id} className="class-bar__part" title={`${className(i18n, c.id)}: ${formatNumber(summary.counts[c.id]!)}`}
            style={{ flexGrow: summary.counts[c.id], background: classStyle(method.id, c.id).colour }} />
        ))}
      </div>
      <table className="data-table dashboard-summary__table">
        <caption className="visually-hidden">{t('progress.dashboard.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.dashboard.class')}</th>
            <th scope="col" className="numeric">{t('progress.dashboard.indicators')}</th>
            <th scope="col" className="numeric">{t('progress.dashboard.shareOfAssessed')}</th>
          </tr>
        </thead>
        <tbody>
          {method.classes.map((c) => (
            <tr key={c.id} data-class={c.id}>
              <th scope="row"><ClassBadge method={method.id} status={c.id} name={className(i18n, c.id)} /></th>
              <td className="numeric">{formatNumber(summary.counts[c.id] ?? 0)}</td>
              <td className="numeric">{percent.format(summary.shares[c.id] ?? 0)}</td>
            </tr>
          ))}
          <tr data-class="not_available">
            <th scope="row"><ClassBadge method={method.id} status="not_available" name={t('progress.dashboard.notAssessed')} /></th>
            <td className="numeric">{formatNumber(notAssessed)}</td>
            <td className="numeric">–</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
