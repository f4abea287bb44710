import type { SubmissionEvent } from '../api/work.ts';
import { useI18n } from '../i18n/index.tsx';
import { When } from './when.tsx';

/** Audit actions of a submission, as the API may name them (`submission.submit`, `submitted` …) → the site's word. */
const ACTIONS: Record<string, string> = {
  create: 'create', created: 'create', open: 'create', opened: 'create',
  submit: 'submit', submitted: 'submit',
  return: 'return', returned: 'return',
  approve: 'approve', approved: 'approve',
  reopen: 'reopen', reopened: 'reopen',
  discard: 'discard', discarded: 'discard',
  upload: 'upload', uploaded: 'upload',
};

/** A submission's life as an ordered list: created, submitted, returned, approved, re-opened … with who, when and why. */
export function SubmissionTimeline({ events }: { events: SubmissionEvent[] }) {
  const { t } = useI18n();
  const words: Record<string, string> = {
    create: t('work.action.create'), submit: t('work.action.submit'), return: t('work.action.return'),
    approve: t('work.action.approve'), reopen: t('work.action.reopen'), discard: t('work.action.discard'),
    upload: t('work.action.upload'),
  };
  const word = (action: string) => {
    const last = action.split('.').pop()!.replace(/^submission_/, '');
    return words[ACTIONS[last] ?? ''] ?? action;
  };
  if (events.length === 0) return <p className="muted">{t('work.timeline.empty')}</p>;
  return (
    <ol className="work-timeline">
      {events.map((e, i) => (
        <li key={i}>
          <strong>{word(e.action)}</strong>{' '}
          <span className="muted">{e.user ?? t('work.someone')} · <When at={e.at} /></span>
          {e.comment && <p className="work-comment">{e.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
