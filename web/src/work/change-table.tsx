import type { CellValue, SubmissionChange } from '../api/work.ts';
import { useI18n } from '../i18n/index.tsx';
import { breakdown } from './dry-run-report.tsx';

/**
 * The changes of a submission: each value's key, old → new, its issues and the provider's comment on warnings, with a
 * button to the published value's history.
 */
export function ChangeTable({ changes, onHistory }: { changes: SubmissionChange[]; onHistory: (observationId: number, label: string) => void }) {
  const { t, formatNumber, localDigits } = useI18n();
  if (changes.length === 0) return <p className="muted">{t('work.changes.none')}</p>;
  const shown = (v: CellValue | null) => (v === null || v.value === null ? '—' : formatNumber(v.value));
  const ordered = [...changes].sort((a, b) => a.series.localeCompare(b.series) || a.timePeriod.localeCompare(b.timePeriod, 'en', { numeric: true })
    || a.area.localeCompare(b.area) || breakdown(a.dimensions).localeCompare(breakdown(b.dimensions)));
  return (
    <div className="table-scroll">
      <table className="data-table work-table">
        <caption>{t('work.changes.caption', { count: changes.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('work.grid.period')}</th>
            <th scope="col">{t('work.series')}</th>
            <th scope="col">{t('work.grid.area')}</th>
            <th scope="col">{t('work.grid.breakdown')}</th>
            <th scope="col" className="numeric">{t('work.old')}</th>
            <th scope="col" className="numeric">{t('work.new')}</th>
            <th scope="col">{t('work.changes.issues')}</th>
            <th scope="col"><span className="visually-hidden">{t('work.history.show')}</span></th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((c) => {
            const label = `${localDigits(c.timePeriod)} · ${c.area}${Object.keys(c.dimensions).length ? ` · ${breakdown(c.dimensions)}` : ''}`;
            return (
              <tr key={c.id} className={c.op === 'delete' ? 'work-row--deleted' : undefined}>
                <td>{localDigits(c.timePeriod)}</td>
                <td><code>{c.series}</code></td>
                <td>{c.area}</td>
                <td>{breakdown(c.dimensions)}</td>
                <td className="numeric">{shown(c.old)}</td>
                <td className="numeric">{c.op === 'delete' ? t('work.changes.deleted') : shown(c.new)}</td>
                <td>
                  {c.issues.map((i, n) => (
                    <p key={n} className={`work-issue work-issue--${i.severity}`}>{t(`work.severity.${i.severity}`)}: {i.message}</p>
                  ))}
                  {c.warningComment && <p className="work-comment">{t('work.changes.explained', { comment: c.warningComment })}</p>}
                </td>
                <td>
                  {c.observationId !== null && (
                    <button type="button" className="button work-button-link" onClick={() => onHistory(c.observationId!, label)}>
                      {t('work.history.show')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
