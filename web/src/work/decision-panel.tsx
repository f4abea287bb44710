import { useId, useState } from 'react';
import {
  ApiError, approveSubmission, discardSubmission, reopenSubmission, returnSubmission, type SubmissionDetail,
} from '../api/work.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * What the signed-in user may do with a submission, as the server's `allowedActions` say: a reviewer or admin approves
 * or returns a submitted one (returning needs a comment), an admin re-opens an approved one (with a comment), a
 * provider or admin discards a draft or a returned one. `onDone` gets whether the submission still exists.
 */
export function DecisionPanel({ submission, onDone }: { submission: SubmissionDetail; onDone: (gone: boolean) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = new Set(submission.allowedActions);
  const canDecide = allowed.has('approve') || allowed.has('return');
  const canReopen = allowed.has('reopen');
  const canDiscard = allowed.has('discard');
  if (!canDecide && !canReopen && !canDiscard) return null;

  const run = async (action: () => Promise<unknown>, needsComment: boolean, gone = false) => {
    setProblem(null);
    if (needsComment && !comment.trim()) {
      setProblem(t('work.decision.commentRequired'));
      return;
    }
    setBusy(true);
    try {
      await action();
      setComment('');
      onDone(gone);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="work-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{canDecide ? t('work.decision.heading') : canReopen ? t('work.decision.reopenHeading') : t('work.decision.draftHeading')}</h2>
      {(canDecide || canReopen) && (
        <div className="field">
          <label htmlFor={`${id}-comment`}>{canDecide ? t('work.decision.comment') : t('work.decision.reopenComment')}</label>
          <textarea id={`${id}-comment`} rows={3} value={comment} onChange={(e) => setComment(e.target.value)}
            aria-describedby={problem ? `${id}-problem` : undefined} aria-invalid={problem !== null && !comment.trim() ? true : undefined} />
        </div>
      )}
      {problem && <p id={`${id}-problem`} className="work-error" role="alert">{problem}</p>}
      <div className="work-actions">
        {canDecide && (
          <>
            <button type="button" className="button" disabled={busy}
              onClick={() => void run(() => approveSubmission(submission.id, submission.revision, comment.trim() || undefined), false)}>
              {t('work.decision.approve')}
            </button>
            <button type="button" className="button work-button-secondary" disabled={busy}
              onClick={() => void run(() => returnSubmission(submission.id, submission.revision, comment.trim()), true)}>
              {t('work.decision.return')}
            </button>
          </>
        )}
        {canReopen && (
          <button type="button" className="button work-button-secondary" disabled={busy}
            onClick={() => void run(() => reopenSubmission(submission.id, submission.revision, comment.trim()), true)}>
            {t('work.decision.reopen')}
          </button>
        )}
        {canDiscard && (
          <button type="button" className="button work-button-danger" disabled={busy}
            onClick={() => { if (window.confirm(t('work.decision.discardConfirm'))) void run(() => discardSubmission(submission.id, submission.revision), false, true); }}>
            {t('work.decision.discard')}
          </button>
        )}
      </div>
    </section>
  );
}
