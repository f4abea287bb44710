import type { SubmissionSummary } from '../api/work.ts';
import { AppLink } from '../components/app-link.tsx';
import { useI18n } from '../i18n/index.tsx';
import { StateBadge } from './state-badge.tsx';
import { When } from './when.tsx';

/**
 * Submissions as a table, each a link to its page: the review queue (oldest submission first), or with `inProgress`
 * the drafts and returned submissions (most recently changed first, with their state).
 */
export function ReviewQueue({ submissions, inProgress = false }: { submissions: SubmissionSummary[]; inProgress?: boolean }) {
  const { t, formatCode, formatNumber } = useI18n();
  const rows = [...submissions].sort((a, b) => (inProgress
    ? b.updatedAt.localeCompare(a.updatedAt)
    : (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '')));
  if (rows.length === 0) return <p className="work-empty">{inProgress ? t('work.queue.noneOpen') : t('work.queue.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table work-table">
        <caption>{inProgress ? t('work.queue.openCaption', { count: rows.length }) : t('work.queue.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('work.indicator')}</th>
            <th scope="col">{t('work.organisation')}</th>
            {inProgress && <th scope="col">{t('work.tasks.state')}</th>}
            <th scope="col">{inProgress ? t('work.updated') : t('work.queue.submitted')}</th>
            <th scope="col" className="numeric">{t('work.queue.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <AppLink to={`/work/submissions/${s.id}`}>{formatCode(s.indicatorCode)}</AppLink>
                <span className="work-table__title">{s.indicatorTitle}</span>
              </th>
              <td>{s.organisationName ?? s.organisationId}</td>
              {inProgress && <td><StateBadge state={s.state} /></td>}
              <td>
                {inProgress ? <When at={s.updatedAt} /> : <><When at={s.submittedAt} />{s.submittedBy ? ` · ${s.submittedBy}` : ''}</>}
              </td>
              <td className="numeric">{formatNumber(s.changeCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
