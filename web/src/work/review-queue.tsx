import type { SubmissionSummary } from '../api/work.ts';
import { AppLink } from '../components/app-link.tsx';
import { useI18n } from '../i18n/index.tsx';
import { When } from './when.tsx';

/** The submissions waiting for review, oldest first, each a link to its page. */
export function ReviewQueue({ submissions }: { submissions: SubmissionSummary[] }) {
  const { t, formatCode, formatNumber } = useI18n();
  const queue = [...submissions].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  if (queue.length === 0) return <p className="work-empty">{t('work.queue.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table work-table">
        <caption>{t('work.queue.caption', { count: queue.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('work.indicator')}</th>
            <th scope="col">{t('work.organisation')}</th>
            <th scope="col">{t('work.queue.submitted')}</th>
            <th scope="col" className="numeric">{t('work.queue.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {queue.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <AppLink to={`/work/submissions/${s.id}`}>
                  {formatCode(s.indicatorId)}{s.indicatorTitle ? ` — ${s.indicatorTitle}` : ''}
                </AppLink>
              </th>
              <td>{s.organisationName ?? s.organisationId}</td>
              <td><When at={s.submittedAt} />{s.submittedBy ? ` · ${s.submittedBy}` : ''}</td>
              <td className="numeric">{s.changeCount === undefined ? '' : formatNumber(s.changeCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
