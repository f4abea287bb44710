import type { SubmissionSummary } from '../api/work.ts';
import { AppLink } from '../components/app-link.tsx';
import { RecordTable } from '../components/record-table.tsx';
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
    <RecordTable className="work-table"
      caption={inProgress ? t('work.queue.openCaption', { count: rows.length }) : t('work.queue.caption', { count: rows.length })}
      columns={[{ label: t('work.indicator') }, { label: t('work.organisation') }, inProgress && { label: t('work.tasks.state') },
        { label: inProgress ? t('work.updated') : t('work.queue.submitted') }, { label: t('work.queue.changes'), numeric: true }]}>
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
    </RecordTable>
  );
}
