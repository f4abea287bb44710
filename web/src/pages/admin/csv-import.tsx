import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import type { ImportProblem, ImportReport } from '../../api/admin.ts';
import { FormError } from '../../components/form-error.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ConfirmDialog } from './dialog.tsx';

/** What an import must ask before it writes (see CsvImport's `confirmation`). */
export interface ImportConfirmation {
  /** Shown with the report of a check: what importing the file would do that needs care. */
  note: string;
  /** The confirm dialog: its title, the consequence, and the label of the button that writes. */
  title: string;
  text: string;
  confirm: string;
}

/**
 * Loads a CSV file through an import route: "Check the file" runs it as a dry run, "Import" writes it (all or
 * nothing). The answer shows as a list of counts and, when the file has problems, a table of them by line and column.
 * With `confirmation`, "Import" checks the file first and, when `confirmation` answers something for that report
 * (e.g. the import removes entries), writes only once the user confirms it in a dialog.
 */
export function CsvImport({ heading, intro, columns, run, onImported, confirmation }: {
  heading: string;
  intro: string;
  /** The columns the file has, shown as a hint: `id, name, kind, parent`. */
  columns: string;
  run(csv: string, dryRun: boolean): Promise<ImportReport>;
  onImported(report: ImportReport): void;
  /** What to ask before writing a file whose dry run gave this report, or null when it may be written at once. */
  confirmation?(report: ImportReport): ImportConfirmation | null;
}) {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ report: ImportReport; dryRun: boolean; refused: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState<ImportConfirmation | null>(null);
  const headingId = useId();
  const fileId = useId();

  /** Checks (`dryRun`) or writes the file; `ask`: check first, and write at once only when nothing needs confirming. */
  const send = async (dryRun: boolean, ask = false) => {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setOutcome(null);
    setAsking(null);
    try {
      const text = await file.text();
      if (ask && confirmation) {
        const checked = normalise(await run(text, true));
        const question = confirmation(checked);
        if (question) {
          setOutcome({ report: checked, dryRun: true, refused: false });
          setAsking(question);
          return;
        }
      }
      const report = normalise(await run(text, dryRun));
      setOutcome({ report, dryRun, refused: false });
      if (!dryRun && report.errors.length === 0) onImported(report);
    } catch (e) {
      const report = e instanceof ApiError ? reportOf(e.details) : null;
      if (report && report.errors.length > 0) setOutcome({ report, dryRun, refused: true });
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(false, true);
  };

  return (
    <section className="panel csv-import" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{intro}</p>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={fileId}>{t('admin.import.file')}</label>
          <input id={fileId} ref={fileInput} type="file" accept=".csv,text/csv" required aria-describedby={`${fileId}-hint`}
            onChange={(e) => { setFileName(e.target.files?.[0]?.name ?? null); setOutcome(null); setError(null); setAsking(null); }} />
          <p id={`${fileId}-hint`} className="field__hint">{t('admin.import.columns', { columns })}</p>
        </div>
        <div className="admin-form__buttons">
          <button type="button" className="button button--secondary" disabled={busy || !fileName} onClick={() => void send(true)}>
            {t('admin.import.check')}
          </button>
          <button type="submit" className="button" disabled={busy || !fileName}>{t('admin.import.run')}</button>
        </div>
      </form>
      <FormError error={error} />
      <div aria-live="polite">
        {outcome && <ImportOutcome {...outcome} fileName={fileName ?? ''}
          note={outcome.dryRun && !outcome.refused ? confirmation?.(outcome.report)?.note ?? null : null} />}
      </div>
      {asking && (
        <ConfirmDialog title={asking.title} text={asking.text} confirm={asking.confirm} busy={busy}
          onClose={() => setAsking(null)} onConfirm={() => void send(false)} />
      )}
    </section>
  );
}

function ImportOutcome({ report, dryRun, refused, fileName, note }: {
  report: ImportReport; dryRun: boolean; refused: boolean; fileName: string; note: string | null;
}) {
  const { t, formatNumber } = useI18n();
  const count = (v: unknown) => (typeof v === 'number' ? v : Array.isArray(v) ? v.length : null);
  const counts = (['rowsRead', 'created', 'updated', 'added', 'changed', 'removed', 'unchanged', 'indicators'] as const)
    .filter((k) => count(report[k]) !== null)
    .map((k) => ({ key: k, n: count(report[k])! }));
  const problems = report.errors;
  const hasValues = problems.some((p) => p.value);
  const summary = problems.length > 0
    ? t(dryRun ? 'admin.import.checkedProblems' : 'admin.import.refused', { n: formatNumber(problems.length), file: fileName })
    : dryRun ? t('admin.import.checked', { file: fileName }) : t('admin.import.done', { file: fileName });
  return (
    <div className={problems.length > 0 || refused ? 'import-report import-report--problems' : 'import-report'} role={problems.length > 0 ? 'alert' : 'status'}>
      <p className="import-report__summary">{summary}</p>
      {counts.length > 0 && (
        <ul className="import-report__counts" aria-label={t('admin.import.countsLabel')}>
          {counts.map(({ key, n }) => (
            <li key={key} data-count={key}>
              {key === 'removed' && n > 0
                ? <strong>{t(`admin.import.counts.${key}`)}: {formatNumber(n)}</strong>
                : <>{t(`admin.import.counts.${key}`)}: {formatNumber(n)}</>}
            </li>
          ))}
        </ul>
      )}
      {note && <p className="banner banner--warning" role="note">{note}</p>}
      {problems.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin.import.problems')}>
          <table className="data-table admin-table">
            <caption>{t('admin.import.problems')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.import.line')}</th>
                <th scope="col">{t('admin.import.column')}</th>
                {hasValues && <th scope="col">{t('admin.import.value')}</th>}
                <th scope="col">{t('admin.import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                <tr key={i}>
                  <td className="numeric">{p.line === null || p.line === 0 ? '–' : formatNumber(p.line)}</td>
                  <td>{p.column ? <code>{p.column}</code> : '–'}</td>
                  {hasValues && <td>{p.value ? <code>{p.value}</code> : '–'}</td>}
                  <td lang="en">{p.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** A report from an answer or an error's details: `{ errors: [...] }`, `{ report: {...} }` or a bare list of problems. */
function reportOf(details: unknown): ImportReport | null {
  if (Array.isArray(details)) return normalise({ errors: details as ImportProblem[] });
  if (details && typeof details === 'object') {
    const inner = (details as { report?: unknown }).report;
    return normalise((inner && typeof inner === 'object' ? inner : details) as ImportReport);
  }
  return null;
}

/** Problems as the table shows them, whatever the route calls them (`errors`, `problems`, `rejects`). */
function normalise(report: ImportReport): ImportReport {
  const list = (report.errors ?? report.problems ?? report.rejects ?? []) as unknown[];
  const errors = (list as Partial<ImportProblem & { row: number; message: string; field: string }>[]).map((p) => ({
    line: p.line ?? p.row ?? null, column: p.column ?? p.field ?? null, value: p.value ?? null, reason: p.reason ?? p.message ?? '',
  }));
  return { ...report, errors };
}
