import { REPORTING_STATUSES, type ReportingStatus, type StatusCounts } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';

/** A reporting status in words, with its colour as a dot: `● Reported online`. */
export function StatusBadge({ status }: { status: ReportingStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <span className="status-dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}

/**
 * Counts per status as one stacked bar. The bar is an image to assistive technology, labelled with `label`; the
 * figures are also given in words by {@link StatusLegend} or by the caller.
 */
export function StatusBar({ counts, label, size = 'small' }: { counts: StatusCounts; label: string; size?: 'small' | 'large' }) {
  const total = totalOf(counts);
  return (
    <div className={`status-bar status-bar--${size}`} role="img" aria-label={label}>
      {total > 0 &&
        REPORTING_STATUSES.filter((s) => counts[s] > 0).map((s) => (
          <span key={s} className={`status-bar__part status-bar__part--${s}`} style={{ flexGrow: counts[s] }} />
        ))}
    </div>
  );
}

/** Each status with its count and share, as a list. */
export function StatusLegend({ counts }: { counts: StatusCounts }) {
  const { t, formatNumber, lang } = useI18n();
  const total = totalOf(counts);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <ul className="status-legend">
      {REPORTING_STATUSES.map((s) => (
        <li key={s}>
          <span className={`status-swatch status-swatch--${s}`} aria-hidden="true" />
          <span className="status-legend__name">{t(`status.${s}`)}</span>
          <span className="status-legend__count">
            {formatNumber(counts[s])}
            {total > 0 && <span className="status-legend__share"> ({percent.format(counts[s] / total)})</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function totalOf(counts: StatusCounts): number {
  return REPORTING_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
}

/** Sums the counts of several goals, e.g. the national summary from the 17 goals. */
export function sumCounts(all: readonly StatusCounts[]): StatusCounts {
  const sum: StatusCounts = { complete: 0, inprogress: 0, notstarted: 0, notapplicable: 0 };
  for (const counts of all) for (const s of REPORTING_STATUSES) sum[s] += counts[s] ?? 0;
  return sum;
}
