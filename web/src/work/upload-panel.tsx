import { useId, useRef, useState } from 'react';
import { ApiError, openSubmission, templateUrl, uploadFile, type DryRun, type UploadMode } from '../api/work.ts';
import { useI18n } from '../i18n/index.tsx';
import { DryRunReport } from './dry-run-report.tsx';

/** The kinds of file the chooser offers; the server reads the format from the file itself. */
type FileKind = 'csv' | 'xlsx' | 'sdmx-csv';

/** What the file dialog lists for each kind. */
const ACCEPT: Record<FileKind, string> = {
  csv: '.csv,text/csv',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'sdmx-csv': '.csv,text/csv',
};

/**
 * Upload into the draft: choose the kind of file (CSV in Open SDG or template layout, XLSX template, SDMX-CSV: it sets
 * what the file dialog lists; the server reads the format from the file and the dry run names it), the file and the
 * mode (merge: only the rows in the file change; replace: values of its series missing from the file are deleted),
 * then check it (a dry run, with a progress bar while it is sent) and confirm it. Confirm sends the same file with the
 * dry run's digest, and is offered only when the file has no errors. The templates carry the published values.
 */
export function UploadPanel({ code, submissionId, editable, onUploaded }: {
  code: string;
  submissionId: number | null;
  editable: boolean;
  onUploaded: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<FileKind>('csv');
  const [mode, setMode] = useState<UploadMode>('merge');
  const [progress, setProgress] = useState<number | null>(null);
  const [plan, setPlan] = useState<DryRun | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (confirm?: string) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      const target = submissionId ?? (await openSubmission(code)).id;
      setPlan(await uploadFile(target, file, { mode, confirm, onProgress: setProgress }));
      if (confirm !== undefined) onUploaded();
    } catch (e) {
      setPlan(null);
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPlan(null);
    setError(null);
  };

  const busy = progress !== null;
  const canConfirm = plan !== null && !plan.committed && plan.canConfirm;
  const warnings = plan?.issues.filter((i) => i.severity === 'warning') ?? [];

  return (
    <section className="work-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('work.upload.heading')}</h2>
      <p className="muted">{t('work.upload.intro')}</p>
      <p className="work-templates">
        {t('work.upload.templates')}{' '}
        <a href={templateUrl(code, 'csv')} download>{t('work.upload.templateCsv')}</a>{' · '}
        <a href={templateUrl(code, 'xlsx')} download>{t('work.upload.templateXlsx')}</a>
      </p>
      <form className="work-upload" onSubmit={(e) => { e.preventDefault(); void send(); }}>
        <fieldset disabled={!editable || busy}>
          <legend className="visually-hidden">{t('work.upload.heading')}</legend>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('work.upload.file')}</label>
            <input ref={fileInput} id={`${id}-file`} type="file" accept={ACCEPT[kind]}
              onChange={(e) => choose(e.target.files?.[0] ?? null)} />
          </div>
          <div className="work-upload__choices">
            <fieldset className="field field--radios">
              <legend>{t('work.upload.format')}</legend>
              {(['csv', 'xlsx', 'sdmx-csv'] as const).map((f) => (
                <label key={f} className="radio">
                  <input type="radio" name={`${id}-format`} value={f} checked={kind === f} onChange={() => setKind(f)} />
                  <span>{t(`work.upload.kind_${f.replace('-', '_')}`)}</span>
                </label>
              ))}
            </fieldset>
            <fieldset className="field field--radios">
              <legend>{t('work.upload.mode')}</legend>
              {(['merge', 'replace'] as const).map((m) => (
                <label key={m} className="radio">
                  <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => { setMode(m); setPlan(null); }} />
                  <span>{t(`work.upload.mode_${m}`)}</span>
                </label>
              ))}
            </fieldset>
          </div>
          <button type="submit" className="button" disabled={!file}>{t('work.upload.check')}</button>
        </fieldset>
      </form>
      {busy && (
        <div className="work-progress">
          <label htmlFor={`${id}-progress`}>{t('work.upload.sending', { percent: formatNumber(Math.round(progress * 100)) })}</label>
          <progress id={`${id}-progress`} max={1} value={progress} />
        </div>
      )}
      {error && <p className="work-error" role="alert">{t('work.upload.failed', { message: error })}</p>}
      {plan && <DryRunReport plan={plan} />}
      {warnings.length > 0 && (
        <div className="work-note-block">
          <p>{t('work.upload.warningsNote', { count: plan?.issueCounts.warnings ?? warnings.length })}</p>
          <ul>{warnings.slice(0, 50).map((w, i) => <li key={i}>{w.row ? `${t('work.upload.row')} ${formatNumber(w.row)}: ` : ''}{w.reason}</li>)}</ul>
        </div>
      )}
      {canConfirm && (
        <div className="work-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void send(plan.digest)}>{t('work.upload.confirm')}</button>
          <button type="button" className="button work-button-secondary" disabled={busy} onClick={() => { choose(null); if (fileInput.current) fileInput.current.value = ''; }}>
            {t('work.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
