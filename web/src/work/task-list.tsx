import type { WorkTask } from '../api/work.ts';
import { AppLink } from '../components/app-link.tsx';
import { RecordTable } from '../components/record-table.tsx';
import { useI18n } from '../i18n/index.tsx';
import { missingPeriodsText } from './missing-periods-text.ts';
import { StateBadge } from './state-badge.tsx';

/**
 * The indicators the user's organisations answer for: who answers (lead, co-lead, associate), the state of the open
 * submission (with the reviewer's comment when it came back), the latest published period and what is missing (every
 * missing period, as a range such as 2012–2025).
 * Indicators that wait for the provider come first: returned, then drafts, then those under review; the rest keep the
 * server's order (by code).
 */
export function TaskList({ tasks }: { tasks: WorkTask[] }) {
  const { t, formatCode, localDigits } = useI18n();
  if (tasks.length === 0) return <p className="work-empty">{t('work.tasks.empty')}</p>;
  const urgency = (task: WorkTask) => URGENCY[task.submission?.state ?? ''] ?? URGENCY.none!;
  const ordered = tasks.map((task, i) => ({ task, i })).sort((a, b) => urgency(a.task) - urgency(b.task) || a.i - b.i).map((x) => x.task);
  return (
    <RecordTable className="work-table" caption={t('work.tasks.caption', { count: tasks.length })}
      columns={[{ label: t('work.indicator') }, { label: t('work.tasks.answeredBy') }, { label: t('work.tasks.state') },
        { label: t('work.tasks.latest') }, { label: t('work.tasks.missing') }]}>
      {ordered.map((task) => {
        const state = task.submission?.state ?? 'none';
        return (
          <tr key={task.indicatorId}>
            <th scope="row">
              <AppLink to={`/work/indicators/${encodeURIComponent(task.code)}`}>{formatCode(task.code)}</AppLink>
              <span className="work-table__title">{task.title}</span>
            </th>
            <td>
              <ul className="work-plain-list">
                {task.organisations.map((o) => (
                  <li key={o.id}>{o.name} <span className="muted">({t(`work.role.${o.role}`)})</span></li>
                ))}
              </ul>
            </td>
            <td>
              {task.submission
                ? <AppLink to={`/work/submissions/${task.submission.id}`}><StateBadge state={state} /></AppLink>
                : <StateBadge state={state} />}
              {task.returnedComment && (
                <p className="work-comment"><span className="visually-hidden">{t('work.reviewerComment')}: </span>{task.returnedComment}</p>
              )}
            </td>
            <td>{task.latestPeriod ? localDigits(task.latestPeriod) : <span className="muted">{t('work.tasks.noData')}</span>}</td>
            <td>
              {task.missingPeriods.length > 0
                ? t('work.tasks.missingPeriods', { periods: missingPeriodsText(task.missingPeriods, localDigits) })
                : task.latestPeriod ? <span className="muted">{t('work.tasks.nothingMissing')}</span> : t('work.tasks.noValues')}
            </td>
          </tr>
        );
      })}
    </RecordTable>
  );
}

/** Order of the states in the list: what the provider must act on first. */
const URGENCY: Record<string, number> = { returned: 0, draft: 1, submitted: 2, none: 3 };
