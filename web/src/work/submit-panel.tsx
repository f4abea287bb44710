import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, submitSubmission, type SubmissionDetail } from '../api/work.ts';
import { useLocalisedPath } from '../components/app-link.tsx';
import { useI18n } from '../i18n/index.tsx';
import { breakdown } from './dry-run-report.tsx';

/**
 * "Submit for review": lists the errors that block the draft, and the warnings, each with the comment that explains it
 * (required); sends them with the draft's revision and opens the submission's page.
 */
export function SubmitPanel({ submission, onSubmitted }: { submission: SubmissionDetail; onSubmitted: () => void }) {
  const { t, localDigits } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const target = useLocalisedPath(`/work/submissions/${submission.id}`);
  const errors = submission.issues.filter((i) => i.severity === 'error');
  const warnings = submission.issues.filter((i) => i.severity === 'warning');
  const [comments, setComments] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const stored: Record<string, string> = {};
    for (const change of submission.changes) if (change.warningComment) stored[change.key] = change.warningComment;
    setComments((typed) => ({ ...stored, ...typed }));
  }, [submission]);

  const keys = [...new Set(warnings.map((w) => w.key))];
  const missing = keys.filter((k) => !comments[k]?.trim());
  const submit = async () => {
    setProblem(null);
    if (missing.length > 0) {
      setProblem(t('work.submit.needComments', { count: missing.length }));
      return;
    }
    setBusy(true);
    try {
      await submitSubmission(submission.id, submission.revision, Object.fromEntries(keys.map((k) => [k, comments[k]!.trim()])));
      onSubmitted();
      void navigate(target);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <section className="work-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('work.submit.heading')}</h2>
      {submission.changes.length === 0 ? <p className="muted">{t('work.submit.nothing')}</p> : (
        <p>{t('work.submit.summary', { count: submission.changes.length })}</p>
      )}
      {errors.length > 0 && (
        <div className="work-error-block" role="alert">
          <p>{t('work.submit.blocked', { count: errors.length })}</p>
          <ul>{errors.map((e, i) => <li key={i}>{localDigits(e.timePeriod)} · {e.area} · {breakdown(e.dimensions)}: {e.message}</li>)}</ul>
        </div>
      )}
      {warnings.length > 0 && (
        <fieldset className="work-warnings">
          <legend>{t('work.submit.warnings', { count: keys.length })}</legend>
          {keys.map((key) => {
            const these = warnings.filter((w) => w.key === key);
            const first = these[0]!;
            return (
              <div key={key} className="field">
                <label htmlFor={`${id}-${key}`}>
                  {localDigits(first.timePeriod)} · {first.area}{Object.keys(first.dimensions).length ? ` · ${breakdown(first.dimensions)}` : ''}: {these.map((w) => w.message).join('; ')}
                </label>
                <textarea id={`${id}-${key}`} rows={2} required value={comments[key] ?? ''}
                  aria-invalid={problem !== null && !comments[key]?.trim() ? true : undefined}
                  onChange={(e) => setComments((all) => ({ ...all, [key]: e.target.value }))} />
              </div>
            );
          })}
        </fieldset>
      )}
      {problem && <p className="work-error" role="alert">{problem}</p>}
      <button type="button" className="button" disabled={busy || errors.length > 0 || submission.changes.length === 0} onClick={() => void submit()}>
        {t('work.submit.button')}
      </button>
    </section>
  );
}
