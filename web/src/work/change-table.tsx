import type { CellValue, SubmissionChange } from '../api/work.ts';
import { RecordTable } from '../components/record-table.tsx';
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
    <RecordTable className="work-table" caption={t('work.changes.caption', { count: changes.length })}
      columns={[{ label: t('work.grid.period') }, { label: t('work.series') }, { label: t('work.grid.area') }, { label: t('work.grid.breakdown') },
        { label: t('work.old'), numeric: true }, { label: t('work.new'), numeric: true }, { label: t('work.changes.issues') },
        { label: t('work.history.show'), hidden: true }]}>
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
    </RecordTable>
  );
}
