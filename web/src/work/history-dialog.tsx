import { useEffect, useRef } from 'react';
import { getObservationHistory } from '../api/work.ts';
import { AppLink } from '../components/app-link.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { RecordTable } from '../components/record-table.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n } from '../i18n/index.tsx';
import { When } from './when.tsx';

/**
 * The history of one published value in a modal dialog: every version with the time it was public (valid from / to),
 * and every recorded change of it (who, when, old → new, in which submission, why), from `GET /observations/{id}/history`.
 * Escape or the close button closes it, and focus goes back to where it was.
 */
export function HistoryDialog({ observationId, label, onClose }: { observationId: number; label: string; onClose: () => void }) {
  const { t, formatNumber, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const history = useApi((signal) => getObservationHistory(observationId, { lang, signal }), [observationId, lang]);

  useEffect(() => {
    const element = dialog.current!;
    const before = document.activeElement as HTMLElement | null;
    element.showModal();
    return () => {
      element.close();
      before?.focus();
    };
  }, []);

  const actions: Record<string, string> = {
    'observation.insert': t('work.history.inserted'), 'observation.update': t('work.history.updated'),
    'observation.delete': t('work.history.deleted'),
  };
  const actionWord = (action: string) => actions[action] ?? action;
  const shown = (value: unknown) => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'number') return formatNumber(value);
    if (typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'number') {
      return formatNumber((value as { value: number }).value);
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
  };

  return (
    <dialog ref={dialog} className="work-dialog" aria-labelledby="history-heading" onClose={onClose} onCancel={onClose}>
      <div className="work-dialog__head">
        <h2 id="history-heading">{t('work.history.heading', { cell: label })}</h2>
        <button type="button" className="button work-button-secondary" onClick={onClose}>{t('work.close')}</button>
      </div>
      {history.error ? <ErrorMessage error={history.error} retry={history.reload} /> : !history.data ? <Loading /> : (
        <>
          <RecordTable className="work-table" caption={t('work.history.versions')}
            columns={[{ label: t('work.history.value'), numeric: true }, { label: t('work.history.validFrom') },
              { label: t('work.history.validTo') }, { label: t('work.history.replacedBy') }]}>
            {history.data.versions.map((v, i) => (
              <tr key={i}>
                <td className="numeric">{formatNumber(v.value)}</td>
                <td><When at={v.validFrom || null} /></td>
                <td>{v.validTo ? <When at={v.validTo} /> : t('work.history.current')}</td>
                <td>{v.submissionId ? <AppLink to={`/work/submissions/${v.submissionId}`}>#{v.submissionId}</AppLink> : '—'}</td>
              </tr>
            ))}
          </RecordTable>
          <RecordTable className="work-table" caption={t('work.history.events')}
            columns={[{ label: t('work.history.when') }, { label: t('work.history.who') }, { label: t('work.history.action') },
              { label: t('work.history.old'), numeric: true }, { label: t('work.history.new'), numeric: true },
              { label: t('work.submission') }, { label: t('work.comment') }]}>
            {history.data.events.length === 0 && (
              <tr><td colSpan={7} className="muted">{t('work.history.noEvents')}</td></tr>
            )}
            {history.data.events.map((e) => (
              <tr key={e.id}>
                <td><When at={e.at} /></td>
                <td>{e.user ?? '—'}</td>
                <td>{actionWord(e.action)}</td>
                <td className="numeric">{shown(e.old)}</td>
                <td className="numeric">{shown(e.new)}</td>
                <td>{e.submissionId ? <AppLink to={`/work/submissions/${e.submissionId}`}>#{e.submissionId}</AppLink> : '—'}</td>
                <td>{e.comment ?? ''}</td>
              </tr>
            ))}
          </RecordTable>
        </>
      )}
    </dialog>
  );
}
