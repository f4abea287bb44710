import { useEffect, useId, useState } from 'react';
import { FormError } from '../components/form-error.tsx';
import { useI18n } from '../i18n/index.tsx';

/** What the editors filter on: words of the key or text, and whether to show only what has no text yet. */
export interface Filter {
  query: string;
  onlyMissing: boolean;
}

/** How many rows an editor shows (50, then 50 more on each "Show more"), back to 50 when the filter changes. */
export function useRowLimit(filter: Filter): { limit: number; more: () => void } {
  const [limit, setLimit] = useState(50);
  useEffect(() => setLimit(50), [filter.query, filter.onlyMissing]);
  return { limit, more: () => setLimit((n) => n + 50) };
}

/** The search field, the "only untranslated" switch, and how many of the matching rows are shown (`50 of 1,180 shown`). */
export function TranslationFilters({ filter, onChange, counts }: {
  filter: Filter; onChange: (next: Filter) => void; counts: { shown: number; total: number; missing: number };
}) {
  const { t, formatNumber } = useI18n();
  const searchId = useId();
  return (
    <div className="translation-filters">
      <div className="field">
        <label htmlFor={searchId}>{t('translations.search')}</label>
        <input id={searchId} type="search" value={filter.query} onChange={(e) => onChange({ ...filter, query: e.target.value })} />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={filter.onlyMissing} onChange={(e) => onChange({ ...filter, onlyMissing: e.target.checked })} />
        {' '}{t('translations.onlyMissing', { number: formatNumber(counts.missing) })}
      </label>
      <p className="muted" role="status">{t('translations.shown', { shown: formatNumber(counts.shown), total: formatNumber(counts.total) })}</p>
    </div>
  );
}

/** Where a text stands: missing (English shows), shipped with the site, official, unofficial, or the national office's. */
export function StatusTag({ status }: { status: 'missing' | 'bundled' | 'official' | 'unofficial' | 'national' }) {
  const { t } = useI18n();
  return <span className={`translation-status translation-status--${status}`}>{t(`translations.statuses.${status}`)}</span>;
}

/**
 * Under an editor's table: "Show more" while rows are hidden, the save error, and the save button with how many edits
 * wait (`3 changes not saved yet`).
 */
export function TranslationTableFooter({ hidden, more, error, busy, pending, save }: {
  hidden: boolean; more: () => void; error: unknown; busy: boolean; pending: number; save: () => Promise<void>;
}) {
  const { t, formatNumber } = useI18n();
  return (
    <>
      {hidden && <p><button type="button" className="button button--secondary" onClick={more}>{t('translations.showMore')}</button></p>}
      <FormError error={error} />
      <div className="translation-save">
        <button type="button" className="button" disabled={busy || pending === 0} onClick={() => void save()}>
          {t('translations.save')}
        </button>
        <span className="muted">{pending ? t('translations.pending', { number: formatNumber(pending) }) : t('translations.noChanges')}</span>
      </div>
    </>
  );
}
