import { getTasks, listSubmissions } from '../../api/work.ts';
import { RequireRole, useSession } from '../../auth/index.ts';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../../components/page-state.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ReviewQueue } from '../../work/review-queue.tsx';
import { StateBadge } from '../../work/state-badge.tsx';
import { TaskList } from '../../work/task-list.tsx';
import '../../styles/work.css';

/**
 * `/work`: what the signed-in user has to do. Reviewers and admins see the review queue first, then the drafts and
 * returned submissions in progress; providers the indicators their organisations answer for.
 */
export function MyWorkPage() {
  return (
    <RequireRole>
      <MyWork />
    </RequireRole>
  );
}

function MyWork() {
  const { t, lang, formatNumber } = useI18n();
  const { role } = useSession();
  useDocumentTitle(t('work.myWork'), t('site.name'));
  const reviews = role === 'reviewer' || role === 'admin';
  const tasks = useApi((signal) => getTasks({ lang, signal }), [lang]);
  const queue = useApi((signal) => (reviews ? listSubmissions('submitted', { lang, signal }) : Promise.resolve([])), [lang, reviews]);
  const open = useApi((signal) => (reviews ? listSubmissions('draft,returned', { lang, signal }) : Promise.resolve([])), [lang, reviews]);

  return (
    <div className="container work-page">
      <Breadcrumb items={[{ label: t('work.myWork') }]} />
      <h1>{t('work.myWork')}</h1>
      {tasks.data && (
        <ul className="work-counts work-counts--summary" aria-label={t('work.queue.counts')}>
          {(['draft', 'submitted', 'returned', 'approved'] as const).map((state) => (
            <li key={state}><StateBadge state={state} /> <strong>{formatNumber(tasks.data!.queue[state])}</strong></li>
          ))}
        </ul>
      )}
      {reviews && (
        <>
          <section className="section" aria-labelledby="queue-heading">
            <h2 id="queue-heading">{t('work.queue.heading')}</h2>
            {queue.error ? <ErrorMessage error={queue.error} retry={queue.reload} />
              : queue.data ? <ReviewQueue submissions={queue.data} /> : <Loading />}
          </section>
          <section className="section" aria-labelledby="open-heading">
            <h2 id="open-heading">{t('work.queue.openHeading')}</h2>
            {open.error ? <ErrorMessage error={open.error} retry={open.reload} />
              : open.data ? <ReviewQueue submissions={open.data} inProgress /> : <Loading />}
          </section>
        </>
      )}
      {!reviews && (
        <section className="section" aria-labelledby="tasks-heading">
          <h2 id="tasks-heading">{t('work.tasks.headingProvider')}</h2>
          {tasks.error ? <ErrorMessage error={tasks.error} retry={tasks.reload} />
            : tasks.data ? <TaskList tasks={tasks.data.indicators} /> : <Loading />}
        </section>
      )}
    </div>
  );
}
