import type { DryRun, PlannedRow } from '../api/work.ts';
import { useI18n } from '../i18n/index.tsx';

/** Rows of each table shown at most; the counts above them say how many there are in all. */
const SHOWN = 200;

/**
 * What an upload would do (or did, once confirmed): counts, then the rows added, changed (old → new) and deleted, and
 * every error with its file, sheet, row, column and reason. Errors come first and are announced (`role=alert`).
 */
export function DryRunReport({ plan }: { plan: DryRun }) {
  const { t, formatNumber } = useI18n();
  const { counts } = plan;
  return (
    <div className="work-dry-run">
      <h4>{plan.confirmed ? t('work.upload.doneHeading') : t('work.upload.planHeading')}</h4>
      <ul className="work-counts">
        <li><strong>{formatNumber(counts.added)}</strong> {t('work.upload.added')}</li>
        <li><strong>{formatNumber(counts.changed)}</strong> {t('work.upload.changed')}</li>
        <li><strong>{formatNumber(counts.deleted)}</strong> {t('work.upload.deleted')}</li>
        <li><strong>{formatNumber(counts.unchanged)}</strong> {t('work.upload.unchanged')}</li>
        <li className={counts.errors ? 'work-counts__errors' : ''}><strong>{formatNumber(counts.errors)}</strong> {t('work.upload.errors')}</li>
      </ul>
      {plan.errors.length > 0 && (
        <div role="alert" className="work-error-block">
          <p>{t('work.upload.fixErrors', { count: plan.errors.length })}</p>
          <div className="table-scroll">
            <table className="data-table work-table work-table--errors">
              <caption>{t('work.upload.errorsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('work.upload.file')}</th>
                  <th scope="col">{t('work.upload.sheet')}</th>
                  <th scope="col" className="numeric">{t('work.upload.row')}</th>
                  <th scope="col">{t('work.upload.column')}</th>
                  <th scope="col">{t('work.upload.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.file}</td>
                    <td>{e.sheet ?? '—'}</td>
                    <td className="numeric">{e.row ? formatNumber(e.row) : '—'}</td>
                    <td>{e.column || '—'}</td>
                    <td>{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <PlanTable caption={t('work.upload.addedCaption')} rows={plan.added} show="new" />
      <PlanTable caption={t('work.upload.changedCaption')} rows={plan.changed} show="both" />
      <PlanTable caption={t('work.upload.deletedCaption')} rows={plan.deleted} show="old" />
    </div>
  );
}

function PlanTable({ caption, rows, show }: { caption: string; rows: PlannedRow[]; show: 'new' | 'old' | 'both' }) {
  const { t, formatNumber, localDigits } = useI18n();
  if (rows.length === 0) return null;
  const number = (v: number | null) => (v === null ? '—' : formatNumber(v));
  return (
    <div className="table-scroll">
      <table className="data-table work-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('work.grid.period')}</th>
            <th scope="col">{t('work.series')}</th>
            <th scope="col">{t('work.grid.area')}</th>
            <th scope="col">{t('work.grid.breakdown')}</th>
            {show !== 'new' && <th scope="col" className="numeric">{t('work.old')}</th>}
            {show !== 'old' && <th scope="col" className="numeric">{t('work.new')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((r, i) => (
            <tr key={i}>
              <td>{localDigits(r.timePeriod)}</td>
              <td><code>{r.series}</code></td>
              <td>{r.area}</td>
              <td>{breakdown(r.dimensions)}</td>
              {show !== 'new' && <td className="numeric">{number(r.old)}</td>}
              {show !== 'old' && <td className="numeric">{number(r.new)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p className="muted">{t('work.upload.more', { count: rows.length - SHOWN })}</p>}
    </div>
  );
}

/** `{ SEX: 'F', AGE: 'Y0T4' }` → `AGE=Y0T4, SEX=F`. */
export function breakdown(dimensions: Record<string, string>): string {
  return Object.keys(dimensions).sort().map((id) => `${id}=${dimensions[id]}`).join(', ');
}
