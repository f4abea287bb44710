import type { DryRun, UploadObservation } from '../api/work.ts';
import { RecordTable } from '../components/record-table.tsx';
import { useI18n } from '../i18n/index.tsx';

/** Rows of each table shown at most; the counts above them say how many there are in all. */
const SHOWN = 200;

/**
 * What an upload would do (or did, once confirmed): counts of the whole file, then the errors the answer lists with
 * their file, sheet, row, column and reason (announced, `role=alert`; how many more there are when the list was cut),
 * and the first rows added, changed (old → new) and deleted, each table saying how many rows it leaves out.
 */
export function DryRunReport({ plan }: { plan: DryRun }) {
  const { t, formatNumber } = useI18n();
  const { counts } = plan;
  const errors = plan.issues.filter((i) => i.severity === 'error');
  const errorCount = plan.issueCounts.errors;
  return (
    <div className="work-dry-run">
      <h3>{plan.committed ? t('work.upload.doneHeading') : t('work.upload.planHeading')}</h3>
      <p className="muted">{t('work.upload.readAs', { file: plan.file, format: t(`work.upload.format_${plan.format.replace('-', '_')}`), rows: formatNumber(plan.rowsRead) })}</p>
      <ul className="work-counts">
        <li><strong>{formatNumber(counts.added)}</strong> {t('work.upload.added')}</li>
        <li><strong>{formatNumber(counts.changed)}</strong> {t('work.upload.changed')}</li>
        <li><strong>{formatNumber(counts.deleted)}</strong> {t('work.upload.deleted')}</li>
        <li><strong>{formatNumber(counts.unchanged)}</strong> {t('work.upload.unchanged')}</li>
        <li className={errorCount ? 'work-counts__errors' : ''}><strong>{formatNumber(errorCount)}</strong> {t('work.upload.errors')}</li>
      </ul>
      {errorCount > 0 && (
        <div role="alert" className="work-error-block">
          <p>{t('work.upload.fixErrors', { count: errorCount })}</p>
          <RecordTable className="work-table work-table--errors" caption={t('work.upload.errorsCaption')}
            columns={[{ label: t('work.upload.file') }, { label: t('work.upload.sheet') }, { label: t('work.upload.row'), numeric: true },
              { label: t('work.upload.column') }, { label: t('work.upload.reason') }]}>
            {errors.map((e, i) => (
              <tr key={i}>
                <td>{e.file}</td>
                <td>{e.sheet ?? '—'}</td>
                <td className="numeric">{e.row ? formatNumber(e.row) : '—'}</td>
                <td>{e.column || '—'}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </RecordTable>
          {errorCount > errors.length && <p className="muted">{t('work.upload.moreErrors', { count: errorCount - errors.length })}</p>}
        </div>
      )}
      <PlanTable caption={t('work.upload.addedCaption')} total={counts.added}
        rows={plan.added.map((a) => ({ row: a.row, before: null, after: a.observation }))} />
      <PlanTable caption={t('work.upload.changedCaption')} total={counts.changed} rows={plan.changed} />
      <PlanTable caption={t('work.upload.deletedCaption')} total={counts.deleted}
        rows={plan.deleted.map((d) => ({ row: 0, before: d.observation, after: null }))} />
    </div>
  );
}

/** The first rows of one kind; `total` is how many the file has of that kind (the answer lists only the first). */
function PlanTable({ caption, rows, total }: {
  caption: string; rows: { row: number; before: UploadObservation | null; after: UploadObservation | null }[]; total: number;
}) {
  const { t, formatNumber, localDigits } = useI18n();
  if (rows.length === 0) return null;
  const shown = Math.min(rows.length, SHOWN);
  const showOld = rows.some((r) => r.before !== null);
  const showNew = rows.some((r) => r.after !== null);
  const showRow = rows.some((r) => r.row > 0);
  return (
    <RecordTable className="work-table" caption={caption}
      columns={[showRow && { label: t('work.upload.row'), numeric: true }, { label: t('work.grid.period') }, { label: t('work.series') },
        { label: t('work.grid.area') }, { label: t('work.grid.breakdown') }, showOld && { label: t('work.old'), numeric: true },
        showNew && { label: t('work.new'), numeric: true }]}
      footer={total > shown && <p className="muted">{t('work.upload.more', { count: total - shown })}</p>}>
      {rows.slice(0, shown).map((r, i) => {
        const o = (r.after ?? r.before)!;
        return (
          <tr key={i}>
            {showRow && <td className="numeric">{r.row ? formatNumber(r.row) : ''}</td>}
            <td>{localDigits(o.timePeriod)}</td>
            <td><code>{o.series}</code></td>
            <td>{o.area}</td>
            <td>{breakdown(o.dimensions)}</td>
            {showOld && <td className="numeric">{r.before ? formatNumber(r.before.value) : '—'}</td>}
            {showNew && <td className="numeric">{r.after ? formatNumber(r.after.value) : '—'}</td>}
          </tr>
        );
      })}
    </RecordTable>
  );
}

/** `{ SEX: 'F', AGE: 'Y0T4' }` → `AGE=Y0T4, SEX=F`. */
export function breakdown(dimensions: Record<string, string>): string {
  return Object.keys(dimensions).sort().map((id) => `${id}=${dimensions[id]}`).join(', ');
}
