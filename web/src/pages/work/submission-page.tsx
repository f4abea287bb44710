import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { apiGet } from '../../api/client.ts';
import type { SubmissionDetail } from '../../api/work.ts';
import { RequireRole } from '../../auth/index.ts';
import { AppLink, useLocalisedPath } from '../../components/app-link.tsx';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../../components/page-state.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ChangeTable } from '../../work/change-table.tsx';
import { DecisionPanel } from '../../work/decision-panel.tsx';
import { HistoryDialog } from '../../work/history-dialog.tsx';
import { StateBadge } from '../../work/state-badge.tsx';
import { SubmissionTimeline } from '../../work/submission-timeline.tsx';
import { When } from '../../work/when.tsx';
import '../../styles/work.css';

/**
 * `/work/submissions/:id`: one submission: its state and timeline, its changes old → new with issues (a page at a
 * time: the server lists 500 changes of a large draft, and the page moves through them), and the decisions.
 */
export function SubmissionPage() {
  return (
    <RequireRole>
      <Submission />
    </RequireRole>
  );
}

function Submission() {
  const { id = '' } = useParams();
  const { t, lang, formatCode } = useI18n();
  const navigate = useNavigate();
  const home = useLocalisedPath('/work');
  const [page, setPage] = useState({ id, offset: 0 });
  const offset = page.id === id ? page.offset : 0;
  const setOffset = (next: number) => setPage({ id, offset: next });
  const submission = useApi((signal) => apiGet<SubmissionDetail>(`/submissions/${encodeURIComponent(id)}`, { offset: String(offset) }, { lang, signal }),
    [id, lang, offset]);
  const [history, setHistory] = useState<{ id: number; label: string } | null>(null);
  useDocumentTitle(t('work.submissionTitle', { id }), t('site.name'));

  if (submission.error) return <ErrorMessage error={submission.error} retry={submission.reload} />;
  if (!submission.data) return <div className="container"><Loading /></div>;
  const s = submission.data;
  return (
    <div className="container work-page">
      <Breadcrumb items={[{ label: t('work.myWork'), to: '/work' }, { label: t('work.submissionTitle', { id: s.id }) }]} />
      <h1>
        {t('work.submissionTitle', { id: s.id })}: <span className="work-code">{formatCode(s.indicatorCode)}</span>
        {s.indicatorTitle ? ` ${s.indicatorTitle}` : ''}
      </h1>
      <dl className="work-facts work-facts--inline">
        <dt>{t('work.tasks.state')}</dt>
        <dd><StateBadge state={s.state} /></dd>
        <dt>{t('work.organisation')}</dt>
        <dd>{s.organisationName ?? s.organisationId}</dd>
        <dt>{t('work.updated')}</dt>
        <dd><When at={s.updatedAt} /></dd>
      </dl>
      <p>
        <AppLink to={`/work/indicators/${encodeURIComponent(s.indicatorId)}`}>{t('work.openWorkspace')}</AppLink>
        {' · '}
        <AppLink to={`/indicators/${encodeURIComponent(s.indicatorId)}`}>{t('work.workspace.publicPage')}</AppLink>
      </p>
      {s.comment && (s.state === 'returned' || s.state === 'approved') && (
        <div className="work-note-block" role="note"><strong>{t('work.reviewerComment')}:</strong> {s.comment}</div>
      )}

      <DecisionPanel submission={s} onDone={(gone) => (gone ? void navigate(home) : submission.reload())} />

      <section className="section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('work.timeline.heading')}</h2>
        <SubmissionTimeline events={s.events} />
      </section>

      <section className="section" aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t('work.changes.heading')}</h2>
        {s.truncated.changes && <ChangePager submission={s} busy={submission.loading} onOffset={setOffset} />}
        <ChangeTable changes={s.changes} onHistory={(observationId, label) => setHistory({ id: observationId, label })} />
        {s.truncated.changes && <ChangePager submission={s} busy={submission.loading} onOffset={setOffset} />}
      </section>
      {history && <HistoryDialog observationId={history.id} label={history.label} onClose={() => setHistory(null)} />}
    </div>
  );
}

/**
 * Where the listed changes sit among all of the draft's ("Changes 501–1,000 of 100,000"), the issue counts of the whole
 * draft (the table shows only the listed changes' issues), and buttons to the previous and next page.
 */
function ChangePager({ submission, busy, onOffset }: { submission: SubmissionDetail; busy: boolean; onOffset: (offset: number) => void }) {
  const { t, formatNumber } = useI18n();
  const { total, offset, limit } = submission.changesPage;
  const to = offset + submission.changes.length;
  return (
    <nav className="work-actions" aria-label={t('work.changes.heading')}>
      <p>
        {t('work.changes.range', { from: formatNumber(total === 0 ? 0 : offset + 1), to: formatNumber(to), total: formatNumber(total) })}
        {' '}
        {t('work.changes.issueCounts', { errors: formatNumber(submission.issueCounts.errors), warnings: formatNumber(submission.issueCounts.warnings) })}
      </p>
      <button type="button" className="button work-button-secondary" disabled={busy || offset === 0}
        onClick={() => onOffset(Math.max(0, offset - limit))}>{t('work.changes.previous')}</button>
      <button type="button" className="button work-button-secondary" disabled={busy || to >= total}
        onClick={() => onOffset(offset + limit)}>{t('work.changes.next')}</button>
    </nav>
  );
}
